/// `name-mismatch`: a name of the original with no rendering in the translation of its pair
/// (romanisations, case endings, exonyms, acronyms, the dictionary: ``NameMatcher``), reported
/// only on evidence: another unmatched name in the pair's translation, or the same name rendered
/// elsewhere in the translation.
final class NameCheck: DivergenceCheck {
    private let names: NameMatcher
    private let document: NameDocumentIndex
    private let sourceLowercase: Set<String>

    /// A check with `names` (one per thread: not thread-safe) over the translation indexed as
    /// `document`, with the words the original writes in lower case (`sourceLowercase`).
    init(names: NameMatcher, document: NameDocumentIndex, sourceLowercase: Set<String>) {
        self.names = names
        self.document = document
        self.sourceLowercase = sourceLowercase
    }

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let sourceUnits = bead.bead.source.map { bead.document.plain([$0], side: .source) }.map(BracketedInsertions.removing(from:))
        let mismatches = names.mismatches(sourceUnits: sourceUnits, target: bead.targetWithoutInsertions, document: document,
                                         sourceLowercase: sourceLowercase)
        guard !mismatches.isEmpty else { return [] }
        let listed = DivergenceDetector.list(mismatches.map(\.name))
        return [Finding(kind: .nameMismatch, severity: .warning,
                        reason: "\(listed) in the original \(mismatches.count == 1 ? "has" : "have") no match in the translation: \(mismatches.map(\.evidenceSummary).joined(separator: "; "))",
                        confidence: mismatches.map(\.confidence).max() ?? 0.5,
                        evidence: mismatches.map(\.renderingSummary))]
    }
}
