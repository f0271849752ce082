import Foundation
import Testing
import Sverka
import SverkaReview
@testable import SverkaReviewServer
import SverkaTestSupport

/// The JSON API over the telegram: every action through `POST /api/actions` (and the undo, redo and
/// re-align shortcuts), the state, the map and the exports.
@Suite("Review API: actions", .serialized)
struct ReviewAPITests {
    /// The first alignment bead followed by another alignment bead, both with units on both sides.
    static func pairIndex(_ state: ReviewState) throws -> Int {
        try #require(state.beads.indices.dropLast().first { i in
            [state.beads[i], state.beads[i + 1]].allSatisfy { $0.kind == "alignment" && !$0.source.isEmpty && !$0.target.isEmpty }
        }, "the telegram has two neighbouring pairs")
    }

    @Test("The state: version 0, the telegram's paragraphs, beads covering every unit once, in order")
    func state() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let state = try await server.state()
        #expect(state.version == 0)
        #expect(state.level == .paragraph)
        #expect(!state.beads.isEmpty)
        #expect(state.beads.flatMap(\.source).sorted() == Array(state.sourceUnits.indices))
        #expect(state.beads.flatMap(\.target).sorted() == Array(state.targetUnits.indices))
        #expect(state.sourceUnits.contains { $0.text.contains("Товарищу") })
        #expect(!state.canUndo && !state.canRedo)
        // The token also works in the query (what the page's export links use).
        let byQuery = try await HTTPTestClient.send(port: server.port, method: "GET", path: "/api/state?token=\(server.token)")
        #expect(byQuery.status == 200)
        #expect(byQuery.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(byQuery.headers["cache-control"] == "no-store")
        await server.stop()
    }

    @Test("Merge with the next and the previous bead, then split back: the beads are as before")
    func mergeAndSplit() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let before = try await server.state()
        let i = try Self.pairIndex(before)
        let (a, b) = (before.beads[i], before.beads[i + 1])

        let merged = try await server.applied(["action": "merge", "bead": a.id, "direction": "next"])
        #expect(merged.version == before.version + 1)
        #expect(merged.beads.count == before.beads.count - 1)
        #expect(merged.beads[i].source == a.source + b.source)
        #expect(merged.beads[i].target == a.target + b.target)

        let split = try await server.applied(["action": "split", "bead": merged.beads[i].id,
                                        "source": try #require(b.source.first), "target": try #require(b.target.first)])
        #expect(split.beads.count == before.beads.count)
        #expect(split.beads.map(\.source) == before.beads.map(\.source))
        #expect(split.beads.map(\.target) == before.beads.map(\.target))

        let previous = try await server.applied(["action": "merge", "bead": split.beads[i + 1].id, "direction": "previous"])
        #expect(previous.beads.count == before.beads.count - 1)
        #expect(previous.beads[i].source == a.source + b.source)
        await server.stop()
    }

    @Test("Move a unit to the neighbour and move a boundary")
    func moveUnitAndBoundary() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let before = try await server.state()
        let i = try Self.pairIndex(before)
        let (a, b) = (before.beads[i], before.beads[i + 1])

        let moved = try await server.applied(["action": "moveUnit", "bead": a.id, "side": "target", "edge": "last"])
        #expect(moved.beads[i].target == Array(a.target.dropLast()))
        #expect(moved.beads[i + (a.target.count == 1 && moved.beads.count < before.beads.count ? 0 : 1)].target.first == a.target.last)
        #expect(moved.beads.flatMap(\.target) == before.beads.flatMap(\.target))

        let undone = try await server.applied(["action": "undo"])
        #expect(undone.beads.map(\.target) == before.beads.map(\.target))

        let boundary = try await server.applied(["action": "moveBoundary", "bead": a.id, "side": "source", "by": 1])
        #expect(boundary.beads[i].source == a.source + [try #require(b.source.first)])
        #expect(boundary.beads.flatMap(\.source) == before.beads.flatMap(\.source))
        await server.stop()
    }

    @Test("Confirm, unconfirm, edit (the original kept), dismiss and restore a divergence")
    func confirmEditDismiss() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let before = try await server.state()
        let bead = before.beads[try Self.pairIndex(before)]

        let confirmed = try await server.applied(["action": "confirm", "bead": bead.id])
        #expect(confirmed.beads.first { $0.id == bead.id }?.confirmed == true)
        let unconfirmed = try await server.applied(["action": "unconfirm", "bead": bead.id])
        #expect(unconfirmed.beads.first { $0.id == bead.id }?.confirmed == false)

        let unit = try #require(bead.source.first)
        let original = before.sourceUnits[unit].text
        let edited = try await server.applied(["action": "edit", "side": "source", "unit": unit, "text": "Исправленный <b>текст</b> & всё"])
        #expect(edited.sourceUnits[unit].text == "Исправленный <b>текст</b> & всё")
        #expect(edited.sourceUnits[unit].original == original)

        let withDivergence = try #require(before.beads.first { !$0.divergences.isEmpty }, "the telegram's report finds divergences")
        let divergence = withDivergence.divergences[0]
        let dismissed = try await server.applied(["action": "dismiss", "divergence": divergence.id, "note": "checked: right"])
        #expect(dismissed.dismissed.map(\.id) == [divergence.id])
        #expect(dismissed.dismissed.first?.note == "checked: right")
        #expect(!(dismissed.beads.first { $0.id == withDivergence.id }?.divergences.contains { $0.id == divergence.id } ?? true))
        let restored = try await server.applied(["action": "restore", "divergence": divergence.id])
        #expect(restored.dismissed.isEmpty)
        await server.stop()
    }

    @Test("Undo and redo, as actions and as /api/undo, /api/redo; re-align keeps a confirmed bead; switch level")
    func undoRedoRealignLevel() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let before = try await server.state()
        let i = try Self.pairIndex(before)
        let merged = try await server.applied(["action": "merge", "bead": before.beads[i].id, "direction": "next"])
        #expect(merged.canUndo && !merged.canRedo)

        let undo = try await server.post("/api/undo", ["expectedVersion": merged.version])
        #expect(undo.status == 200, "\(undo)")
        let undone = try JSONDecoder().decode(ReviewState.self, from: undo.body)
        #expect(undone.beads.map(\.source) == before.beads.map(\.source))
        #expect(undone.canRedo)
        let redo = try await server.post("/api/redo", ["expectedVersion": undone.version])
        #expect(redo.status == 200, "\(redo)")
        #expect(try JSONDecoder().decode(ReviewState.self, from: redo.body).beads.map(\.source) == merged.beads.map(\.source))
        let undoneAgain = try await server.applied(["action": "undo"])
        let redoneAgain = try await server.applied(["action": "redo"])
        #expect(undoneAgain.beads.count == before.beads.count)
        #expect(redoneAgain.beads.count == merged.beads.count)

        let confirmed = try await server.applied(["action": "confirm", "bead": redoneAgain.beads[i].id])
        let realign = try await server.post("/api/realign", ["expectedVersion": confirmed.version])
        #expect(realign.status == 200, "\(realign)")
        let realigned = try JSONDecoder().decode(ReviewState.self, from: realign.body)
        let kept = try #require(realigned.beads.first { $0.confirmed }, "the confirmed bead survives re-aligning")
        #expect(kept.source == merged.beads[i].source && kept.target == merged.beads[i].target)

        let sentences = try await server.applied(["action": "level", "level": "sentence"])
        #expect(sentences.level == .sentence)
        #expect(sentences.sourceUnits.count > before.sourceUnits.count)
        #expect(sentences.beads.flatMap(\.source).sorted() == Array(sentences.sourceUnits.indices))
        await server.stop()
    }

    @Test("Export: every format as a download; the TMX carries a confirmed bead and an edited text")
    func export() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let before = try await server.state()
        let bead = before.beads[try Self.pairIndex(before)]
        _ = try await server.applied(["action": "confirm", "bead": bead.id])
        let unit = try #require(bead.target.first)
        _ = try await server.applied(["action": "edit", "side": "target", "unit": unit, "text": "An edited <translation> & more"])

        let tmx = try await server.get("/api/export?format=tmx")
        #expect(tmx.status == 200, "\(tmx)")
        #expect(tmx.headers["content-disposition"]?.hasPrefix("attachment; filename=\"wilson-113642-telegram-21646.ru.paragraph.tmx\"") == true,
                "\(tmx.headers)")
        #expect(tmx.text.contains("<tmx"))
        #expect(tmx.text.contains("An edited &lt;translation&gt; &amp; more"))
        #expect(tmx.text.contains("confirmed"))
        for format in OutputFormat.allCases {
            let answer = try await server.get("/api/export?format=\(format.rawValue)")
            #expect(answer.status == 200, "\(format): \(answer)")
            #expect(!answer.body.isEmpty)
            #expect(answer.headers["content-disposition"]?.hasPrefix("attachment;") == true)
        }
        await server.stop()
    }

    @Test("The map: one mark per bead with its id, dots on beads with divergences, confirmed beads marked")
    func map() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let before = try await server.state()
        let bead = before.beads[try Self.pairIndex(before)]
        let state = try await server.applied(["action": "confirm", "bead": bead.id])
        let answer = try await server.get("/api/map.svg")
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"]?.hasPrefix("image/svg+xml") == true)
        let svg = answer.text
        let ids = svg.components(separatedBy: "<line class=\"bead").dropFirst().compactMap { part -> Int? in
            guard let range = part.range(of: "data-bead=\"") else { return nil }
            return Int(part[range.upperBound...].prefix { $0.isNumber })
        }
        #expect(ids == state.beads.map(\.id))
        #expect(svg.contains("class=\"bead confirmed\" data-bead=\"\(bead.id)\"") || svg.contains("confirmed\" data-bead=\"\(bead.id)\""))
        let dots = svg.components(separatedBy: "<circle class=\"divergence").count - 1
        #expect(dots == state.beads.filter { !$0.divergences.isEmpty }.count)
        await server.stop()
    }

    @Test("The page and its files: served without the token, with a policy forbidding inline script; the script writes text, never markup")
    func page() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let page = try await HTTPTestClient.send(port: server.port, method: "GET", path: "/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(page.headers["x-content-type-options"] == "nosniff")
        #expect(page.text.contains("<script src=\"/app.js\""))
        let script = try await HTTPTestClient.send(port: server.port, method: "GET", path: "/app.js")
        #expect(script.status == 200)
        #expect(script.text.contains("textContent"))
        #expect(!script.text.contains("innerHTML") && !script.text.contains("outerHTML") && !script.text.contains("insertAdjacentHTML"))
        #expect(!script.text.contains("eval(") && !script.text.contains("document.write"))
        let style = try await HTTPTestClient.send(port: server.port, method: "GET", path: "/app.css")
        #expect(style.status == 200 && style.headers["content-type"] == "text/css; charset=utf-8")
        await server.stop()
    }

    @Test("Untrusted text stays text: a unit holding <script> comes back as JSON text, and the map escapes it")
    func hostileText() async throws {
        let hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>"
        let source = try TestDocuments.document("Первый абзац.\n\n\(hostile) Второй абзац.\n\nТретий абзац.", language: "ru")
        let target = try TestDocuments.document("First paragraph.\n\n\(hostile) Second paragraph.\n\nThird paragraph.", language: "en")
        let server = try await RunningReviewServer.start(source: source, target: target)
        defer { Task { await server.stop() } }
        let state = try await server.state()
        #expect(state.sourceUnits.contains { $0.text.contains(hostile) })
        let map = try await server.get("/api/map.svg").text
        #expect(!map.contains("<script") && !map.contains("<img"))
        await server.stop()
    }
}
