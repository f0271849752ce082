import Foundation
import Testing
import SverkaTestSupport

/// Standard output that cannot be written is a one-line error and exit 2 (a full device, a closed
/// stream) or a quiet end (the reader of a pipe went away), never a trap; `-` reads standard input.
@Suite("sverka and its standard streams")
struct StandardStreamsTests {
    /// Expects one error line mentioning `words` and exit 2, and no backtrace or trap.
    static func expectWriteError(_ result: SverkaProcess.Result, _ words: String,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines == ["sverka: error: standard output: cannot write the output (\(words))"], "\(result)",
                sourceLocation: sourceLocation)
    }

    @Test("standard output on /dev/full: exit 2 with one line", arguments: [
        ["segment", TestPaths.russianTelegram],
        ["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "pairs", "--no-dictionary"],
        ["eval", "GOLD", "GOLD"],
    ])
    func fullDevice(arguments: [String]) throws {
        let scratch = try TemporaryDirectory()
        let gold = try scratch.file("gold.pairs", text: "[0]:[0]\n[1,2]:[1]\n")
        let quoted = arguments.map { "'\($0 == "GOLD" ? gold : $0)'" }.joined(separator: " ")
        let result = try SverkaProcess.runShell("\"$SVERKA\" \(quoted) > /dev/full")
        Self.expectWriteError(result, "no space left on device")
    }

    @Test("standard output closed: exit 2 with one line")
    func closedOutput() throws {
        let result = try SverkaProcess.runShell("\"$SVERKA\" segment '\(TestPaths.russianTelegram)' >&-")
        Self.expectWriteError(result, "it is closed")
    }

    @Test("a pipe into head that closes early: a quiet exit 0 (sverka's own status), nothing on standard error")
    func brokenPipe() throws {
        let scratch = try TemporaryDirectory()
        // About 3 MB of output, far more than a pipe holds, so the write meets the closed pipe.
        let text = String(repeating: "Это первое предложение. А это второе предложение.\n\n", count: 30_000)
        let path = try scratch.file("long.txt", text: text)
        let result = try SverkaProcess.runShell("""
            "$SVERKA" segment '\(path)' 2> '\(scratch.path("stderr"))' | head -c 100 > /dev/null
            echo "status ${PIPESTATUS[0]}"
            """)
        #expect(result.stdout == "status 0\n", "\(result)")
        #expect(try TestPaths.utf8Text(scratch.path("stderr")) == "")
    }

    @Test("batch - writing its JSON Lines into a closed pipe ends quietly")
    func batchBrokenPipe() throws {
        let scratch = try TemporaryDirectory()
        let record = #"{"source": "\#(TestPaths.russianTelegram)", "target": "\#(TestPaths.englishTelegram)"}"#
        let input = try scratch.file("records.jsonl", text: String(repeating: record + "\n", count: 6))
        let result = try SverkaProcess.runShell("""
            "$SVERKA" batch - --no-dictionary --format json --quiet < '\(input)' 2> '\(scratch.path("stderr"))' | head -c 10 > /dev/null
            echo "status ${PIPESTATUS[0]}"
            """)
        #expect(result.stdout == "status 0\n", "\(result)")
        #expect(!(try TestPaths.utf8Text(scratch.path("stderr"))).contains("Fatal error"))
    }

    @Test("- reads a source, a target or the text to segment from standard input")
    func dashReadsStandardInput() throws {
        let expected = try SverkaProcess.run(["segment", TestPaths.russianTelegram, "--format", "json"])
        let segmented = try SverkaProcess.run(["segment", "-", "--format", "json"], input: TestPaths.russianTelegram)
        #expect(segmented.status == 0, "\(segmented)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(segmented.stdout.utf8)) as? [String: Any])
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(expected.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "standard input")
        #expect((json["paragraphs"] as? [Any])?.count == (reference["paragraphs"] as? [Any])?.count)

        let fromFiles = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "pairs", "--no-dictionary"])
        for arguments in [["-", TestPaths.englishTelegram], [TestPaths.russianTelegram, "-"]] {
            let input = arguments[0] == "-" ? TestPaths.russianTelegram : TestPaths.englishTelegram
            let aligned = try SverkaProcess.run(["align"] + arguments + ["--format", "pairs", "--no-dictionary"], input: input)
            #expect(aligned.status == 0, "\(aligned)")
            #expect(aligned.stdout == fromFiles.stdout)
        }
    }

    @Test("- for both sides is a usage error")
    func dashTwice() throws {
        let result = try SverkaProcess.run(["align", "-", "-"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["sverka: error: only one of the original and the translation can be read from standard input (-)"])
    }
}
