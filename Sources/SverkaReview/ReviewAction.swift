import Sverka

/// One thing a person does to a review project (``ReviewProject/apply(_:expectedVersion:)``).
///
/// Beads are named by their stable ``ReviewBead/id`` (not their position), units by their 0-based
/// index at the project's current level, divergences by their ``ReviewDivergence/id``. In JSON (the
/// HTTP API's request body) an action is one object whose `action` key names it:
///
/// ```json
/// {"action": "merge", "bead": 12, "direction": "next"}          // or "previous"
/// {"action": "moveUnit", "bead": 12, "side": "source", "edge": "last"}  // last unit → next bead; "first" → previous bead
/// {"action": "split", "bead": 12, "source": 5, "target": 7}     // the second bead starts at source unit 5, target unit 7
/// {"action": "moveBoundary", "bead": 12, "side": "target", "by": 1}     // the boundary after bead 12: +1 takes the next bead's first unit, -1 gives this bead's last
/// {"action": "confirm", "bead": 12}
/// {"action": "unconfirm", "bead": 12}
/// {"action": "edit", "side": "source", "unit": 40, "text": "corrected text"}
/// {"action": "dismiss", "divergence": "number-mismatch@paragraph:3:3", "note": "the date is right"}
/// {"action": "restore", "divergence": "number-mismatch@paragraph:3:3"}
/// {"action": "undo"}
/// {"action": "redo"}
/// {"action": "realign"}                                          // confirmed beads kept as hard constraints
/// {"action": "level", "level": "sentence"}                       // or "paragraph"
/// ```
///
/// In `split`, `source` and `target` are unit indices where the second bead begins; a side's
/// index may be one past the bead's last unit on that side (that side then stays whole in the
/// first bead), or its first unit (the side goes whole to the second bead). Editing with the
/// original text restores it; an edit belongs to the level it was made at (a paragraph's edit does
/// not change its sentences' texts) and is exported, but re-aligning scores the original texts.
public enum ReviewAction: Equatable, Sendable {
    /// Which neighbour.
    public enum Direction: String, Codable, Sendable { case next, previous }
    /// Which side of the pair.
    public enum Side: String, Codable, Sendable { case source, target }
    /// Which end of a bead's side.
    public enum Edge: String, Codable, Sendable { case first, last }

    /// Joins a bead with its next or previous bead (furniture beads are passed over).
    case merge(bead: Int, direction: Direction)
    /// Moves the first unit of a side to the previous bead, or its last unit to the next bead.
    case moveUnit(bead: Int, side: Side, edge: Edge)
    /// Breaks a bead in two: the second bead starts at source unit `source` and target unit `target`.
    case split(bead: Int, source: Int, target: Int)
    /// Moves the boundary between a bead and the next one on `side` by `by` units (+: later, −: earlier).
    case moveBoundary(bead: Int, side: Side, by: Int)
    /// Marks a bead as right: kept as a hard constraint when re-aligning.
    case confirm(bead: Int)
    /// Takes a confirmation back.
    case unconfirm(bead: Int)
    /// Replaces a unit's text at the current level (the original is kept; the original text undoes the edit).
    case edit(side: Side, unit: Int, text: String)
    /// Sets a divergence aside with a note.
    case dismiss(divergence: String, note: String)
    /// Brings a dismissed divergence back.
    case restore(divergence: String)
    /// Takes the last action back.
    case undo
    /// Does the last undone action again.
    case redo
    /// Aligns again, the confirmed beads of both levels kept as hard constraints.
    case realign
    /// Shows the other level (paragraph or sentence).
    case level(AlignmentLevel)

    /// The name of the action in JSON (`"merge"`, `"moveUnit"`…).
    public var name: String {
        switch self {
        case .merge: return "merge"
        case .moveUnit: return "moveUnit"
        case .split: return "split"
        case .moveBoundary: return "moveBoundary"
        case .confirm: return "confirm"
        case .unconfirm: return "unconfirm"
        case .edit: return "edit"
        case .dismiss: return "dismiss"
        case .restore: return "restore"
        case .undo: return "undo"
        case .redo: return "redo"
        case .realign: return "realign"
        case .level: return "level"
        }
    }
}

extension ReviewAction: Codable {
    private enum Key: String, CodingKey {
        case action, bead, direction, side, edge, source, target, by, unit, text, divergence, note, level
    }

    /// Reads an action from its JSON object (see the type's description); an unknown `action` or a
    /// missing field is a `DecodingError`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let name = try c.decode(String.self, forKey: .action)
        switch name {
        case "merge": self = .merge(bead: try c.decode(Int.self, forKey: .bead), direction: try c.decode(Direction.self, forKey: .direction))
        case "moveUnit":
            self = .moveUnit(bead: try c.decode(Int.self, forKey: .bead), side: try c.decode(Side.self, forKey: .side),
                             edge: try c.decode(Edge.self, forKey: .edge))
        case "split":
            self = .split(bead: try c.decode(Int.self, forKey: .bead), source: try c.decode(Int.self, forKey: .source),
                          target: try c.decode(Int.self, forKey: .target))
        case "moveBoundary":
            self = .moveBoundary(bead: try c.decode(Int.self, forKey: .bead), side: try c.decode(Side.self, forKey: .side),
                                 by: try c.decode(Int.self, forKey: .by))
        case "confirm": self = .confirm(bead: try c.decode(Int.self, forKey: .bead))
        case "unconfirm": self = .unconfirm(bead: try c.decode(Int.self, forKey: .bead))
        case "edit":
            self = .edit(side: try c.decode(Side.self, forKey: .side), unit: try c.decode(Int.self, forKey: .unit),
                         text: try c.decode(String.self, forKey: .text))
        case "dismiss":
            self = .dismiss(divergence: try c.decode(String.self, forKey: .divergence), note: try c.decodeIfPresent(String.self, forKey: .note) ?? "")
        case "restore": self = .restore(divergence: try c.decode(String.self, forKey: .divergence))
        case "undo": self = .undo
        case "redo": self = .redo
        case "realign": self = .realign
        case "level": self = .level(try c.decode(AlignmentLevel.self, forKey: .level))
        default:
            throw DecodingError.dataCorruptedError(forKey: .action, in: c, debugDescription: "unknown action \"\(name)\"")
        }
    }

    /// Writes the action as its JSON object.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(name, forKey: .action)
        switch self {
        case let .merge(bead, direction):
            try c.encode(bead, forKey: .bead); try c.encode(direction, forKey: .direction)
        case let .moveUnit(bead, side, edge):
            try c.encode(bead, forKey: .bead); try c.encode(side, forKey: .side); try c.encode(edge, forKey: .edge)
        case let .split(bead, source, target):
            try c.encode(bead, forKey: .bead); try c.encode(source, forKey: .source); try c.encode(target, forKey: .target)
        case let .moveBoundary(bead, side, by):
            try c.encode(bead, forKey: .bead); try c.encode(side, forKey: .side); try c.encode(by, forKey: .by)
        case let .confirm(bead), let .unconfirm(bead):
            try c.encode(bead, forKey: .bead)
        case let .edit(side, unit, text):
            try c.encode(side, forKey: .side); try c.encode(unit, forKey: .unit); try c.encode(text, forKey: .text)
        case let .dismiss(divergence, note):
            try c.encode(divergence, forKey: .divergence); try c.encode(note, forKey: .note)
        case let .restore(divergence):
            try c.encode(divergence, forKey: .divergence)
        case .undo, .redo, .realign: break
        case let .level(level):
            try c.encode(level, forKey: .level)
        }
    }
}
