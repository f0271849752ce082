import Foundation
import SverkaAlign

/// `partial`: a pair whose length ratio is outside the document's band (median ± `spreads` scaled
/// MADs of the log ratios of its trusted 1-1 pairs, at least a factor e^floor): a summary, or
/// material added.
struct LengthRatioCheck: DivergenceCheck {
    /// Shortest source side (characters) judged.
    let minimumLength: Int

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let document = bead.document
        let ls = UnitFeatures.length(of: bead.source)
        let lt = UnitFeatures.length(of: bead.target)
        guard ls >= minimumLength else { return [] }
        let logRatio = log(Double(max(lt, 1)) / (Double(ls) * document.ratio))
        let band = document.lengthBand
        let percent = Int((100 * exp(logRatio - document.lengthStatistics.centre)).rounded())
        // Confidence grows with the distance outside the band (in log-ratio units).
        if logRatio < band.lowerBound {
            return [Finding(kind: .partial, severity: .warning,
                            reason: "the translation is \(percent)% of the expected length: summarised or partly left out",
                            confidence: min(1, 0.6 + (band.lowerBound - logRatio)),
                            evidence: ["\(ls) → \(lt) characters"])]
        }
        if logRatio > band.upperBound {
            return [Finding(kind: .partial, severity: .info,
                            reason: "the translation is \(percent)% of the expected length: material added?",
                            confidence: min(1, 0.6 + (logRatio - band.upperBound)),
                            evidence: ["\(ls) → \(lt) characters"])]
        }
        return []
    }
}
