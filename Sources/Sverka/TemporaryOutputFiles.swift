import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files of outputs being written (each renamed over its destination when whole),
/// so that none is left behind: ``removeOnSignals(_:)`` makes SIGINT, SIGTERM and SIGHUP remove
/// them and exit with 128 + the signal's number (130, 143, 129).
///
/// A temporary file is created, renamed and removed under one lock, which the signal's cleanup
/// takes and keeps until the process ends: every file it knows of exists, and no new one appears
/// after it has looked. The signal handler itself only writes the signal's number to a pipe (all a
/// handler may safely do); a thread waiting on the pipe does the rest.
package final class TemporaryOutputFiles: @unchecked Sendable {
    /// The one registry of the process.
    package static let shared = TemporaryOutputFiles()

    private let lock = NSLock()
    private var paths = Set<String>()

    /// Test hook: milliseconds to wait with a finished temporary file before renaming it, read
    /// from `SVERKA_TEST_OUTPUT_PAUSE_MS`, so a test can interrupt a write half-way.
    package static let pauseBeforeRename: UInt32 = {
        UInt32(ProcessInfo.processInfo.environment["SVERKA_TEST_OUTPUT_PAUSE_MS"] ?? "") ?? 0
    }()

    private init() {}

    /// Creates a new, empty temporary file in `folder` (mode `mode` less the umask) and returns its
    /// open descriptor and path; the file is removed on a signal until ``commit(_:to:)`` or
    /// ``discard(_:)``.
    package func create(inFolder folder: String, mode: mode_t = 0o666) throws -> (descriptor: Int32, path: String) {
        lock.lock()
        defer { lock.unlock() }
        for _ in 0..<64 {
            let name = ".sverka-" + String(UInt64.random(in: 0...UInt64.max), radix: 16) + ".tmp"
            let path = folder == "/" ? "/" + name : folder + "/" + name
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if descriptor >= 0 {
                paths.insert(path)
                return (descriptor, path)
            }
            let error = errno
            if error != EEXIST {
                throw OutputError.unusable(path: folder, reason: "cannot create a temporary file there (\(OutputDestination.systemMessage(error)))")
            }
        }
        throw OutputError.unusable(path: folder, reason: "cannot create a temporary file there")
    }

    /// Renames the finished `temporary` file over `path` (atomically); on failure it is removed.
    package func commit(_ temporary: String, to path: String) throws {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(temporary)
        guard rename(temporary, path) == 0 else {
            let error = errno
            unlink(temporary)
            throw OutputError.writeFailed(name: path, reason: OutputDestination.systemMessage(error))
        }
    }

    /// Removes `temporary` (a write that failed).
    package func discard(_ temporary: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(temporary)
        unlink(temporary)
    }

    /// Removes every temporary file and ends the process with `status`, holding the lock to the
    /// end so that no other thread creates or renames one meanwhile.
    package func removeAllAndExit(_ status: Int32) -> Never {
        lock.lock()
        for path in paths { unlink(path) }
        _exit(status)
    }

    /// Makes each of `signals` remove the temporary files and exit with 128 + its number. A signal
    /// the process was started ignoring (`nohup`) stays ignored; one it was started blocking is
    /// unblocked. Call once, early, before other threads are made.
    package static func removeOnSignals(_ signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        // A process started with these signals blocked (Foundation's `Process` starts children so)
        // would never see them: unblock them, here and in the threads made from now on.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in signals { sigaddset(&unblocked, number) }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        signalPipe = ends[1]
        let readEnd = ends[0]
        let waiter = Thread {
            var number: UInt8 = 0
            while true {
                let count = read(readEnd, &number, 1)
                if count == 1 { TemporaryOutputFiles.shared.removeAllAndExit(128 + Int32(number)) }
                if count == 0 || (count < 0 && errno != EINTR) { return }
            }
        }
        waiter.name = "sverka-signals"
        waiter.start()
        for number in signals {
            let previous = signal(number, { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipe, &byte, 1)
            })
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(number, SIG_IGN)
            }
        }
    }
}

/// The writing end of the pipe the signal handler writes the signal's number to (-1: none).
nonisolated(unsafe) private var signalPipe: Int32 = -1
