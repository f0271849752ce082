import Foundation
import Testing
import SverkaTestSupport

/// Runs the built `sverka` executable as a subprocess.
enum SverkaProcess {
    /// What one run produced.
    struct Result: CustomStringConvertible {
        let status: Int32
        let stdout: String
        let stderr: String

        /// The lines of standard error (without the final empty one).
        var stderrLines: [Substring] { stderr.split(separator: "\n") }

        var description: String { "exit \(status)\nstdout: \(stdout.prefix(500))\nstderr: \(stderr)" }
    }

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "the sverka executable was not found; build it first (swift build). Searched: " + searched.joined(separator: ", ")
        }
    }

    /// Where the test bundle lives: SwiftPM puts the `sverka` product next to it.
    static var productDirectories: [URL] {
        var directories: [URL] = []
        let bundle = Bundle.main.bundleURL
        directories.append(bundle)                              // Linux: the folder of the test runner
        directories.append(bundle.deletingLastPathComponent())  // macOS: the .xctest bundle's parent
        if let executable = Bundle.main.executableURL?.deletingLastPathComponent() {
            directories.append(executable)
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return directories
    }

    /// The `sverka` next to the test bundle, else the newest one under the repository's `.build*/debug/`.
    static func executable() throws -> URL {
        let fileManager = FileManager.default
        var searched: [String] = []
        for directory in productDirectories {
            let candidate = directory.appendingPathComponent("sverka")
            searched.append(candidate.path)
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        let buildDirectories = ((try? fileManager.contentsOfDirectory(atPath: TestPaths.root.path)) ?? [])
            .filter { $0.hasPrefix(".build") }
        var found: [(URL, Date)] = []
        for name in buildDirectories {
            let candidate = TestPaths.root.appendingPathComponent(name).appendingPathComponent("debug/sverka")
            searched.append(candidate.path)
            if fileManager.isExecutableFile(atPath: candidate.path) {
                let date = (try? fileManager.attributesOfItem(atPath: candidate.path)[.modificationDate] as? Date) ?? .distantPast
                found.append((candidate, date))
            }
        }
        if let newest = found.max(by: { $0.1 < $1.1 }) { return newest.0 }
        throw NotFound(searched: searched)
    }

    /// Runs `sverka arguments…` in `directory`, capturing its exit status and output. Standard
    /// input is the file at `input` (default: `/dev/null`); `environment` is added to the test's.
    static func run(_ arguments: [String], in directory: URL? = nil, input: String? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let running = try Running(arguments, in: directory, input: input, environment: environment)
        return try running.finish()
    }

    /// Runs `program arguments…` in `directory` (the repository by default), its output captured
    /// in files (no pipe to fill), standard input empty.
    static func run(program: URL, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        try Running(arguments, in: directory, program: program).finish()
    }

    /// Runs `script` with `/bin/bash -c` in `directory`, `$SVERKA` naming the executable: for
    /// pipes and redirections (`"$SVERKA" segment big.txt | head -n 1`).
    static func runShell(_ script: String, in directory: URL? = nil) throws -> Result {
        let running = try Running(["-c", script], in: directory, input: nil,
                                  environment: ["SVERKA": try executable().path], program: URL(fileURLWithPath: "/bin/bash"))
        return try running.finish()
    }

    /// A `sverka` process started and not yet waited for (to signal it half-way).
    final class Running {
        let process = Process()
        private let scratch: TemporaryDirectory
        private let out: FileHandle
        private let err: FileHandle

        /// Starts `sverka arguments…` (or `program`) as ``SverkaProcess/run(_:in:input:environment:)`` does.
        init(_ arguments: [String], in directory: URL? = nil, input: String? = nil,
             environment: [String: String] = [:], program: URL? = nil) throws {
            scratch = try TemporaryDirectory()
            _ = FileManager.default.createFile(atPath: scratch.path("stdout"), contents: nil)
            _ = FileManager.default.createFile(atPath: scratch.path("stderr"), contents: nil)
            out = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("stdout"))
            err = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("stderr"))
            process.executableURL = try program ?? executable()
            process.arguments = arguments
            process.currentDirectoryURL = directory ?? TestPaths.root
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            if let input {
                process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
            } else {
                process.standardInput = FileHandle.nullDevice
            }
            process.standardOutput = out
            process.standardError = err
            try process.run()
        }

        /// Waits for the process to end and returns what it did.
        func finish() throws -> Result {
            process.waitUntilExit()
            try out.close()
            try err.close()
            return Result(
                status: process.terminationStatus,
                stdout: String(decoding: try Data(contentsOf: scratch.url.appendingPathComponent("stdout")), as: UTF8.self),
                stderr: String(decoding: try Data(contentsOf: scratch.url.appendingPathComponent("stderr")), as: UTF8.self)
            )
        }
    }
}

extension SverkaProcess {
    /// Reads a FIFO (or any file) to its end on a thread of its own, so that a writer can open it.
    final class Reader: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var bytes = Data()

        private let path: String

        /// Starts reading `path`.
        init(path: String) {
            self.path = path
            Thread.detachNewThread { [self] in
                let handle = FileHandle(forReadingAtPath: path)
                bytes = (try? handle?.readToEnd()) ?? Data()
                try? handle?.close()
                done.signal()
            }
        }

        /// Waits (10 s at most) for the end of the file and returns what was read. When no writer
        /// came, the FIFO is opened for writing and closed, so that the thread ends.
        func wait() -> Data {
            if done.wait(timeout: .now() + 10) == .timedOut {
                let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
                done.wait()
            }
            return bytes
        }
    }
}
