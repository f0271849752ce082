import Foundation
import Testing
import SverkaAlign
import SverkaDiagnose
import SverkaSegment
@testable import SverkaWrite
import SverkaTestSupport

/// Seeded random texts full of what breaks writers — XML metacharacters, C0 and C1 controls,
/// U+FFFE/U+FFFF, U+FFFD, emoji, combining marks, right-to-left text, white space of every kind,
/// strings decoded from invalid UTF-16 — go through TMX, HTML and JSON; every output must parse,
/// and the text must come back (JSON exactly, XML with forbidden characters as U+FFFD).
@Suite("Writer fuzzing")
struct WriterFuzzTests {
    typealias Support = WriterTestSupport

    static let cases = 200
    static let seed: UInt64 = 0x5E7C_A201

    static let pieces: [String] = [
        "&", "<", ">", "\"", "'", "&amp;", "&#0;", "]]>", "<![CDATA[x]]>", "<!--", "-->", "<?xml ?>", "</seg>", "<tu>",
        "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}",
        "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{FEFF}", scalar(0xFDD0), scalar(0x1FFFF), scalar(0x10FFFF),
        "👍🏽", "👨‍👩‍👧", "🇷🇺", "e\u{301}", "\u{489}", "й", "\u{332}\u{332}",
        "مرحبا", "שלום", "\u{202E}", "\u{200F}", "\u{2066}", "\u{200D}",
        "\t", "\n", "\r", "\r\n", " ", "\u{A0}", "\u{2028}", "\u{2029}",
        "Сталину", "FILIPPOV", "1952", "помо-", "гать", "№ 2707", "[...]", "\\", "%", "{", "}",
        String(decoding: [0xD800, 0x41] as [UInt16], as: UTF16.self),
        String(decoding: [0xDC00] as [UInt16], as: UTF16.self),
        String(decoding: [0x41, 0xDBFF] as [UInt16], as: UTF16.self),
        String(decoding: [0xDBFF, 0xDBFF, 0xDFFF] as [UInt16], as: UTF16.self),
    ]

