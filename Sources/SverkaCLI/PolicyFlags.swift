import ArgumentParser
import Sverka

/// The command's names for the policy's settings: a policy the options describe that cannot be
/// used is a usage error naming the flag (the rules themselves are the library's,
/// ``AlignmentPolicy/problems``).
enum PolicyFlags {
    /// The flag that sets `setting`.
    static func flag(of setting: AlignmentPolicy.Setting) -> String {
        switch setting {
        case .maxBead: "--max-bead"
        case .minConfidence: "--min-confidence"
        case .minDivergenceConfidence: "--min-divergence-confidence"
        case .threads: "--threads"
        case .nullCost: "--null-cost"
        case .nullFloor: "--null-floor"
        case .nullPivotLength: "--null-pivot"
        case .lengthVariance: "--length-variance"
        case .paragraphMergeCost: "--paragraph-merge-cost"
        case .unmatchedWordShare: "--unmatched-word-share"
        case .headingMatchBonus: "--heading-bonus"
        case .headingContinuationPenalty: "--heading-penalty"
        case .titleMixPenalty: "--title-penalty"
        case .continuationBonus: "--continuation-bonus"
        case .lexicalWeight: "--lexical-weight"
        case .trainedWeight: "--trained-weight"
        case .moveMargin: "--move-margin"
        case .looseThreshold: "--loose-threshold"
        case .anchors: "--anchors"
        }
    }

    /// Throws the first problem of `policy` as a usage error in the command's words
    /// ("--max-bead must be 1 to 4").
    static func check(_ policy: AlignmentPolicy) throws {
        guard let problem = policy.problems.first else { return }
        throw ValidationError("\(flag(of: problem.setting)) \(problem.requirement)")
    }
}
