/// Beads every alignment must contain exactly (`sverka align --anchors FILE`, the beads a person
/// confirmed in a review): the same search runs between them.
///
/// A paragraph anchor fixes a bead of the paragraph pass; a sentence anchor fixes a bead of the
/// sentence pass, and the paragraph pass of a two-level run keeps the paragraphs holding its
/// sentences in one bead. Indices are the documents' own (0-based, as the pairs output writes
/// them); each side is a run of consecutive content units (a paragraph rejoined across a page
/// names all its parts). One-sided anchors naming only page furniture hold as they are.
public struct BeadAnchors: Equatable, Hashable, Sendable {
    /// One bead that must be in the alignment.
    public struct Pin: Equatable, Hashable, Sendable, CustomStringConvertible {
        /// The original's unit indices, ascending (empty: the target units are added).
        public var source: [Int]
        /// The translation's unit indices, ascending (empty: the source units are untranslated).
        public var target: [Int]

        /// A pin of these units.
        public init(source: [Int], target: [Int]) {
            self.source = source
            self.target = target
        }

        /// As in the pairs format: `[3,4]:[3]`.
        public var description: String {
            "[" + source.map(String.init).joined(separator: ",") + "]:[" + target.map(String.init).joined(separator: ",") + "]"
        }
    }

    /// Beads of the paragraph pass.
    public var paragraphs: [Pin]
    /// Beads of the sentence pass.
    public var sentences: [Pin]

    /// Anchors at both levels (none by default).
    public init(paragraphs: [Pin] = [], sentences: [Pin] = []) {
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// Whether there is no anchor.
    public var isEmpty: Bool { paragraphs.isEmpty && sentences.isEmpty }

    /// The anchors at `level`.
    public func pins(at level: AlignmentLevel) -> [Pin] { level == .paragraph ? paragraphs : sentences }

    /// Why these anchors cannot all hold, whatever the texts (one line; nil when they may): an
    /// empty pin, indices not ascending, a unit named twice, pins pairing both sides out of order.
    /// One-sided pins are not held to an order (the pairs output writes page furniture near its
    /// place, not in order). Indices beyond the texts are found when aligning (``BeadAnchorError``).
    public var problem: String? {
        for level in AlignmentLevel.allCases {
            let pins = pins(at: level)
            var seenSource: Set<Int> = [], seenTarget: Set<Int> = []
            var lastSource = -1, lastTarget = -1
            for pin in pins {
                if pin.source.isEmpty && pin.target.isEmpty { return "\(level.rawValue) anchor []:[] names no unit" }
                for side in [pin.source, pin.target] {
                    if side.contains(where: { $0 < 0 }) { return "\(level.rawValue) anchor \(pin) names a negative index" }
                    if zip(side, side.dropFirst()).contains(where: { $0 >= $1 }) {
                        return "\(level.rawValue) anchor \(pin): indices must be ascending, each once"
                    }
                }
                if let unit = pin.source.first(where: { !seenSource.insert($0).inserted }) {
                    return "\(level.rawValue) anchor \(pin) names source unit \(unit), which an earlier anchor names too"
                }
                if let unit = pin.target.first(where: { !seenTarget.insert($0).inserted }) {
                    return "\(level.rawValue) anchor \(pin) names target unit \(unit), which an earlier anchor names too"
                }
                guard let first = pin.source.first, let firstTarget = pin.target.first else { continue }
                if first <= lastSource || firstTarget <= lastTarget {
                    return "\(level.rawValue) anchor \(pin) comes before an earlier anchor on the \(first <= lastSource ? "source" : "target") side (anchors pairing both sides must be in order)"
                }
                lastSource = pin.source.last!
                lastTarget = pin.target.last!
            }
        }
        return nil
    }
}

/// Why anchors cannot hold on these texts: found when aligning, one line for a person.
public struct BeadAnchorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public let reason: String

    /// An error saying `reason`.
    public init(_ reason: String) { self.reason = reason }

    /// "anchors: " and the reason.
    public var description: String { "anchors: \(reason)" }
}
