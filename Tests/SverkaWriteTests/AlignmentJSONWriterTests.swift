import Foundation
import Testing
import SverkaAlign
import SverkaDiagnose
import SverkaSegment
@testable import SverkaWrite
import SverkaTestSupport

@Suite("AlignmentJSONWriter")
struct AlignmentJSONWriterTests {
    typealias Support = WriterTestSupport

    static func parse(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// The beads of a JSON alignment object in the pairs format without scores, `[i,j]:[k]`.
    static func pairsLines(_ alignment: [String: Any]) throws -> [String] {
        let beads = try #require(alignment["beads"] as? [[String: Any]])
        return try beads.map { bead in
            let source = try #require(bead["source"] as? [Int]).map(String.init).joined(separator: ",")
            let target = try #require(bead["target"] as? [Int]).map(String.init).joined(separator: ",")
            return "[\(source)]:[\(target)]"
        }
    }

    static let topLevelKeys: Set = ["formatVersion", "tool", "settings", "level", "lengthRatio", "source", "target", "alignments", "diagnosis", "summary"]

    @Test("The telegram's JSON parses and has the documented keys at every depth")
    func telegramShape() throws {
        let result = try TestDocuments.telegram()
        let diagnosis = Support.diagnosis(for: result, level: .paragraph)
        let json = try AlignmentJSONWriter(toolVersion: "0.1.0", settings: ["maxBead": "3", "level": "paragraph"])
            .write(AlignedUnits(result: result, level: .paragraph), diagnosis: diagnosis)
        #expect(json.hasSuffix("}\n"))
        let root = try Self.parse(json)
        #expect(Set(root.keys) == Self.topLevelKeys)
        #expect(root["formatVersion"] as? Int == 2)
        #expect(root["tool"] as? [String: String] == ["name": "Sverka", "version": "0.1.0"])
        #expect(root["settings"] as? [String: String] == ["maxBead": "3", "level": "paragraph"])
        #expect(root["level"] as? String == "paragraph")
        #expect(abs((root["lengthRatio"] as? Double ?? .nan) - result.lengthRatio) < 1e-12)

        // The documents have the layout of `sverka segment --format json`, to the byte of content.
        for (key, document) in [("source", result.source), ("target", result.target)] {
            let segmentation = try Self.parse(SegmentationJSONWriter.write(document)) as NSDictionary
            #expect((root[key] as? NSDictionary) == segmentation)
        }

        let alignments = try #require(root["alignments"] as? [String: Any])
        #expect(Set(alignments.keys) == ["paragraph", "sentence"])
        for (key, alignment) in [("paragraph", result.paragraphs), ("sentence", result.sentences)] {
            let record = try #require(alignments[key] as? [String: Any])
            let expected = try #require(alignment)
            #expect(Set(record.keys) == ["level", "sourceCount", "targetCount", "beads", "moves"])
            #expect(record["level"] as? String == key)
            #expect(record["sourceCount"] as? Int == expected.sourceCount)
            #expect(record["targetCount"] as? Int == expected.targetCount)
            let beads = try #require(record["beads"] as? [[String: Any]])
            #expect(beads.count == expected.beads.count)
            for (index, (json, bead)) in zip(beads, expected.beads).enumerated() {
                #expect(Set(json.keys) == ["index", "source", "target", "kind", "type", "cost", "confidence"])
                #expect(json["index"] as? Int == index)
                #expect(json["kind"] as? String == bead.kind.rawValue)
                #expect(json["type"] as? String == bead.typeName)
                // JSONSerialization on Linux reads numbers as decimals, off in the last digit: exactness
                // is checked with JSONDecoder below.
                #expect(abs((json["cost"] as? Double ?? .nan) - bead.cost) <= 1e-12 * max(1, abs(bead.cost)))
                #expect(abs((json["confidence"] as? Double ?? .nan) - bead.confidence) <= 1e-12)
            }
        }

        // Numbers are written exactly: JSONDecoder reads back the very same doubles.
        struct Numbers: Decodable {
            struct Bead: Decodable { let cost: Double; let confidence: Double }
            struct Alignment: Decodable { let beads: [Bead] }
            let lengthRatio: Double
            let alignments: [String: Alignment]
        }
        let numbers = try JSONDecoder().decode(Numbers.self, from: Data(json.utf8))
        #expect(numbers.lengthRatio == result.lengthRatio)
        for (key, alignment) in [("paragraph", result.paragraphs), ("sentence", result.sentences)] {
            let decoded = try #require(numbers.alignments[key]).beads
            let expected = try #require(alignment).beads
            #expect(decoded.map(\.cost) == expected.map(\.cost))
            #expect(decoded.map(\.confidence) == expected.map(\.confidence))
        }

        let diagnosisRecord = try #require(root["diagnosis"] as? [String: Any])
        #expect(diagnosisRecord["thresholds"] as? [String: Double] == diagnosis.thresholds)
        let divergences = try #require(diagnosisRecord["divergences"] as? [[String: Any]])
        #expect(divergences.count == diagnosis.divergences.count)
        for (json, d) in zip(divergences, diagnosis.divergences) {
            #expect(Set(json.keys) == ["kind", "severity", "level", "bead", "source", "target", "sourceLine", "targetLine",
                                       "sourceExcerpt", "targetExcerpt", "reason", "confidence", "evidence"])
            #expect(abs((json["confidence"] as? Double ?? .nan) - d.confidence) <= 1e-12)
            #expect(json["evidence"] as? [String] == d.evidence)
            #expect(json["kind"] as? String == d.kind.rawValue)
            #expect(json["severity"] as? String == d.severity.rawValue)
            #expect(json["level"] as? String == d.level.rawValue)
            #expect(json["bead"] as? Int == d.bead)
            #expect(json["source"] as? [Int] == d.source)
            #expect(json["target"] as? [Int] == d.target)
            #expect(json["sourceLine"] as? Int == d.sourceLine)
            #expect((json["sourceLine"] is NSNull) == (d.sourceLine == nil))
            #expect(json["targetLine"] as? Int == d.targetLine)
            #expect(json["sourceExcerpt"] as? String == d.sourceExcerpt)
            #expect(json["targetExcerpt"] as? String == d.targetExcerpt)
            #expect(json["reason"] as? String == d.reason)
        }
    }

    @Test("Bead indices agree in every writer: JSON, pairs, TSV, TMX, HTML, Moses", arguments: AlignmentLevel.allCases)
    func indicesAgree(level: AlignmentLevel) throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: level)
        let diagnosis = Support.diagnosis(for: result, level: level)
        let root = try Self.parse(AlignmentJSONWriter(toolVersion: "0").write(units, diagnosis: diagnosis))
        let record = try #require((root["alignments"] as? [String: Any])?[level.rawValue] as? [String: Any])
        let beads = try #require(record["beads"] as? [[String: Any]])
        let jsonPairs = try Self.pairsLines(record)

        // Pairs: the same beads, same indices, same order.
        let alignment = try #require(units.alignment)
        let pairs = PairsWriter.write(alignment, includeScores: false).split(separator: "\n").map(String.init)
        #expect(pairs == jsonPairs)

        // TSV: the id columns.
        let tsv = TSVWriter.write(units).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast()
        let tsvIds = tsv.map { line -> String in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return "[\(fields[4])]:[\(fields[5])]"
        }
        #expect(tsvIds == jsonPairs)

        // TMX: tuid is the JSON index, and the id props are that bead's.
        let tmx = try XMLTree.parse(TMXWriter(toolVersion: "0", includeNullBeads: true, includeFurniture: true).write(units, diagnosis: diagnosis))
        let tus = tmx.descendants("tu")
        #expect(tus.count == beads.count)
        for tu in tus {
            let index = try #require(Int(tu.attributes["tuid"] ?? ""))
            let props = Dictionary(tu.children("prop").map { ($0.attributes["type"] ?? "", $0.text) }, uniquingKeysWith: { a, _ in a })
            #expect("[\(props["x-sverka-source-ids"] ?? "?")]:[\(props["x-sverka-target-ids"] ?? "?")]" == jsonPairs[index])
            #expect(props["x-sverka-bead"] == String(index))
        }

        // HTML: one row per bead, `bead-N` in order; divergence links point at the JSON bead.
        let html = HTMLWriter(toolVersion: "0").write(units, diagnosis: diagnosis)
        let page = try XMLTree.parse(html)
        let rows = page.descendants("tr").compactMap { $0.attributes["id"] }.filter { $0.hasPrefix("bead-") }
        #expect(rows == beads.indices.map { "bead-\($0)" })
        let links = page.descendants("a").compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#bead-") }
        #expect(Set(links).isSubset(of: Set(rows.map { "#" + $0 })))

        // Moses: one line per JSON bead of kind alignment with both sides non-empty.
        let pairing = beads.filter {
            $0["kind"] as? String == "alignment" && !(($0["source"] as? [Int]) ?? []).isEmpty && !(($0["target"] as? [Int]) ?? []).isEmpty
        }
        #expect(MosesWriter().write(units).lineCount == pairing.count)
    }

    @Test("Sentence-only alignment: the paragraph alignment is null, not absent")
    func paragraphNull() throws {
        let result = HandMade.result(paragraphs: false)
        let root = try Self.parse(AlignmentJSONWriter(toolVersion: "0").write(AlignedUnits(result: result, level: .sentence)))
        let alignments = try #require(root["alignments"] as? [String: Any])
        #expect(alignments["paragraph"] is NSNull)
        #expect(alignments["sentence"] is [String: Any])
        #expect(root["level"] as? String == "sentence")
        #expect(root["settings"] as? [String: String] == [:])
        let diagnosis = try #require(root["diagnosis"] as? [String: Any])
        #expect((diagnosis["divergences"] as? [Any])?.isEmpty == true)
    }

    @Test("A number that is not finite is written as null; the rest still parses")
    func nonFinite() throws {
        let s = HandMade.document(["a"], name: "s", language: "ru")
        let t = HandMade.document(["b"], name: "t", language: "en")
        let beads = [Bead(source: [0], target: [0], cost: .infinity, confidence: .nan)]
        let result = DocumentAlignment(source: s, target: t, paragraphs: nil,
                                       sentences: Alignment(level: .sentence, sourceCount: 1, targetCount: 1, beads: beads),
                                       lengthRatio: .infinity)
        let diagnosis = Diagnosis(divergences: [], thresholds: ["x": -.infinity, "y": 2])
        let root = try Self.parse(AlignmentJSONWriter(toolVersion: "0").write(AlignedUnits(result: result, level: .sentence), diagnosis: diagnosis))
        #expect(root["lengthRatio"] is NSNull)
        let bead = try #require(((root["alignments"] as? [String: Any])?["sentence"] as? [String: Any])?["beads"] as? [[String: Any]]).first
        #expect(bead?["cost"] is NSNull)
        #expect(bead?["confidence"] is NSNull)
        let thresholds = try #require((root["diagnosis"] as? [String: Any])?["thresholds"] as? [String: Any])
        #expect(thresholds["x"] is NSNull)
        #expect(thresholds["y"] as? Double == 2)
    }

    @Test("U+FEFF, U+2028 and U+2029 are escaped, so readers that take them for a BOM or a line end read the value right")
    func invisibleBreakers() throws {
        let text = "\u{FEFF}a\u{2028}b\u{2029}\u{B}\u{FEFF}c"
        let result = HandMade.result(source: [text, "b", "c"])
        let json = try AlignmentJSONWriter(toolVersion: "0").write(AlignedUnits(result: result, level: .paragraph))
        #expect(!json.unicodeScalars.contains { $0 == "\u{FEFF}" || $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(json.contains(#""text" : "\ufeffa\u2028b\u2029\u000b\ufeffc""#))
        let root = try Self.parse(json)
        let paragraphs = try #require((root["source"] as? [String: Any])?["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.first?["text"] as? String == text)
        #expect(AlignmentJSONWriter.escapingInvisibleBreakers("{\"a\" : 1}") == "{\"a\" : 1}")
    }

    @Test("The output is byte-stable and keys are sorted")
    func stable() throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: .paragraph)
        let diagnosis = Support.diagnosis(for: result, level: .paragraph)
        let writer = AlignmentJSONWriter(toolVersion: "0.1.0", settings: ["b": "2", "a": "1"])
        let json = try writer.write(units, diagnosis: diagnosis)
        #expect(try json == writer.write(units, diagnosis: diagnosis))
        let topKeys = json.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
        #expect(topKeys.count == Self.topLevelKeys.count)
    }
}
