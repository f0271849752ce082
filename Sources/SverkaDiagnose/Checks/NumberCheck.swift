/// `number-mismatch`: numbers whose value is on one side of a pair only (bracketed insertions
/// aside); an error when a number of three or more digits is concerned, else a warning.
struct NumberCheck: DivergenceCheck {
    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.numbers(in: bead.sourceWithoutInsertions),
                                                     target: NumberMatcher.numbers(in: bead.targetWithoutInsertions))
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("\(DivergenceDetector.list(missing)) in the original not in the translation") }
        if !extra.isEmpty { parts.append("\(DivergenceDetector.list(extra)) in the translation not in the original") }
        let serious = (missing + extra).contains { $0.count >= 3 }
        return [Finding(kind: .numberMismatch, severity: serious ? .error : .warning, reason: parts.joined(separator: "; "),
                        confidence: serious ? 0.9 : 0.7,
                        evidence: missing.map { "original: \($0)" } + extra.map { "translation: \($0)" })]
    }
}
