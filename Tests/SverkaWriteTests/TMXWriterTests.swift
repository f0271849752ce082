import Foundation
import Testing
import SverkaAlign
import SverkaDiagnose
import SverkaSegment
@testable import SverkaWrite
import SverkaTestSupport

@Suite("TMXWriter")
struct TMXWriterTests {
    typealias Support = WriterTestSupport

    @Test("A small alignment in full: header, one tu for the pairing bead, props, a note, two tuvs")
    func small() throws {
        let units = AlignedUnits(result: HandMade.result(), level: .paragraph)
        let diagnosis = Diagnosis(divergences: [HandMade.divergence()], thresholds: [:])
        let tmx = TMXWriter(toolVersion: "9.9").write(units, diagnosis: diagnosis)
        #expect(tmx == """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="Sverka" creationtoolversion="9.9" segtype="paragraph" o-tmf="Sverka" adminlang="en" srclang="ru" datatype="plaintext">
            <prop type="x-sverka-source-document">a.ru.md</prop>
            <prop type="x-sverka-target-document">a.en.md</prop>
          </header>
          <body>
            <tu tuid="0">
              <prop type="x-sverka-bead">0</prop>
              <prop type="x-sverka-type">1-1</prop>
              <prop type="x-sverka-confidence">0.9731</prop>
              <prop type="x-sverka-source-ids">0</prop>
              <prop type="x-sverka-target-ids">0</prop>
              <prop type="x-sverka-source-line">1</prop>
              <prop type="x-sverka-target-line">1</prop>
              <note>number-mismatch: "1952" &amp; &lt;b&gt; missing</note>
              <tuv xml:lang="ru"><seg>Привет &amp; &lt;мир&gt;</seg></tuv>
              <tuv xml:lang="en"><seg>Hello &amp; &lt;world&gt;</seg></tuv>
            </tu>
          </body>
        </tmx>

        """)
    }

    @Test("Null beads and furniture only when asked, as units with one tuv; minimum confidence filters",
          arguments: [
            (false, false, 0.0, ["0"]),
            (true, false, 0.0, ["0", "1", "3"]),
            (false, true, 0.0, ["0", "2"]),
            (true, true, 0.0, ["0", "1", "2", "3"]),
            (true, true, 0.7, ["0", "1", "2"]),
            (true, false, 0.99, []),
          ])
    func options(includeNull: Bool, includeFurniture: Bool, minimum: Double, tuids: [String]) throws {
        let writer = TMXWriter(toolVersion: "1", includeNullBeads: includeNull, includeFurniture: includeFurniture, minimumConfidence: minimum)
        let root = try XMLTree.parse(writer.write(AlignedUnits(result: HandMade.result(), level: .sentence)))
        let units = root.descendants("tu")
        #expect(units.map { $0.attributes["tuid"] ?? "" } == tuids)
        for tu in units {
            let bead = HandMade.beads[Int(tu.attributes["tuid"] ?? "") ?? 0]
            let tuvs = tu.children("tuv")
            #expect(tuvs.count == (bead.source.isEmpty ? 0 : 1) + (bead.target.isEmpty ? 0 : 1))
            #expect(tuvs.allSatisfy { $0.attributes["xml:lang"] != nil && $0.children("seg").count == 1 })
            let props = Dictionary(tu.children("prop").map { ($0.attributes["type"] ?? "", $0.text) }, uniquingKeysWith: { a, _ in a })
            #expect(props["x-sverka-type"] == bead.typeName)
            #expect((props["x-sverka-source-line"] != nil) == !bead.source.isEmpty)
        }
        if let furniture = units.first(where: { $0.attributes["tuid"] == "2" }) {
            #expect(furniture.children("tuv").first?.attributes["xml:lang"] == "ru")
            #expect(furniture.children("tuv").first?.children("seg").first?.text == "СОВЕРШЕННО СЕКРЕТНО")
        }
    }

    @Test("Notes come only from divergences at the written level, one per divergence")
    func notesByLevel() throws {
        let diagnosis = Diagnosis(divergences: [
            HandMade.divergence(.numberMismatch, level: .paragraph, reason: "a"),
            HandMade.divergence(.nameMismatch, level: .paragraph, reason: "b"),
            HandMade.divergence(.partial, level: .sentence, reason: "c"),
        ], thresholds: [:])
        let result = HandMade.result()
        let paragraph = try XMLTree.parse(TMXWriter(toolVersion: "1").write(AlignedUnits(result: result, level: .paragraph), diagnosis: diagnosis))
        #expect(paragraph.descendants("note").map(\.text) == ["number-mismatch: a", "name-mismatch: b"])
        let sentence = try XMLTree.parse(TMXWriter(toolVersion: "1").write(AlignedUnits(result: result, level: .sentence), diagnosis: diagnosis))
        #expect(sentence.descendants("note").map(\.text) == ["partial: c"])
        #expect(sentence.descendants("header").first?.attributes["segtype"] == "sentence")
    }

    @Test("A level that was not aligned gives an empty, well-formed body")
    func missingLevel() throws {
        let tmx = TMXWriter(toolVersion: "1").write(AlignedUnits(result: HandMade.result(paragraphs: false), level: .paragraph))
        let root = try XMLTree.parse(tmx)
        #expect(root.name == "tmx")
        #expect(root.children("body").count == 1)
        #expect(root.descendants("tu").isEmpty)
    }

    @Test("ICU locale ids become BCP 47 tags in srclang and xml:lang; names and versions are escaped")
    func languagesAndAttributes() throws {
        let result = HandMade.result(sourceName: "dir/\"a\" & 'b'.md", sourceLanguage: "ru_RU", targetLanguage: "sr_Latn@collation=x")
        let tmx = TMXWriter(toolVersion: "1.0 \"beta\" <x>").write(AlignedUnits(result: result, level: .paragraph))
        let root = try XMLTree.parse(tmx)
        let header = try #require(root.descendants("header").first)
        #expect(header.attributes["srclang"] == "ru-RU")
        #expect(header.attributes["creationtoolversion"] == "1.0 \"beta\" <x>")
        #expect(header.children("prop").first?.text == "dir/\"a\" & 'b'.md")
        #expect(root.descendants("tuv").map { $0.attributes["xml:lang"] ?? "" } == ["ru-RU", "sr-Latn"])
        #expect(LanguageTag.bcp47("") == "und")
        #expect(LanguageTag.bcp47("en") == "en")
    }

    @Test("The telegram's segments read back equal the units' texts, at both levels", arguments: AlignmentLevel.allCases)
    func telegramRoundTrip(level: AlignmentLevel) throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: level)
        let writer = TMXWriter(toolVersion: "0.1.0", includeNullBeads: true, includeFurniture: true)
        let root = try XMLTree.parse(writer.write(units, diagnosis: Support.diagnosis(for: result, level: level)))
        let beads = try #require(units.alignment?.beads)
        let tus = root.descendants("tu")
        #expect(tus.count == beads.count)
        for (tu, bead) in zip(tus, beads) {
            var segs = tu.children("tuv").map { $0.children("seg").first?.text ?? "" }
            if !bead.source.isEmpty { #expect(segs.removeFirst() == units.sourceText(bead)) }
            if !bead.target.isEmpty { #expect(segs.first == units.targetText(bead)) }
        }
    }

    @Test("The telegram's TMX is well-formed for xmllint and has the TMX 1.4b structure (XPath)",
          Support.requires(.xmllint), arguments: AlignmentLevel.allCases)
    func telegramXmllint(level: AlignmentLevel) throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: level)
        let tmx = TMXWriter(toolVersion: "0.1.0").write(units, diagnosis: Support.diagnosis(for: result, level: level))
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Support.write(tmx, to: "telegram.tmx", in: directory)

        let check = try Support.run(try Support.require(.xmllint), ["--noout", path])
        #expect(check.status == 0, "xmllint: \(check.stderr)")
        #expect(check.stderr.isEmpty)

        let beads = try #require(units.alignment).beads
        let pairing = beads.filter { $0.kind == .alignment && !$0.isNull }
        #expect(try Support.xpath("count(//tu)", in: path) == String(pairing.count))
        #expect(try Support.xpath("string(/tmx/@version)", in: path) == "1.4")
        for (attribute, value) in [("srclang", "ru"), ("segtype", level.rawValue), ("creationtool", "Sverka"),
                                   ("creationtoolversion", "0.1.0"), ("o-tmf", "Sverka"), ("adminlang", "en"), ("datatype", "plaintext")] {
            #expect(try Support.xpath("string(/tmx/header/@\(attribute))", in: path) == value)
        }
        #expect(try Support.xpath("count(/tmx/body)", in: path) == "1")
        // Every tu has a tuv with a language and a seg; by default every tu is a pair of ru and en.
        #expect(try Support.xpath("count(//tu[not(tuv[@xml:lang and seg])])", in: path) == "0")
        #expect(try Support.xpath("count(//tuv[not(@xml:lang)] | //tuv[count(seg) != 1])", in: path) == "0")
        #expect(try Support.xpath("count(//tu[count(tuv) != 2])", in: path) == "0")
        #expect(try Support.xpath("count(//tu[tuv[1]/@xml:lang != 'ru' or tuv[2]/@xml:lang != 'en'])", in: path) == "0")
        // Props and notes come before the tuvs (TMX: (note|prop)*, tuv+).
        #expect(try Support.xpath("count(//tu/*[self::prop or self::note][preceding-sibling::tuv])", in: path) == "0")
        #expect(try Support.xpath("count(//tu[not(prop[@type='x-sverka-confidence'])])", in: path) == "0")
        let notes = Support.diagnosis(for: result, level: level).divergences.filter {
            $0.level == level && beads[$0.bead].kind == .alignment && !beads[$0.bead].isNull
        }
        #expect(try Support.xpath("count(//tu/note)", in: path) == String(notes.count))
    }

    @Test("translate-toolkit's TMX reader reads the telegram's units, null beads included or not",
          Support.requires(.translateToolkit), arguments: [false, true])
    func translateToolkit(includeNull: Bool) throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: .paragraph)
        let writer = TMXWriter(toolVersion: "0.1.0", includeNullBeads: includeNull)
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Support.write(writer.write(units, diagnosis: Support.diagnosis(for: result, level: .paragraph)),
                                     to: "telegram.tmx", in: directory)
        let script = """
        import sys
        from translate.storage import tmx
        f = tmx.tmxfile.parsefile(sys.argv[1])
        print(len(f.units))
        print(sum(1 for u in f.units if u.source and u.target))
        """
        let run = try Support.run(try Support.require(.translateToolkit), ["-c", script, path])
        #expect(run.status == 0, "translate-toolkit: \(run.stderr)")
        let counts = run.stdout.split(separator: "\n").map(String.init)
        let beads = try #require(units.alignment).beads.filter { writer.includes($0) }
        #expect(counts.first == String(beads.count))
        #expect(counts.dropFirst().first == String(beads.filter { !$0.isNull }.count))
    }
}
