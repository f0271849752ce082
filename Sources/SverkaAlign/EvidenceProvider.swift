/// Builds extra ``BeadEvidence`` for a list of source and target units — the plug for
/// dictionaries, learnt lexicons and sentence embeddings. Called once per level (paragraphs,
/// sentences). A provider that can fail (a server that stops answering) throws, and the
/// alignment stops with its error; one that merely has nothing to offer returns nil.
public protocol EvidenceProvider {
    /// Evidence over these units (their scoring texts), or nil when it has nothing to offer
    /// (e.g. no dictionary for this language pair).
    func evidence(source: [String], target: [String], sourceLanguage: String, targetLanguage: String) throws -> BeadEvidence?

    /// The same evidence over units whose word tokens the features step has already read
    /// (`sourceWords` of the texts `source`, `targetWords` of `target`, in the words' languages):
    /// what ``DocumentAligner`` asks at sentence level, so that no sentence is tokenised twice.
    func evidence(sourceWords: UnitWords, targetWords: UnitWords, source: [String], target: [String]) throws -> BeadEvidence?
}

extension EvidenceProvider {
    /// Evidence from the texts: for providers that do not read words.
    public func evidence(sourceWords: UnitWords, targetWords: UnitWords, source: [String], target: [String]) throws -> BeadEvidence? {
        try evidence(source: source, target: target, sourceLanguage: sourceWords.language, targetLanguage: targetWords.language)
    }
}
