/// The tunable parts of the aligner, with defaults tuned on the Text+Berg development document
/// (never on the test documents).
public struct AlignerSettings: Sendable {
    /// Allowed bead shapes and their priors.
    public var shapes: BeadShapes
    /// Cost of leaving one unit unpaired (nats).
    public var nullCost: Double
    /// Variance of the length model (target characters² per source character).
    public var lengthVariance: Double
    /// Length ratio target/source; nil to estimate it from the two texts.
    public var lengthRatio: Double?
    /// Whether anchor evidence (numbers, transliterated names, markers) is used.
    public var useAnchors: Bool
    /// Search limits.
    public var search: DynamicAligner
    /// Cost-to-confidence mapping.
    public var confidence: ConfidenceModel

    /// The defaults.
    public init(shapes: BeadShapes = BeadShapes(), nullCost: Double = 4.5, lengthVariance: Double = 6.8,
                lengthRatio: Double? = nil, useAnchors: Bool = true, search: DynamicAligner = DynamicAligner(),
                confidence: ConfidenceModel = ConfidenceModel()) {
        self.shapes = shapes
        self.nullCost = nullCost
        self.lengthVariance = lengthVariance
        self.lengthRatio = lengthRatio
        self.useAnchors = useAnchors
        self.search = search
        self.confidence = confidence
    }
}
