import SverkaAlign
import SverkaDiagnose

/// The figures that describe a run at the level written, computed once and shown alike by every
/// writer that summarises (the report, the HTML page, the JSON document): how many units each side
/// has, how many found a counterpart, how many were set aside as page furniture, the bead types,
/// the mean confidence of the pairs, and the divergences by kind and severity.
///
/// Shares are of the content units (page furniture aside), so a stamp set aside does not count as
/// untranslated text.
public struct AlignmentSummary: Equatable, Sendable {
    /// Counts for one side of the alignment.
    public struct Side: Equatable, Sendable {
        /// Paragraphs of the document.
        public let paragraphs: Int
        /// Sentences of the document.
        public let sentences: Int
        /// Units at the level written (paragraphs or sentences).
        public let units: Int
        /// Units set aside as page furniture.
        public let furniture: Int
        /// Units in a bead with the other side (a pair).
        public let paired: Int
        /// Units alone in a one-sided bead (untranslated on the source, added on the target).
        public let unpaired: Int
        /// Units in a bead of omission: a marker (`[...]`), or the text the other side's marker
        /// says was left out.
        public let omitted: Int

        /// Units that are text (not furniture).
        public var content: Int { units - furniture }
        /// The share of the content units that are paired, in [0, 1] (nil without content).
        public var pairedShare: Double? { content > 0 ? Double(paired) / Double(content) : nil }
    }

    /// The level the figures are for.
    public let level: AlignmentLevel
    /// The original's figures.
    public let source: Side
    /// The translation's figures.
    public let target: Side
    /// Beads at the level written.
    public let beads: Int
    /// Beads by type (`1-1`, `2-1`, `1-0`, `furniture`, `omission`…).
    public let beadTypes: [String: Int]
    /// The mean confidence of the pairs (beads with both sides), nil without pairs.
    public let meanPairConfidence: Double?
    /// Divergences by kind.
    public let divergencesByKind: [Divergence.Kind: Int]
    /// Divergences by severity.
    public let divergencesBySeverity: [Divergence.Severity: Int]

    /// The summary of `units` (at its level) and `diagnosis`; nil when that level was not aligned.
    public init?(_ units: AlignedUnits, diagnosis: Diagnosis) {
        guard let alignment = units.alignment else { return nil }
        let result = units.result
        func side(_ isSource: Bool) -> Side {
            func count(_ beads: [Bead]) -> Int { beads.reduce(0) { $0 + (isSource ? $1.source.count : $1.target.count) } }
            let document = isSource ? result.source : result.target
            return Side(paragraphs: document.paragraphs.count, sentences: document.sentences.count,
                        units: isSource ? alignment.sourceCount : alignment.targetCount,
                        furniture: count(alignment.beads.filter { $0.kind == .furniture }),
                        paired: count(alignment.beads.filter { $0.kind == .alignment && !$0.isNull }),
                        unpaired: count(alignment.beads.filter { $0.kind == .alignment && $0.isNull }),
                        omitted: count(alignment.beads.filter { $0.kind == .omission }))
        }
        level = units.level
        source = side(true)
        target = side(false)
        beads = alignment.beads.count
        beadTypes = alignment.typeCounts
        let pairs = alignment.beads.filter { $0.kind == .alignment && !$0.isNull }
        meanPairConfidence = pairs.isEmpty ? nil : pairs.reduce(0) { $0 + $1.confidence } / Double(pairs.count)
        divergencesByKind = diagnosis.counts
        divergencesBySeverity = diagnosis.divergences.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
    }
}
