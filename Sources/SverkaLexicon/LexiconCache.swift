import Foundation

/// Loads dictionaries once per process and hands out the lexicon for a language pair.
///
/// Created by the program (one per process) and passed to whoever needs lexicons: not a global.
/// Thread-safe: a batch run's workers share one cache.
public final class LexiconCache: @unchecked Sendable {
    /// Where dictionaries come from.
    public enum Source: Hashable, Sendable {
        /// Debian's `mueller7-dict` for English–Russian pairs, when installed.
        case system
        /// A TSV or hunalign file for the pair being aligned (source column first).
        case file(String)
        /// No dictionary.
        case none
    }

    /// What the cache could not load, said once (e.g. "mueller7-dict is not installed").
    public private(set) var warnings: [String] = []
    private let lock = NSLock()
    private var lexicons: [String: StemLexicon?] = [:]
    private var wordTables: [String: [String: [String]]] = [:]
    private var commonWordSets: [String: Set<String>] = [:]
    /// The pairs whose word table and common words were built (or found missing).
    private var wordsBuilt: Set<String> = []
    private var fileDictionary: Result<BilingualDictionary, Error>?
    private let source: Source
    private let muellerPath: String

    /// A cache drawing on `source`; `muellerPath` locates the system dictionary.
    public init(source: Source = .system, muellerPath: String = DictdReader.muellerPath) {
        self.source = source
        self.muellerPath = muellerPath
    }

    /// The lexicon for `sourceLanguage` → `targetLanguage`, loading it on first use; nil when there
    /// is none (a warning says why once).
    /// With `buildingWords`, the word translations and common words of the names check are built
    /// too, from the same reading of the dictionary (reading it costs more than building either).
    public func lexicon(sourceLanguage: String, targetLanguage: String, buildingWords: Bool = false) -> StemLexicon? {
        let key = "\(sourceLanguage)>\(targetLanguage)"
        lock.lock()
        defer { lock.unlock() }
        if buildingWords { buildWords(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) }
        if let cached = lexicons[key] { return cached }
        let loaded = load(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        lexicons[key] = loaded
        return loaded
    }

    /// The dictionary's word translations for `sourceLanguage` → `targetLanguage` (see
    /// ``LexiconBuilder/wordTable(_:source:target:maxTranslations:)``); nil when there is no
    /// dictionary for the pair. Built on first use (reading the dictionary again): runs that
    /// diagnose nothing never pay for it.
    public func wordTranslations(sourceLanguage: String, targetLanguage: String) -> [String: [String]]? {
        lock.lock()
        defer { lock.unlock() }
        buildWords(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        return wordTables["\(sourceLanguage)>\(targetLanguage)"]
    }

    /// The source words the dictionary for `sourceLanguage` → `targetLanguage` writes in lower case
    /// only (see ``LexiconBuilder/commonWords(_:source:target:)``); empty without a dictionary.
    /// Built on first use, with ``wordTranslations(sourceLanguage:targetLanguage:)``.
    public func commonWords(sourceLanguage: String, targetLanguage: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        buildWords(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        return commonWordSets["\(sourceLanguage)>\(targetLanguage)"] ?? []
    }

    /// Builds the word table and common words of the pair's dictionary, once (called under the
    /// lock). The lexicon is loaded first, so that a missing dictionary is reported by it, once.
    private func buildWords(sourceLanguage: String, targetLanguage: String) {
        let key = "\(sourceLanguage)>\(targetLanguage)"
        guard !wordsBuilt.contains(key) else { return }
        wordsBuilt.insert(key)
        // One reading of the dictionary serves the lexicon too when it is not loaded yet.
        let lexiconMissing = lexicons[key] == nil
        let dictionary = dictionary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, warns: lexiconMissing)
        if lexiconMissing {
            lexicons[key] = dictionary.flatMap { LexiconBuilder.build($0, source: sourceLanguage, target: targetLanguage) }
        }
        guard let dictionary else { return }
        if let table = LexiconBuilder.wordTable(dictionary, source: sourceLanguage, target: targetLanguage) {
            wordTables[key] = table
        }
        commonWordSets[key] = LexiconBuilder.commonWords(dictionary, source: sourceLanguage, target: targetLanguage)
    }

    private func load(sourceLanguage: String, targetLanguage: String) -> StemLexicon? {
        guard let dictionary = dictionary(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, warns: true) else { return nil }
        return LexiconBuilder.build(dictionary, source: sourceLanguage, target: targetLanguage)
    }

    /// The dictionary for the pair read from `source`; nil when there is none or it cannot be
    /// read (with a warning saying why when `warns`).
    private func dictionary(sourceLanguage: String, targetLanguage: String, warns: Bool) -> BilingualDictionary? {
        switch source {
        case .none:
            return nil
        case .file:
            do {
                return try readFile().get()
            } catch {
                if warns { warnings.append("\(error); aligning without it") }
                return nil
            }
        case .system:
            let pair = Set([sourceLanguage, targetLanguage].map { $0.lowercased().prefix(2) })
            guard pair == ["en", "ru"] else { return nil }
            guard FileManager.default.fileExists(atPath: muellerPath) else {
                if warns {
                    warnings.append("the English–Russian dictionary (Debian package mueller7-dict) is not installed; aligning without it")
                }
                return nil
            }
            do {
                return try DictdReader().read(path: muellerPath)
            } catch {
                if warns { warnings.append("\(muellerPath): cannot read the dictionary; aligning without it") }
                return nil
            }
        }
    }

    /// For a dictionary file (``Source/file(_:)``): reads and checks it now, once, and throws
    /// ``DictdReader/ReadError`` when it cannot be used (missing, unreadable, binary, no pairs), so
    /// that a dictionary named explicitly is an input error rather than a warning. Other sources:
    /// nothing to check.
    public func loadFile() throws {
        guard case .file = source else { return }
        lock.lock()
        let result = readFile()
        lock.unlock()
        _ = try result.get()
    }

    /// The dictionary file read and parsed, or why it cannot be; read on first use (the lock held).
    private func readFile() -> Result<BilingualDictionary, Error> {
        if let fileDictionary { return fileDictionary }
        guard case .file(let path) = source else { return .failure(DictdReader.ReadError.unreadable("no dictionary file")) }
        let result = Result<BilingualDictionary, Error> { try TabularDictionaryReader.read(path: path) }
        fileDictionary = result
        return result
    }

    /// Takes the warnings not yet taken.
    public func takeWarnings() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let taken = warnings
        warnings = []
        return taken
    }
}

extension LexiconCache {
    private static let sharedLock = NSLock()
    nonisolated(unsafe) private static var sharedCaches: [Source: LexiconCache] = [:]

    /// The one cache of this process for `source`: dictionaries are large, and every pipeline of
    /// the process (``AlignmentPipeline/standard(sourceLanguage:targetLanguage:policy:diagnoses:)``,
    /// each pair of a batch) reads each once. Make a cache of your own to control its lifetime.
    public static func shared(for source: Source) -> LexiconCache {
        sharedLock.lock()
        defer { sharedLock.unlock() }
        if let cache = sharedCaches[source] { return cache }
        let cache = LexiconCache(source: source)
        sharedCaches[source] = cache
        return cache
    }
}
