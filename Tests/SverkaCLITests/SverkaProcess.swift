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

    /// Runs `sverka arguments…` in `directory`, capturing its exit status and output.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        try run(program: try executable(), arguments, in: directory)
    }

    /// Runs `program arguments…` in `directory` (the repository by default), its output captured
    /// in files (no pipe to fill), standard input empty.
    static func run(program: URL, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let scratch = try TemporaryDirectory()
        let outPath = scratch.path("stdout")
        let errPath = scratch.path("stderr")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))

        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? TestPaths.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self)
        )
    }
}
