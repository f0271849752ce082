import Sverka

/// Fuzz target (c): two texts → segmentation → ``AlignmentPipeline``. The run must not throw, both
/// levels must keep the ``AlignmentInvariants`` over all the documents' units, confidences must lie
/// in [0, 1], and every divergence must name a bead and units that exist.
///
/// Input layout: see ``AlignmentRecipe``.
public enum AlignmentCheck {
    /// Runs the check on one fuzzer input.
    public static func run(_ data: [UInt8]) {
        let recipe = AlignmentRecipe(data)
        let output = recipe.run()
        FuzzFailure.check("align", problem(in: output))
    }

    /// The first broken promise of a pipeline output, or nil.
    public static func problem(in output: AlignmentPipeline.Output) -> String? {
        let result = output.result
        for level in AlignmentLevel.allCases {
            guard let alignment = result.alignment(at: level) else {
                if level == .sentence { return "no sentence alignment" }
                continue
            }
            let (sources, targets) = level == .paragraph
                ? (result.source.paragraphs.count, result.target.paragraphs.count)
                : (result.source.sentences.count, result.target.sentences.count)
            if alignment.sourceCount != sources || alignment.targetCount != targets {
                return "\(level) alignment counts \(alignment.sourceCount)×\(alignment.targetCount), documents have \(sources)×\(targets)"
            }
            if let violation = AlignmentInvariants.violation(in: alignment) { return "\(level): \(violation)" }
            if let bead = alignment.beads.firstIndex(where: { !($0.confidence >= 0 && $0.confidence <= 1) }) {
                return "\(level) bead \(bead) has confidence \(alignment.beads[bead].confidence)"
            }
            if let bead = alignment.beads.firstIndex(where: { $0.cost.isNaN }) {
                return "\(level) bead \(bead) has a NaN cost"
            }
        }
        if !(result.lengthRatio.isFinite && result.lengthRatio > 0) { return "length ratio \(result.lengthRatio)" }
        for (k, divergence) in output.diagnosis.divergences.enumerated() {
            guard let alignment = result.alignment(at: divergence.level) else { return "divergence \(k) at a level not aligned" }
            guard alignment.beads.indices.contains(divergence.bead) else {
                return "divergence \(k) names bead \(divergence.bead) of \(alignment.beads.count)"
            }
            if divergence.source.contains(where: { $0 < 0 || $0 >= alignment.sourceCount })
                || divergence.target.contains(where: { $0 < 0 || $0 >= alignment.targetCount }) {
                return "divergence \(k) names units out of range"
            }
            if divergence.reason.isEmpty { return "divergence \(k) has no reason" }
        }
        return nil
    }
}
