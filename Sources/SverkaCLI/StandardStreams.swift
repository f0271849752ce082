import Foundation
import Sverka

/// The process's standard streams, written without traps: standard output through
/// ``OutputFile`` (a full disk or a closed stream is a one-line error, a closed pipe a quiet end),
/// standard error ignoring failures (there is nowhere left to report them).
enum StandardStreams {
    /// Which of standard input, output and error were closed when the process started (each is
    /// then held open on `/dev/null`, so that no file the process opens takes its number).
    nonisolated(unsafe) private(set) static var closedAtStart: [Bool] = [false, false, false]

    /// Holds each closed standard descriptor open on `/dev/null`; call first thing.
    static func reserveClosedDescriptors() {
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 {
            closedAtStart[Int(descriptor)] = true
            _ = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
        }
    }

    /// Whether standard output was closed when the process started.
    static var outputIsClosed: Bool { closedAtStart[1] }

    /// Whether standard input was closed when the process started.
    static var inputIsClosed: Bool { closedAtStart[0] }

    /// Writes `text` to standard output (throws ``CLIFailure``).
    static func output(_ text: String) throws {
        try OutputFile(path: nil).write(text)
    }

    /// Writes `text` to standard error; a failure is ignored.
    static func error(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if count > 0 { offset += count } else if count < 0 && errno == EINTR { continue } else { return }
            }
        }
    }

    /// Writes `sverka: warning: <message>` and a line end to standard error.
    static func warn(_ message: String) {
        error("sverka: warning: \(message)\n")
    }
}
