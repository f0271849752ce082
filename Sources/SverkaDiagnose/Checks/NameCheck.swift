/// `name-mismatch`: a name of the original with no rendering in the translation of its pair.
final class NameCheck: DivergenceCheck {
    private let names: NameMatcher

    /// A check with `names` (one per diagnosis: not thread-safe).
    init(names: NameMatcher) {
        self.names = names
    }

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let document = bead.document
        let sourceUnits = bead.bead.source.map { document.plain([$0], side: .source) }.map(BracketedInsertions.removing(from:))
        let unmatched = names.unmatchedNames(sourceUnits: sourceUnits, target: bead.targetWithoutInsertions)
        guard !unmatched.isEmpty else { return [] }
        return [Finding(kind: .nameMismatch, severity: .warning,
                        reason: "\(DivergenceDetector.list(unmatched.map(\.text))) in the original \(unmatched.count == 1 ? "has" : "have") no match in the translation",
                        confidence: 0.6, evidence: unmatched.map { "\($0.text) → \($0.ascii.joined(separator: " "))" })]
    }
}
