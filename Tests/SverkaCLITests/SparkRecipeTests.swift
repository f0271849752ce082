import Foundation
import Testing
import SverkaTestSupport

@Suite("Scripts/spark_align.py: sverka batch on PySpark in local mode")
struct SparkRecipeTests {
    /// The recipe's test script.
    static let script = TestPaths.root.appendingPathComponent("Scripts/test_spark_align.py").path

    /// Runs `python3 arguments…` in the repository, its output captured in files (no pipe to fill).
    static func python(_ arguments: [String]) throws -> SverkaProcess.Result {
        let scratch = try TemporaryDirectory()
        let paths = (output: scratch.path("stdout"), error: scratch.path("stderr"))
        _ = FileManager.default.createFile(atPath: paths.output, contents: nil)
        _ = FileManager.default.createFile(atPath: paths.error, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.output))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: paths.error))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = TestPaths.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return SverkaProcess.Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths.output)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths.error)), as: UTF8.self))
    }

    /// Whether pyspark, java and the WMT documents are there (the script itself says).
    static let toolsPresent = (try? python([script, "--check-tools"]).status) == 0

    /// The test runs when they are there, and always under CI, where their absence is a failure.
    static let runs = toolsPresent || TestPaths.inCI

    @Test("20 WMT documents aligned by spark_align.py in local[2] mode give the beads of a direct sverka batch run; a dying or missing sverka loses no row",
          .enabled(if: runs, "no pyspark, java or ../shared/eval-data/wmt-ru-en-docs (Scripts/install-test-tools.sh installs the tools); skipping"))
    func recipe() throws {
        let sverka = try SverkaProcess.executable()
        let result = try Self.python([Self.script, "--sverka", sverka.path, "--documents", "20"])
        #expect(result.status == 0, "\(result)")
        let summary = result.stdout.split(separator: "\n").last { $0.hasPrefix("test_spark_align:") }
        #expect(summary?.hasSuffix(" 0 failed") == true, "\(result)")
        #expect(summary?.contains("missing") == false, "the test ran rather than skipped: \(result)")
    }
}
