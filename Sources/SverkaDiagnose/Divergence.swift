import SverkaAlign

/// One place where the translation departs from the original: what kind of departure, how serious,
/// which bead and units it concerns, where they are in the files, short excerpts of both sides, and
/// a one-line reason a person can check.
public struct Divergence: Equatable, Sendable {
    /// The kind of departure.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Source text with no counterpart (a 1-0 bead).
        case untranslated
        /// Target text with no source (a 0-1 bead): a translator's note, an inserted separator.
        case added
        /// Source text left out at its place and translated elsewhere: a 1-0 bead and a 0-1 bead
        /// that translate each other (reported at both places).
        case moved
        /// A bead whose length ratio is far outside the document's: a passage summarised, or partly left out.
        case partial
        /// Source-script text inside the target (Cyrillic left in an English paragraph), or a target identical to its source.
        case sourceLanguage = "source-language"
        /// Numbers on one side of a bead and not on the other.
        case numberMismatch = "number-mismatch"
        /// A proper name on one side of a bead with no match on the other.
        case nameMismatch = "name-mismatch"
        /// A bracketed addition in the target (`[Stalin]`, `[Air Force]`): information, not an error.
        case translatorInsertion = "translator-insertion"
        /// A target marker of omission (`[...]`, `[…]`) standing for untranslated source text.
        case omissionMarker = "omission-marker"
        /// A bead whose confidence is below the threshold.
        case lowConfidence = "low-confidence"
        /// A pair whose meaning similarity (sentence embeddings) is far below the document's own
        /// pairs: a sentence replaced by another, a mistranslation, a summary. Only with embeddings.
        case meaning
    }

    /// How much a reader should care.
    public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
        /// Worth knowing; not a fault (translator insertions, furniture).
        case info
        /// Probably a real difference; check it.
        case warning
        /// Almost certainly a real difference (long untranslated passages, wrong numbers).
        case error

        private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The kind of departure.
    public let kind: Kind
    /// How serious it is.
    public let severity: Severity
    /// The level of the bead it concerns.
    public let level: AlignmentLevel
    /// Index of the bead in the alignment at `level`.
    public let bead: Int
    /// Source unit indices concerned (document indices at `level`).
    public let source: [Int]
    /// Target unit indices concerned.
    public let target: [Int]
    /// 1-based line in the source file where the concerned source text starts (nil if none).
    public let sourceLine: Int?
    /// 1-based line in the target file where the concerned target text starts (nil if none).
    public let targetLine: Int?
    /// A short excerpt of the source side ("" if none).
    public let sourceExcerpt: String
    /// A short excerpt of the target side ("" if none).
    public let targetExcerpt: String
    /// One line a person can check, e.g. "1952 in the original is missing from the translation".
    public let reason: String
    /// How likely the divergence is real, in [0, 1].
    public let confidence: Double
    /// What the finding rests on, for a person to check (the values compared, the renderings of a
    /// name tried, the bead it was moved to); empty when the reason says it all.
    public let evidence: [String]

    /// Creates a divergence.
    public init(kind: Kind, severity: Severity, level: AlignmentLevel, bead: Int, source: [Int], target: [Int],
                sourceLine: Int?, targetLine: Int?, sourceExcerpt: String, targetExcerpt: String, reason: String,
                confidence: Double = 1, evidence: [String] = []) {
        self.confidence = min(max(confidence, 0), 1)
        self.evidence = evidence
        self.kind = kind
        self.severity = severity
        self.level = level
        self.bead = bead
        self.source = source
        self.target = target
        self.sourceLine = sourceLine
        self.targetLine = targetLine
        self.sourceExcerpt = sourceExcerpt
        self.targetExcerpt = targetExcerpt
        self.reason = reason
    }
}

/// The divergences found in one alignment, with the thresholds used to find them (estimated from
/// the document where possible, and stated in every report).
public struct Diagnosis: Equatable, Sendable {
    /// The divergences, in document order (by bead, then kind).
    public let divergences: [Divergence]
    /// Named thresholds and the values used, e.g. `"partial.lowRatio": 0.42`.
    public let thresholds: [String: Double]

    /// Creates a diagnosis.
    public init(divergences: [Divergence], thresholds: [String: Double]) {
        self.divergences = divergences
        self.thresholds = thresholds
    }

    /// Number of divergences of each kind.
    public var counts: [Divergence.Kind: Int] {
        divergences.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }

    /// The divergences concerning bead `index` at `level`.
    public func divergences(forBead index: Int, level: AlignmentLevel) -> [Divergence] {
        divergences.filter { $0.bead == index && $0.level == level }
    }
}
