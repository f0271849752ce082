import Foundation
import Testing
import SverkaAlign
import SverkaDiagnose
import SverkaSegment
@testable import SverkaWrite
import SverkaTestSupport

@Suite("AlignmentMapSVG")
struct AlignmentMapSVGTests {
    typealias Support = WriterTestSupport

    /// The bead marks of a parsed map, in document order.
    static func beadLines(_ svg: XMLTree) -> [XMLTree] {
        svg.descendants("line").filter { ($0.attributes["class"] ?? "").split(separator: " ").contains("bead") }
    }

    @Test("The telegram's map is well-formed for xmllint, with one mark per bead and a dot per bead with divergences",
          Support.requires(.xmllint), arguments: AlignmentLevel.allCases)
    func telegram(level: AlignmentLevel) throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: level)
        let diagnosis = Support.diagnosis(for: result, level: level)
        let beads = try #require(units.alignment).beads
        let svg = AlignmentMapSVG(title: "Telegram").write(AlignmentMapSVG.marks(units, diagnosis: diagnosis),
                                                            sourceName: "ru", targetName: "en")
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Support.write(svg, to: "map.svg", in: directory)
        let check = try Support.run(try Support.require(.xmllint), ["--noout", path])
        #expect(check.status == 0, "xmllint: \(check.stderr)")
        let marks = try Support.xpath("count(//*[local-name()='line' and contains(concat(' ', @class, ' '), ' bead ')])", in: path)
        #expect(marks == String(beads.count))

        let tree = try XMLTree.parse(svg)
        #expect(tree.name == "svg")
        #expect(tree.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(Self.beadLines(tree).map { $0.attributes["data-bead"] ?? "" } == beads.indices.map(String.init))
        let withDivergences = Set(diagnosis.divergences.filter { $0.level == level }.map { String($0.bead) })
        let dots = tree.descendants("circle").filter { $0.attributes["class"]?.hasPrefix("divergence") == true }
        #expect(Set(dots.map { $0.attributes["data-bead"] ?? "" }) == withDivergences)
        #expect(dots.count == withDivergences.count)
        // The segments run from the bottom left corner to the top right one, without going back.
        let lines = Self.beadLines(tree)
        let xs = lines.compactMap { Double($0.attributes["x2"] ?? "") }
        let ys = lines.compactMap { Double($0.attributes["y2"] ?? "") }
        #expect(xs == xs.sorted())
        #expect(ys == ys.sorted(by: >))
    }

    @Test("A long omission is a flat stretch, an addition a vertical one, a moved passage both at two places")
    func shapes() throws {
        let marks = [
            AlignmentMapSVG.Mark(id: "a", sourceLength: 100, targetLength: 110, confidence: 0.95, typeName: "1-1"),
            AlignmentMapSVG.Mark(id: "gap", sourceLength: 1500, targetLength: 0, confidence: 0.9, typeName: "1-0",
                                 severity: .error, divergenceNote: "untranslated: no counterpart"),
            AlignmentMapSVG.Mark(id: "b", sourceLength: 100, targetLength: 105, confidence: 0.3, typeName: "1-1"),
            AlignmentMapSVG.Mark(id: "added", sourceLength: 0, targetLength: 400, confidence: 0.8, typeName: "0-1"),
            AlignmentMapSVG.Mark(id: "c", sourceLength: 100, targetLength: 100, confidence: 0.99, typeName: "1-1", confirmed: true),
        ]
        let map = AlignmentMapSVG(title: "shapes")
        let segments = map.segments(marks)
        #expect(segments.count == marks.count)
        let gap = segments[1], added = segments[3], first = segments[0]
        #expect(gap.y1 == gap.y2)
        let plotWidth = segments.last!.x2 - segments.first!.x1
        #expect(gap.x2 - gap.x1 > 0.8 * plotWidth) // 1500 of 1800 characters
        #expect(added.x1 == added.x2)
        #expect(added.y1 - added.y2 > 0.5 * (first.y1 - segments.last!.y2)) // 400 of 715: up is decreasing y
        // Consecutive segments join.
        for (a, b) in zip(segments, segments.dropFirst()) {
            #expect(a.x2 == b.x1 && a.y2 == b.y1)
        }

        let tree = try XMLTree.parse(map.write(marks, sourceName: "s", targetName: "t"))
        let lines = Self.beadLines(tree)
        #expect(lines.map { $0.attributes["data-bead"] ?? "" } == ["a", "gap", "b", "added", "c"])
        #expect(lines[2].attributes["class"] == "bead low")
        #expect(lines[2].attributes["stroke"] == AlignmentMapSVG.confidenceColour(0))
        #expect(lines[4].attributes["class"] == "bead confirmed")
        #expect(lines[4].attributes["stroke"] == AlignmentMapSVG.confirmedColour)
        #expect(lines[0].attributes["stroke"] != lines[2].attributes["stroke"])
        let dot = try #require(tree.descendants("circle").first { $0.attributes["data-bead"] == "gap" })
        #expect(dot.attributes["class"] == "divergence sev-error")
        #expect(dot.allText.contains("untranslated"))
        #expect(tree.allText.contains("Original: s (characters)"))
        #expect(tree.allText.contains("Translation: t (characters)"))
    }

    @Test("Confidence colours run from red through amber to green")
    func colours() {
        #expect(AlignmentMapSVG.confidenceColour(0) == "#cf222e")
        #expect(AlignmentMapSVG.confidenceColour(0.5) == "#d4a72c")
        #expect(AlignmentMapSVG.confidenceColour(1) == "#1a7f37")
        #expect(AlignmentMapSVG.confidenceColour(.nan) == "#cf222e")
        #expect(AlignmentMapSVG.confidenceColour(7) == "#1a7f37")
    }

    @Test("Input cannot add markup: titles, ids, names and notes are escaped")
    func escaping() throws {
        let hostile = "<script>alert(\"x\")</script>&'"
        let marks = [AlignmentMapSVG.Mark(id: hostile, sourceLength: 5, targetLength: 5, confidence: 1, typeName: hostile,
                                          severity: .warning, divergenceNote: hostile)]
        var map = AlignmentMapSVG(title: hostile, linkPrefix: "#bead-")
        map.elementID = "m\"x"
        let svg = map.write(marks, sourceName: hostile, targetName: hostile)
        #expect(!svg.contains("<script"))
        let tree = try XMLTree.parse(svg)
        #expect(tree.descendants("script").isEmpty)
        #expect(Self.beadLines(tree).first?.attributes["data-bead"] == hostile)
        #expect(tree.descendants("a").first?.attributes["href"] == "#bead-" + hostile)
        #expect(tree.children("title").first?.allText == hostile)
    }

    @Test("An empty alignment still draws a well-formed frame")
    func empty() throws {
        let tree = try XMLTree.parse(AlignmentMapSVG(title: "none").write([], sourceName: "s", targetName: "t"))
        #expect(Self.beadLines(tree).isEmpty)
        #expect(tree.attributes["data-beads"] == "0")
    }
}
