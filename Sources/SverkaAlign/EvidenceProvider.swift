/// Builds extra ``BeadEvidence`` for a list of source and target units — the plug for
/// dictionaries and learnt lexicons. Called once per level (paragraphs, sentences).
public protocol EvidenceProvider {
    /// Evidence over these units (their scoring texts), or nil when it has nothing to offer
    /// (e.g. no dictionary for this language pair).
    func evidence(source: [String], target: [String], sourceLanguage: String, targetLanguage: String) -> BeadEvidence?
}
