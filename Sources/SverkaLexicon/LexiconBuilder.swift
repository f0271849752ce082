import SverkaSegment

/// Builds a ``StemLexicon`` from a ``BilingualDictionary`` for a language pair: every one-word
/// entry, oriented source → target, is stemmed on both sides; repeated stem pairs add weight.
public enum LexiconBuilder {
    /// The lexicon for `source` → `target` (ISO 639 codes), or nil when the dictionary is for
    /// another pair or yields no pairs.
    public static func build(_ dictionary: BilingualDictionary, source: String, target: String, maxFanOut: Int = 8) -> StemLexicon? {
        let s = LanguageCode.primary(source)
        let t = LanguageCode.primary(target)
        guard let entries = dictionary.oriented(source: s, target: t),
              let sourceStems = try? StemmedUnits(language: s),
              let targetStems = try? StemmedUnits(language: t) else { return nil }
        var pairs: [(String, String, Double)] = []
        pairs.reserveCapacity(entries.count)
        for entry in entries where !hasSpace(entry.first) && !hasSpace(entry.second) {
            pairs.append((sourceStems.stem(entry.first), targetStems.stem(entry.second), 1))
        }
        guard !pairs.isEmpty else { return nil }
        return StemLexicon(sourceLanguage: s, targetLanguage: t, stemPairs: pairs, maxFanOut: maxFanOut, origin: dictionary.source)
    }

    /// The dictionary's word translations for `source` → `target`: each lower-case source word (one
    /// word) with its lower-case translations of at most three words, at most `maxTranslations`
    /// each, in the file's order; for the names check (`Испания` → `spain`, `министерство` →
    /// `ministry`). Nil when the dictionary does not fit the pair.
    public static func wordTable(_ dictionary: BilingualDictionary, source: String, target: String,
                                 maxTranslations: Int = 12) -> [String: [String]]? {
        guard let entries = dictionary.oriented(source: LanguageCode.primary(source), target: LanguageCode.primary(target)) else { return nil }
        var table: [String: [String]] = [:]
        for entry in entries where !hasSpace(entry.first) {
            let translation = entry.second.lowercased()
            guard translation.split(separator: " ").count <= 3 else { continue }
            let word = entry.first.lowercased()
            var known = table[word, default: []]
            if known.count < maxTranslations && !known.contains(translation) { known.append(translation) }
            table[word] = known
        }
        return table.isEmpty ? nil : table
    }

    /// The source words that `dictionary` writes in lower case only (`министерство`, `может`, not
    /// `Марс`): common words, which a capital at the start of a headline or a title does not make a
    /// name. Empty when the dictionary does not fit the pair.
    public static func commonWords(_ dictionary: BilingualDictionary, source: String, target: String) -> Set<String> {
        guard let entries = dictionary.oriented(source: LanguageCode.primary(source), target: LanguageCode.primary(target)) else { return [] }
        var lower = Set<String>()
        var capitalised = Set<String>()
        for entry in entries where !hasSpace(entry.first) {
            let word = entry.first
            if word.first?.isUppercase == true { capitalised.insert(word.lowercased()) } else { lower.insert(word) }
        }
        return lower.subtracting(capitalised)
    }

    /// Whether `text` holds a space, as `text.contains(" ")` tells (a search that matches whole
    /// characters), asked only of entries with a space byte at all: the search costs more than
    /// stemming the entry.
    static func hasSpace(_ text: String) -> Bool {
        text.utf8.contains(0x20) && text.contains(" ")
    }
}
