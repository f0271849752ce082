import Foundation
import Sverka
import SverkaTestSupport
import Testing
@testable import SverkaReview

/// Every action of a review project on the telegram, what it does to the beads, and its undo.
@Suite("ReviewProject: actions")
struct ReviewProjectTests {
    @Test("a new project holds the standard pipeline's alignment, nothing confirmed, nothing to undo")
    func created() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        let state = project.state
        let (ru, en) = try ReviewFixtures.telegram()
        let output = try AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en", policy: ReviewFixtures.policy())
            .run(source: ru, target: en)
        #expect(state.beads.map(\.source) == output.result.paragraphs!.beads.map(\.source))
        #expect(state.beads.map(\.target) == output.result.paragraphs!.beads.map(\.target))
        #expect(state.version == 0 && !state.canUndo && !state.canRedo)
        #expect(state.level == .paragraph && state.levels == [.paragraph, .sentence])
        #expect(state.sourceLanguage == "ru" && state.targetLanguage == "en")
        #expect(state.sourceUnits.count == ru.paragraphs.count && state.targetUnits.count == en.paragraphs.count)
        #expect(state.beads.allSatisfy { !$0.confirmed })
        #expect(Set(state.beads.map(\.id)).count == state.beads.count)
        #expect(ReviewFixtures.isComplete(state))
    }

    @Test("merge with the next and the previous bead, undo and redo")
    func merge() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        let before = project.state
        let first = try #require(ReviewFixtures.pairing(before, after: 5))
        let k = before.beads.firstIndex { $0.id == first.id }!
        let next = before.beads[k + 1]
        let merged = try project.apply(.merge(bead: first.id, direction: .next), expectedVersion: 0)
        #expect(merged.version == 1 && merged.canUndo)
        #expect(merged.beads.count == before.beads.count - 1)
        let bead = try #require(merged.beads.first { $0.id == first.id })
        #expect(bead.source == (first.source + next.source).sorted() && bead.target == (first.target + next.target).sorted())
        #expect(bead.confidence == nil && !merged.beads.contains { $0.id == next.id })
        #expect(ReviewFixtures.isComplete(merged))

        let undone = try project.apply(.undo, expectedVersion: 1)
        #expect(undone.beads == before.beads && undone.canRedo && !undone.canUndo)
        let redone = try project.apply(.redo)
        #expect(redone.beads == merged.beads && !redone.canRedo)

        // The bead after the merged one merged back into it.
        let after = try #require(redone.beads[(k + 1)...].first { $0.kind != "furniture" })
        let back = try project.apply(.merge(bead: after.id, direction: .previous))
        #expect(back.beads.count == before.beads.count - 2)
        #expect(back.beads.first { $0.id == after.id }?.source == (bead.source + after.source).sorted())
        #expect(ReviewFixtures.isComplete(back))
    }

    @Test("split at a unit, move a first or last unit, move a boundary")
    func splitAndMove() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        // Sentence level: beads of several sentences.
        var state = try project.apply(.level(.sentence))
        #expect(state.level == .sentence && state.sourceUnits.count > state.beads.count / 2)
        let big = try #require(state.beads.first { $0.kind == "alignment" && $0.source.count >= 2 && !$0.target.isEmpty })
        state = try project.apply(.split(bead: big.id, source: big.source[1], target: big.target.last! + 1))
        let head = try #require(state.beads.first { $0.id == big.id })
        let k = state.beads.firstIndex { $0.id == big.id }!
        let tail = state.beads[k + 1]
        #expect(head.source == [big.source[0]] && head.target == big.target)
        #expect(tail.source == Array(big.source.dropFirst()) && tail.target.isEmpty && tail.id != big.id)
        #expect(ReviewFixtures.isComplete(state))

        // The tail's first source unit goes back to the head; the tail is then empty and goes.
        state = try project.apply(.moveUnit(bead: tail.id, side: .source, edge: .first))
        if tail.source.count == 1 { #expect(!state.beads.contains { $0.id == tail.id }) }
        #expect(state.beads.first { $0.id == big.id }!.source == big.source.prefix(2).map { $0 })
        #expect(ReviewFixtures.isComplete(state))

        // The boundary after a bead, one target unit later then back.
        let pair = try #require(ReviewFixtures.pairing(state, after: 10))
        let p = state.beads.firstIndex { $0.id == pair.id }!
        let following = state.beads[(p + 1)...].first { $0.kind != "furniture" && !$0.target.isEmpty }!
        guard state.beads[p + 1].id == following.id else { return }
        let moved = try project.apply(.moveBoundary(bead: pair.id, side: .target, by: 1))
        #expect(moved.beads.first { $0.id == pair.id }!.target == pair.target + [following.target[0]])
        #expect(ReviewFixtures.isComplete(moved))
        let movedBack = try project.apply(.moveBoundary(bead: pair.id, side: .target, by: -1))
        #expect(movedBack.beads.first { $0.id == pair.id }!.target == pair.target)
        // A last unit moved to the next bead.
        let last = try project.apply(.moveUnit(bead: pair.id, side: .source, edge: .last))
        #expect(last.beads.contains { $0.source.contains(pair.source.last!) && $0.id != pair.id } || pair.source.count == 1)
        #expect(ReviewFixtures.isComplete(last))
    }

    @Test("confirm, unconfirm, edit with the original kept, dismiss and restore a divergence, switch levels")
    func marks() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        let bead = try #require(ReviewFixtures.pairing(project.state, after: 3))
        var state = try project.apply(.confirm(bead: bead.id))
        #expect(state.beads.first { $0.id == bead.id }!.confirmed)
        state = try project.apply(.unconfirm(bead: bead.id))
        #expect(!state.beads.first { $0.id == bead.id }!.confirmed)

        let unit = bead.target[0]
        let original = state.targetUnits[unit].text
        state = try project.apply(.edit(side: .target, unit: unit, text: "Corrected: " + original))
        #expect(state.targetUnits[unit].text == "Corrected: " + original && state.targetUnits[unit].original == original)
        state = try project.apply(.edit(side: .target, unit: unit, text: original))
        #expect(state.targetUnits[unit].text == original && state.targetUnits[unit].original == nil)

        // The telegram's report finds divergences; one is dismissed with a note, then restored.
        let divergence = try #require(state.beads.flatMap(\.divergences).first)
        state = try project.apply(.dismiss(divergence: divergence.id, note: "checked: fine"))
        #expect(!state.beads.flatMap(\.divergences).contains { $0.id == divergence.id })
        #expect(state.dismissed.map(\.id) == [divergence.id] && state.dismissed[0].note == "checked: fine")
        state = try project.apply(.restore(divergence: divergence.id))
        #expect(state.dismissed.isEmpty && state.beads.flatMap(\.divergences).contains { $0.id == divergence.id })

        state = try project.apply(.level(.sentence))
        #expect(state.level == .sentence && ReviewFixtures.isComplete(state))
        state = try project.apply(.level(.paragraph))
        #expect(state.level == .paragraph)
    }

    @Test("re-align keeps confirmed beads and their ids, and gives the rest as the aligner does")
    func realign() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        let original = project.state
        let bead = try #require(ReviewFixtures.pairing(original, after: 8))
        _ = try project.apply(.confirm(bead: bead.id))
        // A wrong merge elsewhere, left unconfirmed: re-aligning undoes it.
        let other = try #require(ReviewFixtures.pairing(original, after: 14))
        _ = try project.apply(.merge(bead: other.id, direction: .next))
        let state = try project.apply(.realign)
        #expect(state.beads.map(\.source) == original.beads.map(\.source))
        #expect(state.beads.map(\.target) == original.beads.map(\.target))
        #expect(state.beads.first { $0.id == bead.id }?.confirmed == true)
        #expect(ReviewFixtures.isComplete(state))
        let undone = try project.apply(.undo)
        #expect(undone.beads.count == original.beads.count - 1)
    }

    @Test("re-aligning with confirmed beads that contradict each other is refused and changes nothing")
    func contradictoryConfirmations() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        // A paragraph bead confirmed; at the sentence level, a bead made across its end confirmed too.
        let paragraph = try #require(ReviewFixtures.pairing(project.state, after: 6))
        _ = try project.apply(.confirm(bead: paragraph.id))
        var state = try project.apply(.level(.sentence))
        let (ru, _) = try ReviewFixtures.telegram()
        let end = ru.paragraphs[paragraph.source.last!].sentenceRange.upperBound - 1
        let inside = try #require(state.beads.first { $0.source.contains(end) })
        state = try project.apply(.merge(bead: inside.id, direction: .next))
        _ = try project.apply(.confirm(bead: inside.id))
        let before = project.state
        #expect(throws: ReviewError.self) { try project.apply(.realign) }
        do {
            _ = try project.apply(.realign)
        } catch let error as ReviewError {
            guard case .alignmentFailed = error else { Issue.record("\(error)"); return }
            #expect(error.httpStatus == 422 && !error.description.contains("\n"))
        }
        #expect(project.state == before)
    }

    @Test("each refused action names its error and changes nothing")
    func errors() throws {
        let folder = try TemporaryDirectory()
        let project = try ReviewFixtures.telegramProject(at: folder.path("p.sverka"))
        let state = project.state
        let last = state.beads.last { $0.kind != "furniture" }!
        let first = state.beads.first { $0.kind != "furniture" }!
        func refused(_ action: ReviewAction, expectedVersion: Int? = nil, _ expected: ReviewError) {
            #expect(throws: expected) { try project.apply(action, expectedVersion: expectedVersion) }
        }
        refused(.merge(bead: 99_999, direction: .next), .unknownBead(99_999))
        refused(.confirm(bead: -1), .unknownBead(-1))
        refused(.edit(side: .source, unit: state.sourceUnits.count, text: "x"), .unknownUnit(side: "source", index: state.sourceUnits.count))
        refused(.dismiss(divergence: "nothing@paragraph:1:1", note: ""), .unknownDivergence("nothing@paragraph:1:1"))
        refused(.restore(divergence: "nothing@paragraph:1:1"), .unknownDivergence("nothing@paragraph:1:1"))
        refused(.confirm(bead: first.id), expectedVersion: 7, .staleVersion(expected: 7, current: 0))
        refused(.merge(bead: last.id, direction: .next), .invalidAction("bead \(last.id) has no next bead to merge with"))
        refused(.merge(bead: first.id, direction: .previous), .invalidAction("bead \(first.id) has no previous bead to merge with"))
        refused(.undo, .invalidAction("there is nothing to undo"))
        refused(.redo, .invalidAction("there is nothing to redo"))
        refused(.unconfirm(bead: first.id), .invalidAction("bead \(first.id) is already unconfirmed"))
        refused(.level(.paragraph), .invalidAction("the project is already at the paragraph level"))
        refused(.moveBoundary(bead: first.id, side: .source, by: 0), .invalidAction("moving a boundary by 0 units changes nothing"))
        #expect(throws: ReviewError.self) { try project.apply(.split(bead: first.id, source: first.source.first!, target: first.target.first ?? 0)) }
        #expect(throws: ReviewError.self) { try project.apply(.moveBoundary(bead: first.id, side: .source, by: 50)) }
        #expect(throws: ReviewError.self) { try project.apply(.edit(side: .target, unit: 0, text: "  ")) }
        #expect(project.state == state)
        // Every error has one line and a 4xx or 5xx status.
        for error in [ReviewError.unknownBead(1), .staleVersion(expected: 1, current: 2), .invalidAction("x"), .notAProject(path: "p", reason: "r")] {
            #expect(!error.description.contains("\n") && (400..<600).contains(error.httpStatus))
        }
    }

    @Test("files that are not projects are refused in one line; a project is never created over a file")
    func notProjects() throws {
        let folder = try TemporaryDirectory()
        let text = try folder.file("text.sverka", text: "not a database\n")
        #expect(throws: ReviewError.self) { try ReviewProject.open(at: text) }
        #expect(throws: ReviewError.notAProject(path: folder.path("missing"), reason: "no such file")) {
            try ReviewProject.open(at: folder.path("missing"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing")))
        #expect(throws: ReviewError.notAProject(path: folder.url.path, reason: "it is a folder")) { try ReviewProject.open(at: folder.url.path) }
        let (ru, en) = try ReviewFixtures.telegram()
        #expect(throws: ReviewError.self) { try ReviewProject.create(at: text, source: ru, target: en) }
        #expect(try TestPaths.utf8Text(text) == "not a database\n")
    }

    @Test("actions read and write the documented JSON")
    func actionJSON() throws {
        let cases: [(String, ReviewAction)] = [
            (#"{"action":"merge","bead":12,"direction":"next"}"#, .merge(bead: 12, direction: .next)),
            (#"{"action":"moveUnit","bead":3,"side":"source","edge":"last"}"#, .moveUnit(bead: 3, side: .source, edge: .last)),
            (#"{"action":"split","bead":12,"source":5,"target":7}"#, .split(bead: 12, source: 5, target: 7)),
            (#"{"action":"moveBoundary","bead":1,"side":"target","by":-1}"#, .moveBoundary(bead: 1, side: .target, by: -1)),
            (#"{"action":"confirm","bead":4}"#, .confirm(bead: 4)),
            (#"{"action":"edit","side":"target","unit":2,"text":"<script>x</script>"}"#, .edit(side: .target, unit: 2, text: "<script>x</script>")),
            (#"{"action":"dismiss","divergence":"a@paragraph:1:1","note":"ok"}"#, .dismiss(divergence: "a@paragraph:1:1", note: "ok")),
            (#"{"action":"undo"}"#, .undo),
            (#"{"action":"realign"}"#, .realign),
            (#"{"action":"level","level":"sentence"}"#, .level(.sentence)),
        ]
        for (json, action) in cases {
            #expect(try JSONDecoder().decode(ReviewAction.self, from: Data(json.utf8)) == action)
            #expect(try JSONDecoder().decode(ReviewAction.self, from: JSONEncoder().encode(action)) == action)
        }
        for bad in [#"{"action":"explode"}"#, #"{"action":"merge","bead":1}"#, #"{"bead":1}"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReviewAction.self, from: Data(bad.utf8)) }
        }
    }
}
