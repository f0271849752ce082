import Foundation
import Testing
import SverkaTestSupport
@testable import SverkaAlign
@testable import SverkaDiagnose
@testable import SverkaWrite

@Suite("XLIFFWriter")
struct XLIFFWriterTests {
    typealias Support = WriterTestSupport

    @Test("XLIFF 1.2: one trans-unit per bead, pairs translated, one-sided beads untranslated, divergences as notes")
    func version12() throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: .paragraph)
        let diagnosis = Support.diagnosis(for: result, level: .paragraph)
        let tree = try XMLTree.parse(XLIFFWriter(version: .v1_2, toolVersion: "0.3.0").write(units, diagnosis: diagnosis))
        #expect(tree.name == "xliff" && tree.attributes["version"] == "1.2")
        #expect(tree.attributes["xmlns"] == "urn:oasis:names:tc:xliff:document:1.2")
        let file = try #require(tree.children("file").first)
        #expect(file.attributes["source-language"] == "ru" && file.attributes["target-language"] == "en")
        let beads = try #require(units.alignment).beads
        let transUnits = tree.descendants("trans-unit")
        #expect(transUnits.count == beads.count)
        for (index, (bead, unit)) in zip(beads, transUnits).enumerated() {
            #expect(unit.attributes["id"] == "b\(index)")
            #expect(unit.children("source").first?.text == units.sourceText(bead))
            let target = unit.children("target").first
            if bead.kind != .alignment {
                #expect(unit.attributes["translate"] == "no")
            } else if bead.target.isEmpty {
                #expect(target?.attributes["state"] == "needs-translation" && target?.text == "")
            } else {
                #expect(target?.attributes["state"] == "translated" && target?.text == units.targetText(bead))
            }
            let notes = unit.children("note").map(\.text)
            for divergence in diagnosis.divergences where divergence.level == .paragraph && divergence.bead == index {
                #expect(notes.contains("\(divergence.kind.rawValue): \(divergence.reason)"))
            }
        }
    }

    @Test("XLIFF 2.1: units with segments in state translated or initial, notes before the segment")
    func version21() throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: .paragraph)
        let tree = try XMLTree.parse(XLIFFWriter(version: .v2_1, toolVersion: "0.3.0").write(units))
        #expect(tree.attributes["version"] == "2.1" && tree.attributes["xmlns"] == "urn:oasis:names:tc:xliff:document:2.0")
        #expect(tree.attributes["srcLang"] == "ru" && tree.attributes["trgLang"] == "en")
        let beads = try #require(units.alignment).beads
        let xliffUnits = tree.descendants("unit")
        #expect(xliffUnits.count == beads.count)
        for (bead, unit) in zip(beads, xliffUnits) {
            #expect(unit.children.first?.name == "notes")
            let segment = try #require(unit.children("segment").first)
            #expect(segment.children("source").first?.text == units.sourceText(bead))
            if bead.kind == .alignment && bead.target.isEmpty {
                #expect(segment.attributes["state"] == "initial" && segment.children("target").isEmpty)
            } else if bead.kind == .alignment {
                #expect(segment.attributes["state"] == "translated")
                #expect(segment.children("target").first?.text == units.targetText(bead))
            }
        }
    }

    @Test("translate-toolkit's XLIFF reader reads every unit; pairs have their targets", Support.requires(.translateToolkit))
    func translateToolkit() throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: .paragraph)
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Support.write(XLIFFWriter(version: .v1_2, toolVersion: "0.3.0").write(units), to: "telegram.xlf", in: directory)
        let script = """
        import sys
        from translate.storage import xliff
        f = xliff.xlifffile.parsefile(sys.argv[1])
        units = [u for u in f.units if not u.isheader()]
        print(len(units))
        print(sum(1 for u in units if u.source and u.target))
        """
        let run = try Support.run(try Support.require(.translateToolkit), ["-c", script, path])
        #expect(run.status == 0, "translate-toolkit: \(run.stderr)")
        let counts = run.stdout.split(separator: "\n").map(String.init)
        let beads = try #require(units.alignment).beads
        #expect(counts.first == String(beads.count))
        #expect(counts.dropFirst().first == String(beads.filter { $0.kind == .alignment && !$0.isNull }.count))
    }

    /// The schema written for the tests for `version` (see Tests/Fixtures/README.md).
    private static func schema(_ version: XLIFFWriter.Version) -> String {
        TestPaths.fixture(version == .v1_2 ? "xliff/sverka-xliff-1.2.xsd" : "xliff/sverka-xliff-2.xsd")
    }

    /// `xmllint --schema` of `xml` against the schema of `version`: whether it validates, and what xmllint said.
    private static func validate(_ xml: String, _ version: XLIFFWriter.Version, name: String) throws -> (valid: Bool, messages: String) {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Support.write(xml, to: name, in: directory)
        let run = try Support.run(try Support.require(.xmllint), ["--nonet", "--noout", "--schema", schema(version), path])
        return (run.status == 0 && run.stderr.contains("validates"), run.stderr)
    }

    @Test("XLIFF 1.2 and 2.1 validate against the schemas of the specifications' structure: the telegram at both levels, every kind of bead with markup and control characters",
          Support.requires(.xmllint),
          arguments: XLIFFWriter.Version.allCases)
    func validatesAgainstSchema(version: XLIFFWriter.Version) throws {
        let telegram = try TestDocuments.telegram()
        let handMade = HandMade.result(source: ["Привет & <мир> \u{01}", "Только в оригинале.", "СОВЕРШЕННО СЕКРЕТНО"],
                                       target: ["Hello & <world> \"quoted\"\r\n", "[Translator's note]"])
        for (name, result, level) in [("telegram", telegram, AlignmentLevel.paragraph), ("telegram-sentences", telegram, .sentence),
                                      ("hand-made", handMade, .paragraph)] {
            let units = AlignedUnits(result: result, level: level)
            let xml = XLIFFWriter(version: version, toolVersion: "0.3.0").write(units, diagnosis: Support.diagnosis(for: result, level: level))
            let checked = try Self.validate(xml, version, name: "\(name).xlf")
            #expect(checked.valid, "\(name) (XLIFF \(version.rawValue)): \(checked.messages.prefix(2000))")
        }
    }

    @Test("the schemas refuse what the specifications refuse: an unknown state, a repeated unit id, a unit with no id",
          Support.requires(.xmllint), arguments: XLIFFWriter.Version.allCases)
    func schemasRefuseInvalidFiles(version: XLIFFWriter.Version) throws {
        let xml = XLIFFWriter(version: version, toolVersion: "0.3.0").write(AlignedUnits(result: HandMade.result(), level: .paragraph))
        let unitTag = version == .v1_2 ? "<trans-unit id=\"b1\"" : "<unit id=\"b1\""
        #expect(xml.contains("state=\"translated\"") && xml.contains(unitTag))
        let broken = [
            ("state", xml.replacingOccurrences(of: "state=\"translated\"", with: "state=\"done\"")),
            ("repeated-id", xml.replacingOccurrences(of: unitTag, with: unitTag.replacingOccurrences(of: "b1", with: "b0"))),
            ("no-id", xml.replacingOccurrences(of: unitTag, with: unitTag.replacingOccurrences(of: " id=\"b1\"", with: ""))),
        ]
        for (name, text) in broken {
            #expect(text != xml)
            #expect(try !Self.validate(text, version, name: "\(name).xlf").valid, "\(name) should not validate")
        }
    }
}
