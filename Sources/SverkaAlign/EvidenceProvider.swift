/// Builds extra ``BeadEvidence`` for a list of source and target units — the plug for
/// dictionaries and learnt lexicons. Called once per level (paragraphs, sentences).
public protocol EvidenceProvider {
    /// Evidence over these units (their scoring texts), or nil when it has nothing to offer
    /// (e.g. no dictionary for this language pair).
    func evidence(source: [String], target: [String], sourceLanguage: String, targetLanguage: String) -> BeadEvidence?

    /// The same evidence over units whose word tokens the features step has already read
    /// (`sourceWords` of the texts `source`, `targetWords` of `target`, in the words' languages):
    /// what ``DocumentAligner`` asks at sentence level, so that no sentence is tokenised twice.
    func evidence(sourceWords: UnitWords, targetWords: UnitWords, source: [String], target: [String]) -> BeadEvidence?
}

extension EvidenceProvider {
    /// Evidence from the texts: for providers that do not read words.
    public func evidence(sourceWords: UnitWords, targetWords: UnitWords, source: [String], target: [String]) -> BeadEvidence? {
        evidence(source: source, target: target, sourceLanguage: sourceWords.language, targetLanguage: targetWords.language)
    }
}
