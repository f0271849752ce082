import ArgumentParser
import Foundation
import Sverka

/// Options choosing the lexical evidence: a dictionary and the self-trained lexicon.
struct LexiconOptions: ParsableArguments {
    @Option(help: "A dictionary for the pair: TSV (source<TAB>target) or hunalign's `target @ source` lines. Default: Debian's mueller7-dict for Russian–English.")
    var dictionary: String?

    @Flag(help: "Align without a dictionary.")
    var noDictionary = false

    @Option(help: ArgumentHelp("Nats per unit of lexical z-score.", visibility: .hidden))
    var lexicalWeight = 1.2

    @Flag(help: "Do not learn a lexicon from a first alignment (self-training runs when there is no dictionary for the pair).")
    var noSelfTraining = false

    @Option(help: ArgumentHelp("Nats per unit of z-score of the self-trained lexicon.", visibility: .hidden))
    var trainedWeight = 2.5

    /// The self-training for a pair: on when no dictionary serves it, unless switched off.
    func trainer(sourceLanguage: String, targetLanguage: String) -> LexiconTrainer? {
        guard !noSelfTraining else { return nil }
        let hasDictionary = cache.lexicon(sourceLanguage: LanguageCode.primary(sourceLanguage),
                                          targetLanguage: LanguageCode.primary(targetLanguage)) != nil
        return hasDictionary ? nil : LexiconTrainer()
    }

    /// The process's dictionary cache (one per process: see ``LexiconCache``).
    var cache: LexiconCache {
        LexiconCache.shared(for: noDictionary ? .none : dictionary.map { .file($0) } ?? .system)
    }

    /// The evidence providers for a pair.
    func providers(sourceLanguage: String, targetLanguage: String) -> [EvidenceProvider & Sendable] {
        guard let lexicon = cache.lexicon(sourceLanguage: LanguageCode.primary(sourceLanguage),
                                          targetLanguage: LanguageCode.primary(targetLanguage)) else { return [] }
        return [LexiconEvidenceProvider(lexicon: lexicon, weight: lexicalWeight)]
    }

    /// The dictionary's word translations for the names check, when a dictionary serves the pair
    /// (built once per process and pair).
    func nameTranslations(sourceLanguage: String, targetLanguage: String) -> NameTranslationTable? {
        let (s, t) = (LanguageCode.primary(sourceLanguage), LanguageCode.primary(targetLanguage))
        let key = "\(noDictionary ? "none" : dictionary ?? "system") \(s)>\(t)"
        Self.tableLock.lock()
        defer { Self.tableLock.unlock() }
        if let known = Self.tables[key] { return known }
        let common = cache.commonWords(sourceLanguage: s, targetLanguage: t)
        let table = cache.wordTranslations(sourceLanguage: s, targetLanguage: t).map { NameTranslationTable($0, commonWords: common) }
        Self.tables[key] = table
        return table
    }

    private static let tableLock = NSLock()
    nonisolated(unsafe) private static var tables: [String: NameTranslationTable?] = [:]

    /// Prints, once, what could not be loaded.
    func reportWarnings() {
        for warning in cache.takeWarnings() {
            FileHandle.standardError.write(Data("sverka: warning: \(warning)\n".utf8))
        }
    }
}

extension LexiconCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var caches: [Source: LexiconCache] = [:]

    /// The one cache of this process for `source` (the CLI's entry point into caching; library
    /// users make and pass their own).
    static func shared(for source: Source) -> LexiconCache {
        lock.lock()
        defer { lock.unlock() }
        if let cache = caches[source] { return cache }
        let cache = LexiconCache(source: source)
        caches[source] = cache
        return cache
    }
}
