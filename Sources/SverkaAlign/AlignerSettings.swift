/// The tunable parts of the aligner, with defaults tuned on the Text+Berg development document
/// (never on the test documents).
public struct AlignerSettings: Sendable {
    /// Allowed bead shapes and their priors.
    public var shapes: BeadShapes
    /// Allowed bead shapes at the paragraph level, where translators merge and split more freely
    /// (up to 4-1, 1-4, 2-3 and 3-2 by default).
    public var paragraphShapes: BeadShapes
    /// Nats for a paragraph bead whose sides open with section headings of the same number
    /// (``HeadingEvidence``); 0 turns heading evidence off.
    public var headingMatchBonus = 3.0
    /// Nats against a paragraph bead holding a numbered section heading anywhere but first.
    public var headingContinuationPenalty = 3.0
    /// Nats against a paragraph bead side that mixes a title with body text.
    public var titleMixPenalty = 3.0
    /// Nats for each paragraph inside a paragraph bead side that continues the one before it
    /// mid-sentence (``ContinuationEvidence``).
    public var continuationBonus = 1.0
    /// How one-sided beads are paired as moved passages; nil to look for none.
    public var moves: MovedUnits? = MovedUnits()
    /// Extra prior cost (nats) of merging paragraphs (2-1, 1-2, …) at the paragraph level.
    public var paragraphMergeCost: Double
    /// Cost of leaving one unit unpaired (nats).
    public var nullCost: Double
    /// Share of `nullCost` that an empty unit costs (0…1); see ``BeadCost``.
    public var nullFloor: Double
    /// Length (characters) from which a unit costs the full `nullCost`.
    public var nullPivotLength: Int
    /// Variance of the length model (target characters² per source character).
    public var lengthVariance: Double
    /// Length ratio target/source; nil to estimate it from the two texts.
    public var lengthRatio: Double?
    /// Whether anchor evidence (numbers, transliterated names, markers) is used.
    public var useAnchors: Bool
    /// Share of its weight that a word anchor found on both sides of the document costs a bead
    /// holding it on one side only (0.1, tuned on the Text+Berg development document; see
    /// ``AnchorVocabulary/penaliseUnmatchedWords(sharedBySides:share:)``).
    public var unmatchedWordShare = 0.1
    /// Search limits.
    public var search: DynamicAligner
    /// Cost-to-confidence mapping.
    public var confidence: ConfidenceModel
    /// Beads every alignment must contain (none by default); the search runs between them.
    public var anchors = BeadAnchors()

    /// The defaults.
    public init(shapes: BeadShapes = BeadShapes(), paragraphShapes: BeadShapes = BeadShapes(maxSide: 4, maxTotal: 5),
                paragraphMergeCost: Double = 0, nullCost: Double = 4.5, nullFloor: Double = 0.5, nullPivotLength: Int = 40, lengthVariance: Double = 6.8,
                lengthRatio: Double? = nil, useAnchors: Bool = true, search: DynamicAligner = DynamicAligner(),
                confidence: ConfidenceModel = ConfidenceModel()) {
        self.shapes = shapes
        self.paragraphShapes = paragraphShapes
        self.paragraphMergeCost = paragraphMergeCost
        self.nullCost = nullCost
        self.nullFloor = nullFloor
        self.nullPivotLength = nullPivotLength
        self.lengthVariance = lengthVariance
        self.lengthRatio = lengthRatio
        self.useAnchors = useAnchors
        self.search = search
        self.confidence = confidence
    }
}
