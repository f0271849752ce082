extension AlignmentPolicy {
    /// A setting of a policy that has a rule on its values; `sverka align` names each by its flag.
    public enum Setting: String, Sendable, CaseIterable {
        /// ``AlignmentPolicy/maxBead``: 1 to 4.
        case maxBead
        /// ``AlignmentPolicy/minConfidence``: 0 to 1.
        case minConfidence
        /// ``AlignmentPolicy/minDivergenceConfidence``: 0 to 1.
        case minDivergenceConfidence
        /// ``AlignmentPolicy/threads``: at least 1.
        case threads
        /// `tuning.nullCost`: 0 or more.
        case nullCost
        /// `tuning.nullFloor`: finite.
        case nullFloor
        /// `tuning.nullPivotLength`: at least 1.
        case nullPivotLength
        /// `tuning.lengthVariance`: more than 0.
        case lengthVariance
        /// `tuning.paragraphMergeCost`: finite.
        case paragraphMergeCost
        /// `tuning.unmatchedWordShare`: 0 or more.
        case unmatchedWordShare
        /// `tuning.headingMatchBonus`: finite.
        case headingMatchBonus
        /// `tuning.headingContinuationPenalty`: finite.
        case headingContinuationPenalty
        /// `tuning.titleMixPenalty`: finite.
        case titleMixPenalty
        /// `tuning.continuationBonus`: finite.
        case continuationBonus
        /// ``AlignmentPolicy/lexicalWeight``: finite.
        case lexicalWeight
        /// ``AlignmentPolicy/trainedWeight``: finite.
        case trainedWeight
        /// `moves.margin`: finite.
        case moveMargin
        /// `moves.looseThreshold`: finite.
        case looseThreshold
        /// `anchors`: each pin names units, ascending, the pins in order without sharing units
        /// (``BeadAnchors/problem``).
        case anchors
    }

    /// A setting whose value a policy cannot be used with, and the rule it breaks.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The setting.
        public var setting: Setting
        /// The rule, as the end of a sentence naming the setting: "must be 1 to 4".
        public var requirement: String

        /// A problem of `setting`, which breaks `requirement`.
        public init(setting: Setting, requirement: String) {
            self.setting = setting
            self.requirement = requirement
        }

        /// One line for a person: the setting's name in the policy and the rule.
        public var description: String { "\(setting.rawValue) \(requirement)" }
    }

    /// Every setting whose value this policy cannot be used with, in the order of ``Setting``; empty
    /// for a usable policy (the defaults are one). The one list of rules: the command's usage
    /// errors are these, with the settings named by their flags.
    public var problems: [Problem] {
        var problems: [Problem] = []
        func check(_ setting: Setting, _ holds: Bool, _ requirement: String) {
            if !holds { problems.append(Problem(setting: setting, requirement: requirement)) }
        }
        func number(_ setting: Setting, _ value: Double, _ range: (Double) -> Bool = { _ in true }, _ requirement: String = "") {
            if !value.isFinite {
                check(setting, false, "must be a finite number")
            } else {
                check(setting, range(value), requirement)
            }
        }
        check(.maxBead, (1...4).contains(maxBead), "must be 1 to 4")
        number(.minConfidence, minConfidence, { (0...1).contains($0) }, "must be between 0 and 1")
        number(.minDivergenceConfidence, minDivergenceConfidence, { (0...1).contains($0) }, "must be between 0 and 1")
        if let threads { check(.threads, threads >= 1, "must be at least 1") }
        number(.nullCost, tuning.nullCost, { $0 >= 0 }, "must be 0 or more")
        number(.nullFloor, tuning.nullFloor)
        check(.nullPivotLength, tuning.nullPivotLength >= 1, "must be at least 1")
        number(.lengthVariance, tuning.lengthVariance, { $0 > 0 }, "must be more than 0")
        number(.paragraphMergeCost, tuning.paragraphMergeCost)
        number(.unmatchedWordShare, tuning.unmatchedWordShare, { $0 >= 0 }, "must be 0 or more")
        number(.headingMatchBonus, tuning.headingMatchBonus)
        number(.headingContinuationPenalty, tuning.headingContinuationPenalty)
        number(.titleMixPenalty, tuning.titleMixPenalty)
        number(.continuationBonus, tuning.continuationBonus)
        number(.lexicalWeight, lexicalWeight)
        number(.trainedWeight, trainedWeight)
        number(.moveMargin, moves.margin)
        number(.looseThreshold, moves.looseThreshold)
        if let problem = anchors.problem { check(.anchors, false, "are not usable: \(problem)") }
        return problems
    }
}
