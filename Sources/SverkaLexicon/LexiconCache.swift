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
    public func lexicon(sourceLanguage: String, targetLanguage: String) -> StemLexicon? {
        let key = "\(sourceLanguage)>\(targetLanguage)"
        lock.lock()
        defer { lock.unlock() }
        if let cached = lexicons[key] { return cached }
        let loaded = load(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        lexicons[key] = loaded
        return loaded
    }

    /// The dictionary's word translations for `sourceLanguage` → `targetLanguage` (see
    /// ``LexiconBuilder/wordTable(_:source:target:maxTranslations:)``), loaded with the lexicon;
    /// nil when there is no dictionary for the pair.
    public func wordTranslations(sourceLanguage: String, targetLanguage: String) -> [String: [String]]? {
        _ = lexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        lock.lock()
        defer { lock.unlock() }
        return wordTables["\(sourceLanguage)>\(targetLanguage)"]
    }

    /// The source words the dictionary for `sourceLanguage` → `targetLanguage` writes in lower case
    /// only (see ``LexiconBuilder/commonWords(_:source:target:)``); empty without a dictionary.
    public func commonWords(sourceLanguage: String, targetLanguage: String) -> Set<String> {
        _ = lexicon(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        lock.lock()
        defer { lock.unlock() }
        return commonWordSets["\(sourceLanguage)>\(targetLanguage)"] ?? []
    }

    /// Keeps the word table and common words of `dictionary` for the pair (called under the lock).
    private func keepWords(_ dictionary: BilingualDictionary, sourceLanguage: String, targetLanguage: String) {
        if let table = LexiconBuilder.wordTable(dictionary, source: sourceLanguage, target: targetLanguage) {
            wordTables["\(sourceLanguage)>\(targetLanguage)"] = table
        }
        commonWordSets["\(sourceLanguage)>\(targetLanguage)"] = LexiconBuilder.commonWords(dictionary, source: sourceLanguage, target: targetLanguage)
    }

    private func load(sourceLanguage: String, targetLanguage: String) -> StemLexicon? {
        switch source {
        case .none:
            return nil
        case .file:
            do {
                let dictionary = try readFile().get()
                keepWords(dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                return LexiconBuilder.build(dictionary, source: sourceLanguage, target: targetLanguage)
            } catch {
                warnings.append("\(error); aligning without it")
                return nil
            }
        case .system:
            let pair = Set([sourceLanguage, targetLanguage].map { $0.lowercased().prefix(2) })
            guard pair == ["en", "ru"] else { return nil }
            guard FileManager.default.fileExists(atPath: muellerPath) else {
                warnings.append("the English–Russian dictionary (Debian package mueller7-dict) is not installed; aligning without it")
                return nil
            }
            do {
                let dictionary = try DictdReader().read(path: muellerPath)
                keepWords(dictionary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                return LexiconBuilder.build(dictionary, source: sourceLanguage, target: targetLanguage)
            } catch {
                warnings.append("\(muellerPath): cannot read the dictionary; aligning without it")
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
