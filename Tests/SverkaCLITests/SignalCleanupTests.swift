import Foundation
import Testing
import SverkaTestSupport

/// SIGINT and SIGTERM while an output is being written remove its temporary file and exit 130 and
/// 143; the file the output was to replace keeps its old contents. The test environment variable
/// `SVERKA_TEST_OUTPUT_PAUSE_MS` holds each finished temporary file that long before it is renamed,
/// so the signal arrives half-way.
@Suite("sverka interrupted while writing")
struct SignalCleanupTests {
    /// The names in `folder` that are sverka's temporary files.
    static func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".sverka-") }
    }

    /// Starts `arguments`, waits for a temporary file to appear in `folder`, sends `signal` and
    /// returns the result.
    static func interrupt(_ arguments: [String], folder: String, with signal: Int32,
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> SverkaProcess.Result {
        let running = try SverkaProcess.Running(arguments, environment: ["SVERKA_TEST_OUTPUT_PAUSE_MS": "20000"])
        let deadline = Date().addingTimeInterval(120)
        while temporaryFiles(in: folder).isEmpty && running.process.isRunning && Date() < deadline {
            usleep(20_000)
        }
        let appeared = !temporaryFiles(in: folder).isEmpty
        kill(running.process.processIdentifier, signal)
        let result = try running.finish()
        try #require(appeared, "no temporary file appeared in \(folder): \(result)", sourceLocation: sourceLocation)
        return result
    }

    @Test("align -o FILE: SIGINT exits 130, the temporary file is gone, the old file kept")
    func alignInterrupted() throws {
        let scratch = try TemporaryDirectory()
        let output = try scratch.file("out.tsv", text: "old\n")
        let result = try Self.interrupt(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "tsv",
                                         "--no-dictionary", "-o", output], folder: scratch.url.path, with: SIGINT)
        #expect(result.status == 130, "\(result)")
        #expect(Self.temporaryFiles(in: scratch.url.path).isEmpty)
        #expect(try TestPaths.utf8Text(output) == "old\n")
    }

    @Test("batch: SIGTERM exits 143 and leaves no temporary file")
    func batchTerminated() throws {
        let scratch = try TemporaryDirectory()
        let manifest = try scratch.file("manifest.tsv", text: "\(TestPaths.russianTelegram)\t\(TestPaths.englishTelegram)\tout/one\n")
        try FileManager.default.createDirectory(atPath: scratch.path("out"), withIntermediateDirectories: true)
        let result = try Self.interrupt(["batch", manifest, "--format", "tsv", "--no-dictionary", "--quiet"],
                                        folder: scratch.path("out"), with: SIGTERM)
        #expect(result.status == 143, "\(result)")
        #expect(Self.temporaryFiles(in: scratch.path("out")).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out/one.tsv")))
    }
}
