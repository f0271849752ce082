import Sverka

/// One action's change to a ``ReviewModel``, both ways, for undo and redo: the run of beads
/// replaced at each level, and the edits, dismissals, level and bead counter before and after.
struct ReviewChange: Codable, Equatable, Sendable {
    /// A run of beads replaced: `old` at `start` became `new`.
    struct Splice: Codable, Equatable, Sendable {
        var start: Int
        var old: [StoredBead]
        var new: [StoredBead]
    }
    /// A value before and after.
    struct Values<T: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
        var old: T
        var new: T
    }

    var paragraphs: Splice?
    var sentences: Splice?
    var edits: [String: Values<String?>]
    var dismissed: [String: Values<ReviewDismissal?>]
    var level: Values<AlignmentLevel>
    var nextBeadID: Values<Int>

    /// The change from `old` to `new`.
    init(from old: ReviewModel, to new: ReviewModel) {
        paragraphs = Self.splice(old.paragraphs ?? [], new.paragraphs ?? [])
        sentences = Self.splice(old.sentences, new.sentences)
        edits = [:]
        for key in Set(old.edits.keys).union(new.edits.keys) where old.edits[key] != new.edits[key] {
            edits[key] = Values(old: old.edits[key], new: new.edits[key])
        }
        dismissed = [:]
        for key in Set(old.dismissed.keys).union(new.dismissed.keys) where old.dismissed[key] != new.dismissed[key] {
            dismissed[key] = Values(old: old.dismissed[key], new: new.dismissed[key])
        }
        level = Values(old: old.level, new: new.level)
        nextBeadID = Values(old: old.nextBeadID, new: new.nextBeadID)
    }

    /// Whether nothing changed.
    var isEmpty: Bool {
        paragraphs == nil && sentences == nil && edits.isEmpty && dismissed.isEmpty && level.old == level.new
            && nextBeadID.old == nextBeadID.new
    }

    /// `model` with the change done (`forward`) or taken back.
    func applied(to model: ReviewModel, forward: Bool) -> ReviewModel {
        var model = model
        func run(_ splice: Splice?, on beads: inout [StoredBead]) {
            guard let splice else { return }
            let (removed, inserted) = forward ? (splice.old, splice.new) : (splice.new, splice.old)
            beads.replaceSubrange(splice.start..<(splice.start + removed.count), with: inserted)
        }
        if model.paragraphs != nil { run(paragraphs, on: &model.paragraphs!) }
        run(sentences, on: &model.sentences)
        for (key, values) in edits { model.edits[key] = forward ? values.new : values.old }
        for (key, values) in dismissed { model.dismissed[key] = forward ? values.new : values.old }
        model.level = forward ? level.new : level.old
        model.nextBeadID = forward ? nextBeadID.new : nextBeadID.old
        return model
    }

    /// The shortest run replaced between two bead lists (common head and tail left out); nil when equal.
    static func splice(_ old: [StoredBead], _ new: [StoredBead]) -> Splice? {
        guard old != new else { return nil }
        var head = 0
        while head < old.count && head < new.count && old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head && tail < new.count - head && old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        return Splice(start: head, old: Array(old[head..<(old.count - tail)]), new: Array(new[head..<(new.count - tail)]))
    }
}
