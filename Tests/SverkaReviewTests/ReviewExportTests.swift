import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Sverka
import SverkaTestSupport
import Testing
@testable import SverkaReview

/// Exports carry the review: corrected beads, edited texts, confirmations, originals.
@Suite("ReviewProject: export")
struct ReviewExportTests {
    @Test("TMX: corrected beads, the edited text in seg, the original in a note, a prop on confirmed beads")
    func tmx() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        let start = project.state
        let a = try #require(ReviewFixtures.pairing(start, after: 4))
        let b = try #require(ReviewFixtures.pairing(start, after: 12))
        _ = try project.apply(.confirm(bead: a.id))
        _ = try project.apply(.merge(bead: b.id, direction: .next))
        let original = start.targetUnits[a.target[0]].text
        let state = try project.apply(.edit(side: .target, unit: a.target[0], text: "Edited <b>&</b> text"))
        guard case .single(let tmx) = try project.export(.tmx) else { Issue.record("TMX is one text"); return }

        let document = try XMLDocument(data: Data(tmx.utf8))
        let units = try document.nodes(forXPath: "//tu").compactMap { $0 as? XMLElement }
        func props(_ unit: XMLElement, _ type: String) -> [String] {
            unit.elements(forName: "prop").filter { $0.attribute(forName: "type")?.stringValue == type }.compactMap(\.stringValue)
        }
        // One unit per pairing bead of the corrected alignment, in order, with their units.
        let pairing = state.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty && $0.kind != "furniture" }
        #expect(units.count == pairing.count)
        #expect(units.map { props($0, "x-sverka-source-ids").first ?? "" } == pairing.map { $0.source.map(String.init).joined(separator: ",") })
        let aIndex = state.beads.firstIndex { $0.id == a.id }!
        let confirmedUnit = try #require(units.first { $0.attribute(forName: "tuid")?.stringValue == String(aIndex) })
        #expect(props(confirmedUnit, "x-sverka-confirmed") == ["yes"])
        #expect(units.filter { !props($0, "x-sverka-confirmed").isEmpty }.count == 1)
        let segs = confirmedUnit.elements(forName: "tuv").map { $0.elements(forName: "seg").first?.stringValue ?? "" }
        #expect(segs.last?.hasPrefix("Edited <b>&</b> text") == true)
        let notes = confirmedUnit.elements(forName: "note").compactMap(\.stringValue)
        #expect(notes.contains { $0.hasPrefix("original target: " + original) })
        // The merged bead is one unit.
        let merged = state.beads.first { $0.id == b.id }!
        #expect(units.contains { props($0, "x-sverka-source-ids").first == merged.source.map(String.init).joined(separator: ",") })
    }

    @Test("JSON, TSV, pairs and Moses write the corrected beads and edited texts")
    func otherFormats() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        let a = try #require(ReviewFixtures.pairing(project.state, after: 4))
        _ = try project.apply(.confirm(bead: a.id))
        let state = try project.apply(.edit(side: .source, unit: a.source[0], text: "Правка ОЦР"))
        guard case .single(let json) = try project.export(.json) else { Issue.record("JSON is one text"); return }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let alignments = try #require(root["alignments"] as? [String: Any])
        let beads = try #require((alignments["paragraph"] as? [String: Any])?["beads"] as? [[String: Any]])
        #expect(beads.count == state.beads.count)
        let index = state.beads.firstIndex { $0.id == a.id }!
        #expect(beads[index]["confirmed"] as? Bool == true)
        #expect((beads[index]["sourceOriginal"] as? String)?.isEmpty == false)
        #expect(beads.filter { $0["confirmed"] != nil }.count == 1)
        #expect(json.contains("Правка ОЦР"))

        guard case .single(let pairs) = try project.export(.pairs) else { Issue.record("pairs is one text"); return }
        #expect(pairs.split(separator: "\n").count == state.beads.count)
        guard case .single(let tsv) = try project.export(.tsv) else { Issue.record("TSV is one text"); return }
        #expect(tsv.contains("Правка ОЦР"))
        guard case .perLanguage(let moses) = try project.export(.moses) else { Issue.record("Moses is two texts"); return }
        #expect(moses[0].text.contains("Правка ОЦР"))
    }
}
