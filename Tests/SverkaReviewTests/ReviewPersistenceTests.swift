import Foundation
import Sverka
import SverkaTestSupport
import Testing
@testable import SverkaReview

/// The project file: everything back after reopening, and a process killed between actions
/// leaves the last saved state.
@Suite("ReviewProject: the project file")
struct ReviewPersistenceTests {
    @Test("reopening restores beads, confirmations, edits, dismissals, level, version, undo and redo")
    func reopen() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("p.sverka")
        var saved: [ReviewState] = []
        do {
            let project = try ReviewFixtures.telegramProject(at: path)
            let state = project.state
            let a = try #require(ReviewFixtures.pairing(state, after: 4)), b = try #require(ReviewFixtures.pairing(state, after: 12))
            saved.append(state)
            saved.append(try project.apply(.confirm(bead: a.id)))
            saved.append(try project.apply(.merge(bead: b.id, direction: .next)))
            saved.append(try project.apply(.edit(side: .source, unit: a.source[0], text: "Исправленный текст")))
            let divergence = try #require(saved.last!.beads.flatMap(\.divergences).first)
            saved.append(try project.apply(.dismiss(divergence: divergence.id, note: "seen")))
            saved.append(try project.apply(.level(.sentence)))
            saved.append(try project.apply(.undo))   // back at the paragraph level, one redo left
        }
        let reopened = try ReviewProject.open(at: path)
        #expect(reopened.state == saved.last!)
        #expect(reopened.state.canRedo && reopened.state.version == 6)
        // Undo after reopening walks back through the saved states.
        for k in stride(from: saved.count - 4, through: 0, by: -1) {
            let state = try reopened.apply(.undo)
            #expect(state.beads == saved[k].beads && state.sourceUnits == saved[k].sourceUnits && state.dismissed == saved[k].dismissed)
        }
        #expect(!reopened.state.canUndo)
        // A new action after undoing drops the redo history, in the file too.
        _ = try reopened.apply(.confirm(bead: reopened.state.beads[1].id))
        let again = try ReviewProject.open(at: path)
        #expect(again.state == reopened.state && !again.state.canRedo)
    }

    @Test("many threads acting at once: every action saved, none lost")
    func concurrent() async throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("p.sverka")
        let project = try ReviewFixtures.telegramProject(at: path)
        let ids = project.state.beads.filter { $0.kind == "alignment" }.prefix(8).map(\.id)
        await withTaskGroup(of: Void.self) { group in
            for id in ids { group.addTask { _ = try? project.apply(.confirm(bead: id)) } }
        }
        #expect(project.state.version == ids.count)
        #expect(try ReviewProject.open(at: path).state.beads.filter(\.confirmed).map(\.id).sorted() == ids.sorted())
    }

    /// The child of ``killed()``: toggles a bead's confirmation until killed, printing each version saved.
    @Test("child process for the SIGKILL test", .enabled(if: ProcessInfo.processInfo.environment["SVERKA_REVIEW_CHILD"] != nil))
    func killChild() throws {
        let path = ProcessInfo.processInfo.environment["SVERKA_REVIEW_CHILD"]!
        let project = try ReviewProject.open(at: path)
        let id = project.state.beads.first { $0.kind == "alignment" }!.id
        while true {
            let state = try project.apply(project.state.beads.first { $0.id == id }!.confirmed ? .unconfirm(bead: id) : .confirm(bead: id))
            print("saved \(state.version)")
            fflush(stdout)
        }
    }

    /// The child is this test runner run again (`/proc/self/exe`, Linux), filtered to ``killChild()``.
    @Test("a process killed with SIGKILL between actions leaves the project readable at its last saved action",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/exe"), "no /proc/self/exe to run the child from"))
    func killed() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("p.sverka")
        _ = try ReviewFixtures.telegramProject(at: path)
        let id = try ReviewProject.open(at: path).state.beads.first { $0.kind == "alignment" }!.id
        for round in 0..<2 {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            child.arguments = Array(CommandLine.arguments.dropFirst()).filter { !$0.hasPrefix("--filter") && !$0.contains("Review") }
                + ["--filter", "killChild"]
            child.environment = ProcessInfo.processInfo.environment.merging(["SVERKA_REVIEW_CHILD": path]) { $1 }
            let output = Pipe()
            child.standardOutput = output
            child.standardError = FileHandle.nullDevice
            try child.run()
            // Let it save a few actions (more each round), then kill it mid-flight.
            var seen = ""
            let handle = output.fileHandleForReading
            while seen.components(separatedBy: "saved ").count <= 5 + 10 * round {
                let data = handle.availableData
                if data.isEmpty { break }
                seen += String(decoding: data, as: UTF8.self)
            }
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            let versions = seen.split(separator: "\n").compactMap { Int($0.split(separator: " ").last ?? "") }
            try #require(!versions.isEmpty, "the child saved nothing: \(seen.prefix(300))")
            let reopened = try ReviewProject.open(at: path)
            let state = reopened.state
            // The last version printed, or the one after it if the kill came between saving and printing.
            #expect(state.version == versions.last! || state.version == versions.last! + 1)
            // Unchanged since that action: every action toggled the bead, so it is confirmed after an odd number.
            #expect(state.beads.first { $0.id == id }!.confirmed == (state.version % 2 == 1))
            #expect(ReviewFixtures.isComplete(state) && state.canUndo)
        }
        let reopened = try ReviewProject.open(at: path)
        let before = reopened.state
        let undone = try reopened.apply(.undo)
        #expect(undone.beads.first { $0.id == id }!.confirmed != before.beads.first { $0.id == id }!.confirmed)
    }
}
