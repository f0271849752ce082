import Foundation
import Sverka
import SverkaReview
import SverkaTestSupport

/// The projects the review tests act on: the bundled telegram, aligned once per process and copied.
enum ReviewFixtures {
    /// The telegram's two sides, segmented as `sverka align` segments them.
    static func telegram() throws -> (Document, Document) {
        let loader = DocumentLoader()
        return (try loader.load(path: TestPaths.russianTelegram, language: "ru"),
                try loader.load(path: TestPaths.englishTelegram, language: "en"))
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var template: [AlignmentPolicy.Level: String] = [:]
    nonisolated(unsafe) private static var templateFolder: TemporaryDirectory?

    /// The policy of the test projects: the defaults at `level`, without the system dictionary
    /// (loading it takes seconds in every process; the telegram aligns the same with self-training).
    static func policy(_ level: AlignmentPolicy.Level = .paragraph) -> AlignmentPolicy {
        var policy = AlignmentPolicy()
        policy.level = level
        policy.dictionary = .none
        return policy
    }

    /// A fresh project of the telegram at `path` (aligned once per level and process, then copied).
    static func telegramProject(at path: String, level: AlignmentPolicy.Level = .paragraph) throws -> ReviewProject {
        lock.lock()
        defer { lock.unlock() }
        if template[level] == nil {
            if templateFolder == nil { templateFolder = try TemporaryDirectory() }
            let file = templateFolder!.path("telegram-\(level.rawValue).sverka")
            let (ru, en) = try telegram()
            _ = try ReviewProject.create(at: file, source: ru, target: en, policy: policy(level))
            template[level] = file
        }
        try FileManager.default.copyItem(atPath: template[level]!, toPath: path)
        return try ReviewProject.open(at: path)
    }

    /// Whether every unit is in exactly one bead of `state`, the pairing beads in order.
    static func isComplete(_ state: ReviewState) -> Bool {
        let beads = state.beads.map {
            Bead(source: $0.source, target: $0.target, kind: Bead.Kind(rawValue: $0.kind) ?? .alignment)
        }
        return AlignmentInvariants.violation(beads: beads, sourceCount: state.sourceUnits.count,
                                             targetCount: state.targetUnits.count) == nil
    }

    /// The first bead of `state` that pairs units on both sides with at least `size` on one side.
    static func pairing(_ state: ReviewState, minSide size: Int = 1, after: Int = 0) -> ReviewBead? {
        state.beads.dropFirst(after).first { $0.kind == "alignment" && !$0.source.isEmpty && !$0.target.isEmpty
            && max($0.source.count, $0.target.count) >= size }
    }
}
