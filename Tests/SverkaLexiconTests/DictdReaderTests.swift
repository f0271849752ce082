import Foundation
import Testing
import SverkaTestSupport
@testable import SverkaLexicon

@Suite("DictdReader")
struct DictdReaderTests {
    @Test("articles give one-word translations; labels, transcriptions, glosses and examples are dropped")
    func parsing() {
        let text = """
            enemy
               [↗ɛnɪmɪ]
               1. _n. враг; неприятель, противник; to be one's own enemy действовать во
               вред самому себе; the (old) E. дьявол
               2. _a. враждебный; вражеский, неприятельский
            telegram
               [↗tɛlɪgræm] _n. телеграмма
            ice cream
               _n. мороженое
            """
        let entries = DictdReader(maxPerHeadword: 5).parse(text)
        // "the (old) E. дьявол" is an example phrase, not a translation; at most five per headword.
        #expect(entries.map(\.second) == ["враг", "неприятель", "противник", "враждебный", "вражеский", "телеграмма"])
        #expect(entries.allSatisfy { $0.first == "enemy" || $0.first == "telegram" })
    }

    @Test("the installed Mueller dictionary loads into a lexicon that knows враг → enemy",
          .enabled(if: FileManager.default.fileExists(atPath: DictdReader.muellerPath) || TestPaths.inCI,
                   "mueller7-dict is not installed (Scripts/bootstrap.sh installs it); skipping the dictionary check"))
    func mueller() throws {
        try #require(FileManager.default.fileExists(atPath: DictdReader.muellerPath),
                     "mueller7-dict is not installed (Scripts/bootstrap.sh installs it)")
        let dictionary = try DictdReader().read(path: DictdReader.muellerPath)
        #expect(dictionary.entries.count > 50_000)
        let lexicon = try #require(LexiconBuilder.build(dictionary, source: "ru", target: "en"))
        let stems = try StemmedUnits(language: "ru")
        let english = try StemmedUnits(language: "en")
        let enemy = try #require(lexicon.targetIDs[english.stem("enemy")])
        let vrag = try #require(lexicon.sourceIDs[stems.stem("враг")])
        #expect(lexicon.forward[Int(vrag)].contains(enemy))
    }

    @Test("TSV and hunalign dictionaries", arguments: [
        ("враг\tenemy\n# comment\n\nгород\tcity\n", 2),
        ("enemy @ враг\ncity @ город\n", 2),
    ])
    func tabular(text: String, count: Int) {
        let entries = TabularDictionaryReader.parse(text)
        #expect(entries.count == count)
        #expect(entries.first == BilingualDictionary.Entry(first: "враг", second: "enemy"))
    }

    @Test("a dictd text with CRLF line ends gives what its LF copy gives")
    func crlf() {
        let text = """
            enemy
               1. _n. враг; неприятель, противник
               2. _a. враждебный
            telegram
               _n. телеграмма

            """
        let lf = DictdReader().parse(text)
        let crlf = DictdReader().parse(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(lf.count == 5)
        #expect(crlf == lf)
    }
}
