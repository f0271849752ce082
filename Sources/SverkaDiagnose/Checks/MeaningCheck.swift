import Foundation
import SverkaAlign

/// `meaning`: pairs whose meaning similarity — the cosine of their sides' sentence embeddings,
/// given by the caller per bead — is far below the document's own pairs (a sentence replaced by
/// another, a mistranslation, a summary). The document's pairs set the scale: the median and the
/// scaled median absolute deviation of the similarity of its confident pairs; a pair more than
/// ``spreads`` deviations below the median is reported, with its score. A `partial` divergence on
/// a pair whose similarity is low too is made surer, with the score added to its evidence.
public struct MeaningCheck: Sendable {
    /// Deviations below the document's median similarity from which a pair is reported.
    public var spreads = 4.0
    /// Least deviation (cosine): documents whose pairs all score alike are not over-read.
    public var deviationFloor = 0.02
    /// Fewest confident pairs the statistics need.
    public var minimumPairs = 8

    /// The check with its default thresholds.
    public init() {}

    /// `diagnosis` with the `meaning` divergences of `result` at `level` added (in bead order) and
    /// its `partial` ones sharpened, given each bead's similarity (`similarities[k]` for bead k,
    /// nil where it has none: null beads, furniture). `detector` makes the excerpts.
    public func apply(to diagnosis: Diagnosis, result: DocumentAlignment, level: AlignmentLevel,
                      similarities: [Double?], detector: DivergenceDetector) -> Diagnosis {
        guard let alignment = result.alignment(at: level) else { return diagnosis }
        let beads = alignment.beads
        let trusted = beads.indices.compactMap { k -> Double? in
            guard k < similarities.count, let value = similarities[k], beads[k].kind == .alignment,
                  !beads[k].isNull, beads[k].confidence >= 0.5 else { return nil }
            return value
        }
        guard trusted.count >= minimumPairs else { return diagnosis }
        let median = Self.median(trusted)
        let deviation = max(1.4826 * Self.median(trusted.map { abs($0 - median) }), deviationFloor)
        let threshold = median - spreads * deviation
        var added: [Divergence] = []
        var lowBeads: [Int: Double] = [:]
        for (k, bead) in beads.enumerated() where bead.kind == .alignment && !bead.isNull {
            guard k < similarities.count, let value = similarities[k] else { continue }
            let below = (median - value) / deviation
            if below >= spreads / 2 { lowBeads[k] = value }
            guard value < threshold else { continue }
            let confidence = min(1, 0.5 + 0.1 * (below - spreads))
            guard confidence >= detector.minDivergenceConfidence else { continue }
            added.append(Divergence(
                kind: .meaning, severity: .warning, level: level, bead: k, source: bead.source, target: bead.target,
                sourceLine: result.line(bead.source, side: .source, level: level),
                targetLine: result.line(bead.target, side: .target, level: level),
                sourceExcerpt: detector.excerpt(result.text(bead.source, side: .source, level: level)),
                targetExcerpt: detector.excerpt(result.text(bead.target, side: .target, level: level)),
                reason: "meaning similarity \(Self.format(value)) is far below the document's pairs (median \(Self.format(median)), threshold \(Self.format(threshold)))",
                confidence: confidence,
                evidence: ["similarity \(Self.format(value))", "\(Self.format(below)) deviations below the median"]))
        }
        var divergences = diagnosis.divergences.map { divergence -> Divergence in
            guard divergence.kind == .partial, divergence.level == level, let value = lowBeads[divergence.bead] else { return divergence }
            return Divergence(kind: divergence.kind, severity: divergence.severity, level: divergence.level, bead: divergence.bead,
                              source: divergence.source, target: divergence.target, sourceLine: divergence.sourceLine,
                              targetLine: divergence.targetLine, sourceExcerpt: divergence.sourceExcerpt,
                              targetExcerpt: divergence.targetExcerpt, reason: divergence.reason,
                              confidence: max(divergence.confidence, 0.9),
                              evidence: divergence.evidence + ["meaning similarity \(Self.format(value)) (document median \(Self.format(median)))"])
        }
        // Each meaning divergence goes after the last divergence of an earlier or the same bead.
        for item in added {
            let position = divergences.firstIndex { $0.level == level && $0.bead > item.bead } ?? divergences.count
            divergences.insert(item, at: position)
        }
        var thresholds = diagnosis.thresholds
        thresholds["meaning.median"] = median
        thresholds["meaning.deviation"] = deviation
        thresholds["meaning.threshold"] = threshold
        return Diagnosis(divergences: divergences, thresholds: thresholds)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
