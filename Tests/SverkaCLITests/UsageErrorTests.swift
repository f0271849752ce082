import Foundation
import Testing
import SverkaTestSupport

/// Usage errors are found while parsing, before any work: exit 1 and one line.
@Suite("sverka: usage errors")
struct UsageErrorTests {
    @Test("bad option values and misspelt commands: exit 1, one line, the problem named", arguments: [
        (["align", "--encoding", "foo", TestPaths.russianTelegram, TestPaths.englishTelegram], "unknown encoding 'foo'"),
        (["segment", "--encoding", "koi-9", TestPaths.russianTelegram], "unknown encoding 'koi-9'"),
        (["align", "--max-bead", "-1"], "--max-bead must be 1 to 4"),
        (["align", "--threads", "-2"], "--threads must be at least 1"),
        (["align", "--min-confidence", "2"], "--min-confidence must be between 0 and 1"),
        (["align", "--min-confidence", "-0.5"], "--min-confidence must be between 0 and 1"),
        (["align", "--null-cost", "-1"], "--null-cost must be 0 or more"),
        (["batch", "manifest.tsv", "--length-variance", "0"], "--length-variance must be more than 0"),
        (["align", "--lexical-weight", "nan"], "--lexical-weight must be a finite number"),
        (["batch", "manifest.tsv", "--trained-weight", "inf"], "--trained-weight must be a finite number"),
        (["align", "--min-pair-confidence", "1.5"], "--min-pair-confidence must be between 0 and 1"),
        (["align", "--source-lang", "xx-!!"], "--source-lang: 'xx-!!' is not a language tag"),
        (["align", "--target-lang", "en/../x"], "--target-lang: 'en/../x' is not a language tag"),
        (["batch", "manifest.tsv", "--source-lang", "r"], "--source-lang: 'r' is not a language tag"),
        (["batch", "manifest.tsv", "--jobs", "-1"], "--jobs must be at least 1"),
        (["segment", "--lang", "ru ru", "x.txt"], "--lang: 'ru ru' is not a language tag"),
        (["segment", "--max-input-size", "-5", "x.txt"], "--max-input-size must be at least 1 byte"),
        (["segmnet", "x.txt"], "'segmnet' is no command and no file; did you mean 'segment'?"),
        (["alihn"], "'alihn' is no command and no file; did you mean 'align'?"),
        (["evl"], "'evl' is no command and no file; did you mean 'eval'?"),
        (["align", "--level", "chapter"], "The value 'chapter' is invalid for '--level <level>'"),
        (["align", "--format", "moses"], "--format moses writes two files"),
        (["align", "--format", "moses", "-o", "-"], "--format moses writes two files"),
        (["align", "--format", "xlsx"], "--format xlsx writes a binary file: give it with -o FILE"),
        (["check", "--format", "xlsx", "memory.tmx"], "--format xlsx writes a binary file: give it with -o FILE"),
        (["check", "--min-divergence-confidence", "3", "memory.tmx"], "--min-divergence-confidence must be between 0 and 1"),
    ])
    func usage(arguments: [String], words: String) throws {
        let started = Date()
        let result = try SverkaProcess.run(arguments)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.hasPrefix("sverka: error: ") && result.stderr.contains(words), "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(Date().timeIntervalSince(started) < 5, "found at parse time, before any work")
    }

    @Test("a file named like a misspelt command is aligned, not refused")
    func fileNamedLikeCommand() throws {
        let scratch = try TemporaryDirectory()
        try scratch.file("segmnet", bytes: try TestPaths.bytes(TestPaths.russianTelegram))
        let result = try SverkaProcess.run(["segmnet", TestPaths.englishTelegram, "--format", "pairs", "--no-dictionary"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.isEmpty)
    }

    @Test("language tags with regions and scripts are accepted", arguments: ["en-GB", "sr_Latn", "zh-Hant-TW", "gsw", "auto"])
    func goodTags(tag: String) throws {
        let result = try SverkaProcess.run(["segment", "--lang", tag, TestPaths.englishTelegram])
        #expect(result.status == 0, "\(result)")
    }
}
