import Foundation
import Testing
import SverkaTestSupport

/// `sverka align --fail-on`: exit 4 when divergences of that severity or worse are found, for
/// scripted checks; the output is written all the same.
@Suite("align --fail-on")
struct FailOnTests {
    @Test("the telegram has errors: --fail-on error exits 4 after writing the report; without it, 0")
    func telegram() throws {
        let failing = try SverkaProcess.run(["align", "--fail-on", "error", "--no-color"])
        #expect(failing.status == 4, "\(failing)")
        #expect(failing.stdout.contains("Divergences"))
        #expect(failing.stderrLines.last?.hasPrefix("sverka: ") == true && failing.stderr.contains("--fail-on error"))
        #expect(!failing.stderr.contains("error: "))
        let plain = try SverkaProcess.run(["align", "--format", "pairs"])
        #expect(plain.status == 0)
        // Looked for even when the format does not show divergences.
        let pairs = try SverkaProcess.run(["align", "--format", "pairs", "--fail-on", "warning"])
        #expect(pairs.status == 4)
    }

    @Test("a faithful translation passes --fail-on error")
    func faithful() throws {
        let folder = try TemporaryDirectory()
        let ru = try folder.file("ru.txt", text: "Заседание открылось 12 марта в Москве.\n\nБюджет на 2020 год утверждён единогласно.\n")
        let en = try folder.file("en.txt", text: "The meeting opened on 12 March in Moscow.\n\nThe budget for 2020 was approved unanimously.\n")
        let result = try SverkaProcess.run(["align", ru, en, "--fail-on", "error", "--format", "tsv"])
        #expect(result.status == 0, "\(result)")
    }

    @Test("bad values are usage errors", arguments: [["--fail-on", "notice"], ["--min-divergence-confidence", "2"]])
    func usage(arguments: [String]) throws {
        let result = try SverkaProcess.run(["align"] + arguments)
        #expect(result.status == 1, "\(result)")
    }
}