    /// A one-scalar string (Swift literals refuse non-characters such as U+FDD0).
    static func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }

    static func randomString(_ rng: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...12, using: &rng)
        return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// Case `n`: three source and two target paragraphs, names, a diagnosis — all random.
    static func fuzzCase(_ n: Int) -> (DocumentAlignment, Diagnosis) {
        var rng = SeededGenerator(seed: seed &+ UInt64(n))
        let source = (0..<3).map { _ in "x" + randomString(&rng) } // never empty: a unit has text
        let target = (0..<2).map { _ in randomString(&rng) + "y" }
        let result = HandMade.result(source: source, target: target,
                                     sourceName: randomString(&rng), targetName: randomString(&rng))
        var divergences: [Divergence] = []
        for level in AlignmentLevel.allCases {
            for bead in [0, 1, 3] {
                let d = HandMade.divergence(Divergence.Kind.allCases.randomElement(using: &rng)!, bead: bead, level: level,
                                            reason: randomString(&rng))
                divergences.append(Divergence(kind: d.kind, severity: d.severity, level: d.level, bead: d.bead, source: d.source,
                                              target: d.target, sourceLine: d.sourceLine, targetLine: d.targetLine,
                                              sourceExcerpt: randomString(&rng), targetExcerpt: randomString(&rng), reason: d.reason))
            }
        }
        return (result, Diagnosis(divergences: divergences, thresholds: [randomString(&rng): 0.5]))
    }

    static let tmxWriter = TMXWriter(toolVersion: "0", includeNullBeads: true, includeFurniture: true)

    @Test("TMX parses every time and gives back the text, forbidden characters as U+FFFD")
    func tmx() throws {
        for n in 0..<Self.cases {
            let (result, diagnosis) = Self.fuzzCase(n)
            for level in AlignmentLevel.allCases {
                let units = AlignedUnits(result: result, level: level)
                let xml = Self.tmxWriter.write(units, diagnosis: diagnosis)
                let root: XMLTree
                do { root = try XMLTree.parse(xml) } catch {
                    Issue.record("case \(n) \(level): TMX does not parse: \(error)")
                    continue
                }
                let tus = root.descendants("tu")
                #expect(tus.count == HandMade.beads.count, "case \(n)")
                for (tu, bead) in zip(tus, HandMade.beads) {
                    let segs = tu.children("tuv").map { $0.children("seg").first?.text ?? "" }
                    let expected = [bead.source.isEmpty ? nil : units.sourceText(bead), bead.target.isEmpty ? nil : units.targetText(bead)]
                        .compactMap { $0 }.map(XMLEscaping.replacingForbidden)
                    #expect(segs == expected, "case \(n) \(level)")
                }
                let notes = root.descendants("note").map(\.text)
                let expectedNotes = diagnosis.divergences.filter { $0.level == level }
                    .map { XMLEscaping.replacingForbidden("\($0.kind.rawValue): \($0.reason)") }
                #expect(notes == expectedNotes, "case \(n) \(level)")
                #expect(root.descendants("header").first?.children("prop").first?.text == XMLEscaping.replacingForbidden(result.source.name))
                #expect(!xml.unicodeScalars.contains { !XMLEscaping.isAllowed($0) })
            }
        }
    }

    @Test("HTML is well-formed XML every time, with one row per bead and the text inside")
    func html() throws {
        for n in 0..<Self.cases {
            let (result, diagnosis) = Self.fuzzCase(n)
            let units = AlignedUnits(result: result, level: .paragraph)
            let html = HTMLWriter(toolVersion: "0").write(units, diagnosis: diagnosis)
            let root: XMLTree
            do { root = try XMLTree.parse(html) } catch {
                Issue.record("case \(n): HTML does not parse as XML: \(error)")
                continue
            }
            let rows = root.descendants("tr").filter { $0.attributes["id"]?.hasPrefix("bead-") == true }
            #expect(rows.count == HandMade.beads.count, "case \(n)")
            let first = rows.first?.children("td").dropFirst().first?.allText ?? ""
            #expect(first.contains(XMLEscaping.replacingForbidden(units.sourceText(HandMade.beads[0]))), "case \(n)")
            #expect(root.descendants("li").filter { $0.attributes["id"]?.hasPrefix("divergence-") == true }.count == diagnosis.divergences.count)
        }
    }

    @Test("JSON parses every time and gives back every string exactly")
    func json() throws {
        for n in 0..<Self.cases {
            let (result, diagnosis) = Self.fuzzCase(n)
            let settings = ["note": Self.fuzzCase(n + 1000).0.source.name]
            let text = try AlignmentJSONWriter(toolVersion: "0", settings: settings).write(AlignedUnits(result: result, level: .sentence), diagnosis: diagnosis)
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
                Issue.record("case \(n): JSON does not parse: \(error)")
                continue
            }
            let root = try #require(object as? [String: Any])
            let source = try #require(root["source"] as? [String: Any])
            #expect(source["name"] as? String == result.source.name, "case \(n)")
            let paragraphs = try #require(source["paragraphs"] as? [[String: Any]])
            #expect(paragraphs.map { $0["text"] as? String ?? "" } == result.source.paragraphs.map(\.text), "case \(n)")
            let target = try #require(root["target"] as? [String: Any])
            let targetParagraphs = try #require(target["paragraphs"] as? [[String: Any]])
            #expect(targetParagraphs.map { $0["text"] as? String ?? "" } == result.target.paragraphs.map(\.text), "case \(n)")
            let divergences = try #require((root["diagnosis"] as? [String: Any])?["divergences"] as? [[String: Any]])
            #expect(divergences.map { $0["reason"] as? String ?? "" } == diagnosis.divergences.map(\.reason), "case \(n)")
            #expect(divergences.map { $0["sourceExcerpt"] as? String ?? "" } == diagnosis.divergences.map(\.sourceExcerpt))
            #expect((root["settings"] as? [String: String]) == settings)
            let thresholds = try #require((root["diagnosis"] as? [String: Any])?["thresholds"] as? [String: Any])
            #expect(Set(thresholds.keys) == Set(diagnosis.thresholds.keys), "case \(n)")
        }
    }

    @Test("xmllint finds every fuzzed TMX and HTML page well-formed (one batch)", Support.requires(.xmllint))
    func xmllintBatch() throws {
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for n in 0..<Self.cases {
            let (result, diagnosis) = Self.fuzzCase(n)
            let units = AlignedUnits(result: result, level: .paragraph)
            paths.append(try Support.write(Self.tmxWriter.write(units, diagnosis: diagnosis), to: "case-\(n).tmx", in: directory))
            paths.append(try Support.write(HTMLWriter(toolVersion: "0").write(units, diagnosis: diagnosis), to: "case-\(n).xhtml", in: directory))
        }
        let check = try Support.run(try Support.require(.xmllint), ["--noout"] + paths)
        #expect(check.status == 0, "xmllint: \(check.stderr.prefix(3000))")
        #expect(check.stderr.isEmpty, "xmllint: \(check.stderr.prefix(3000))")
    }
}
