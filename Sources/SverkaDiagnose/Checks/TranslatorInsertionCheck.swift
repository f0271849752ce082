/// `translator-insertion`: a bracketed addition in the translation (`[Stalin]`) that the original
/// does not have: information, not a fault.
struct TranslatorInsertionCheck: DivergenceCheck {
    func findings(at bead: BeadUnderCheck) -> [Finding] {
        // An insertion "in the original too" is one of the original's own bracketed spans: a set,
        // not a search of the source per insertion.
        let sourceBrackets = Set(BracketedInsertions.find(in: bead.source))
        return BracketedInsertions.find(in: bead.target).filter { !sourceBrackets.contains($0) }.map {
            Finding(kind: .translatorInsertion, severity: .info, reason: "the translator added \($0)", confidence: 1)
        }
    }
}
