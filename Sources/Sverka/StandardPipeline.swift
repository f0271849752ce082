import Foundation

extension AlignmentPipeline {
    /// Sverka's pipeline for `sourceLanguage` → `targetLanguage` (ISO 639 or BCP 47 codes) under
    /// `policy`: the aligner's settings, the archival clean-up, the dictionary evidence (Debian's
    /// mueller7-dict for Russian–English when installed, read once per process), self-training for
    /// pairs without a dictionary, and the divergence detector with the dictionary's word
    /// translations for names. `diagnoses`: whether divergences are looked for (off for outputs
    /// that do not show them, where the diagnosis is then empty).
    ///
    /// This is what `sverka align` runs: the same texts and policy give the same output.
    public static func standard(sourceLanguage: String, targetLanguage: String,
                                policy: AlignmentPolicy = AlignmentPolicy(), diagnoses: Bool = true) -> AlignmentPipeline {
        let (s, t) = (LanguageCode.primary(sourceLanguage), LanguageCode.primary(targetLanguage))
        let lexicons = LexiconCache.shared(for: policy.dictionary)
        let lexicon = lexicons.lexicon(sourceLanguage: s, targetLanguage: t, buildingWords: diagnoses)
        var detector = DivergenceDetector(minConfidence: policy.minConfidence)
        detector.minDivergenceConfidence = policy.minDivergenceConfidence
        if let threads = policy.threads { detector.threads = threads }
        detector.nameTranslations = diagnoses ? NameTranslationTables.table(for: policy.dictionary, sourceLanguage: s, targetLanguage: t) : nil
        var pipeline = AlignmentPipeline(
            strategy: policy.level == .sentence ? .sentencesOnly : .twoLevel,
            outputLevel: policy.level == .paragraph ? .paragraph : .sentence,
            settings: policy.alignerSettings,
            // Pre-segmented input is structured by its maker: no furniture hunt, no joined lines.
            cleaner: ArchivalCleaner(removesFurniture: policy.removesFurniture && !policy.presegmented,
                                     joinsBrokenParagraphs: policy.joinsBrokenParagraphs && !policy.presegmented),
            detector: detector,
            providers: lexicon.map { [LexiconEvidenceProvider(lexicon: $0, weight: policy.lexicalWeight)] } ?? [],
            trainer: policy.selfTraining && lexicon == nil ? LexiconTrainer() : nil)
        pipeline.trainedWeight = policy.trainedWeight
        pipeline.diagnoses = diagnoses
        if let settings = policy.embeddings {
            let embedder = SentenceEmbedder.shared(for: settings)
            pipeline.embeddings = EmbeddingEvidenceProvider(embedder: embedder) { embedder.addWarning($0) }
        }
        return pipeline
    }
}

/// The dictionary's word translations for the names check, one table per dictionary and pair in
/// a process (building one lower-cases a whole dictionary).
enum NameTranslationTables {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [String: NameTranslationTable?] = [:]

    /// The table for `dictionary` and the pair (primary subtags); nil without a dictionary.
    static func table(for dictionary: LexiconCache.Source, sourceLanguage: String, targetLanguage: String) -> NameTranslationTable? {
        let key = "\(dictionary) \(sourceLanguage)>\(targetLanguage)"
        lock.lock()
        defer { lock.unlock() }
        if let known = tables[key] { return known }
        let cache = LexiconCache.shared(for: dictionary)
        let common = cache.commonWords(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        let table = cache.wordTranslations(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            .map { NameTranslationTable(lowercased: $0, commonWords: common) }
        tables[key] = table
        return table
    }
}
