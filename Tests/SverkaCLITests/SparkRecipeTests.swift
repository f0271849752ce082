import Foundation
import Testing
import SverkaTestSupport

@Suite("Scripts/spark_align.py: sverka batch on PySpark in local mode")
struct SparkRecipeTests {
    /// The recipe's test script.
    static let script = TestPaths.root.appendingPathComponent("Scripts/test_spark_align.py").path

    /// Runs `python3 arguments…` in the repository.
    static func python(_ arguments: [String]) throws -> SverkaProcess.Result {
        try SverkaProcess.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
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
