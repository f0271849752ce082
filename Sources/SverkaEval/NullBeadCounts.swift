/// Raw counts of null-bead items (see ``NullBeadMetrics``): sentence indices judged untranslated
/// (source side) or added (target side), compared between prediction and gold.
public struct NullBeadCounts: Equatable, Hashable, Sendable, Codable {
    /// Items null in both the prediction and gold.
    public var truePositives: Int
    /// Items null in the prediction only.
    public var falsePositives: Int
    /// Items null in gold only.
    public var falseNegatives: Int

    /// Counts from their three values (all zero by default).
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Null items in the prediction.
    public var predicted: Int { truePositives + falsePositives }
    /// Null items in gold.
    public var gold: Int { truePositives + falseNegatives }

    /// Field-by-field sum, for pooling several files.
    public static func + (lhs: NullBeadCounts, rhs: NullBeadCounts) -> NullBeadCounts {
        NullBeadCounts(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives
        )
    }
}
