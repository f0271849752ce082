import Foundation

/// `low-confidence`: a pair the aligner is unsure of (below `minConfidence`).
struct LowConfidenceCheck: DivergenceCheck {
    /// Pairs below this confidence are reported.
    let minConfidence: Double

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        guard bead.bead.confidence < minConfidence else { return [] }
        return [Finding(kind: .lowConfidence, severity: .warning,
                        reason: "confidence \(String(format: "%.2f", bead.bead.confidence)) is below \(minConfidence)",
                        confidence: 1 - bead.bead.confidence)]
    }
}
