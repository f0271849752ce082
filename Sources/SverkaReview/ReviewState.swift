import Sverka

/// A snapshot of a review project for a person or a page (Codable: the HTTP API's JSON): the beads
/// at the current level with their divergences, both texts' units, what was dismissed, and where
/// undo and redo stand.
public struct ReviewState: Codable, Equatable, Sendable {
    /// Grows by one with every action (undo and redo included); an action made on an older
    /// version is refused as stale.
    public var version: Int
    /// The level shown and acted on.
    public var level: AlignmentLevel
    /// The levels the project holds (paragraph is missing after a sentence-only alignment).
    public var levels: [AlignmentLevel]
    /// The original's file name.
    public var sourceName: String
    /// The translation's file name.
    public var targetName: String
    /// The original's language.
    public var sourceLanguage: String
    /// The translation's language.
    public var targetLanguage: String
    /// The beads at ``level``, in order.
    public var beads: [ReviewBead]
    /// The original's units at ``level``.
    public var sourceUnits: [ReviewUnit]
    /// The translation's units at ``level``.
    public var targetUnits: [ReviewUnit]
    /// Divergences set aside at ``level``, with their notes.
    public var dismissed: [ReviewDismissal]
    /// Whether there is an action to undo.
    public var canUndo: Bool
    /// Whether there is an undone action to redo.
    public var canRedo: Bool
}

/// One bead as the review shows it.
public struct ReviewBead: Codable, Equatable, Sendable {
    /// Stable across actions that leave the bead alone, and across reopening.
    public var id: Int
    /// The original's unit indices (0-based at the level).
    public var source: [Int]
    /// The translation's unit indices.
    public var target: [Int]
    /// `alignment`, `furniture` or `omission`.
    public var kind: String
    /// `"2-1"`, `"1-0"`, `"furniture"`, `"omission"`.
    public var type: String
    /// The aligner's confidence in [0, 1]; nil for a bead a person made.
    public var confidence: Double?
    /// Whether a person confirmed the bead.
    public var confirmed: Bool
    /// The divergences found on the bead (dismissed ones are in ``ReviewState/dismissed``).
    public var divergences: [ReviewDivergence]
}

/// A unit (paragraph or sentence) of one text.
public struct ReviewUnit: Codable, Equatable, Sendable {
    /// Its 0-based index at the level.
    public var index: Int
    /// Its text, as edited.
    public var text: String
    /// The text before editing; nil when not edited.
    public var original: String?
    /// The 1-based line where it starts in its file.
    public var line: Int
}

/// A divergence the report found on a bead.
public struct ReviewDivergence: Codable, Equatable, Sendable {
    /// Stable: the kind and the bead's units (`"number-mismatch@paragraph:3,4:3"`).
    public var id: String
    /// The bead it is on.
    public var bead: Int
    /// `number-mismatch`, `untranslated`… (``Divergence/Kind``).
    public var kind: String
    /// `error`, `warning` or `info`.
    public var severity: String
    /// How sure the check is, in [0, 1].
    public var confidence: Double
    /// What was found, in words.
    public var message: String
}

/// A divergence set aside, with the person's note.
public struct ReviewDismissal: Codable, Equatable, Sendable {
    /// The divergence's id.
    public var id: String
    /// The note.
    public var note: String
    /// The divergence as it was when dismissed.
    public var divergence: ReviewDivergence
}
