/// Precision, recall and their harmonic mean, each a fraction in 0…1 (not a percentage).
public struct PrecisionRecallF1: Equatable, Hashable, Sendable, Codable {
    /// Correct predictions / predictions.
    public let precision: Double
    /// Correct predictions / gold items.
    public let recall: Double
    /// 2PR / (P + R); 0 when P + R = 0.
    public let f1: Double

    /// The triple for `precision` and `recall`, with F1 derived (0 when both are 0).
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// `numerator / denominator`, or 0 when the denominator is 0 (Vecalign's `value_for_div_by_0`).
    public static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}
