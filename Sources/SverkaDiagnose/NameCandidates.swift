/// The comparison forms of one word (see ``NameRenderings``), made once per distinct word by
/// ``NameMatcher`` and cached.
struct NameKeys: Sendable {
    /// Folded Latin spellings (``NameRenderings/fold(_:)``), distinct: for a Russian word, every
    /// romanisation of every stem; for a Latin word, the word (and its genitive-less form in German).
    var latin: [String]
    /// The few most likely of ``latin`` (BGN and the English practice of each stem), the only ones
    /// tried by edit distance.
    var primary: [String]
    /// Cyrillic forms in ``NameRenderings/cyrillicFold(_:)`` form: a Russian word's stems, a Latin
    /// word transcribed into Russian.
    var cyrillic: [String]
    /// The form the renderings were made from, for reports (`уэлбек` for `уэлбеком`).
    var stem: String
    /// A few spellings as made, unfolded, for reports (`welbek`, `uelbek`).
    var display: [String]
}

/// The words a bead's names are looked up in (see ``NameMatcher``): each distinct comparison form
/// once, indexed by the prefixes and consonant skeletons compared, so that a lookup costs a few
/// hash probes and, only when those fail, edit distances.
///
/// Looking each name up in the plain word list cost names × words edit distances: minutes for a
/// 100 KB paragraph of German (every noun capitalised), hours for a book aligned as one paragraph.
///
/// Most names are found by hashing their forms (``latin``, ``cyrillic``, ``words``); the other
/// indexes (prefixes, skeletons, the sorted lists) are made the first time a lookup needs them,
/// so a bead whose names all hash costs only the sets. A value for one thread (not `Sendable`).
final class NameCandidates {
    /// The distinct folded Latin forms.
    let latin: Set<String>
    /// The distinct folded Cyrillic forms.
    private let cyrillic: Set<String>
    /// The words as written, lower-cased, with English singulars and possessives dropped.
    let words: Set<String>
    /// The words written in capitals (acronyms), periods dropped (`U.S.` → `US`).
    let capitals: Set<String>
    /// The folded Latin and Cyrillic forms compared by prefix, skeleton and edit distance: those
    /// of the words that may be names (capitalised or in capitals), when the index was told which.
    private let nearForms: (latin: Set<String>, cyrillic: Set<String>)?
    /// The indexes of near matches, made when first needed.
    private lazy var near = NearIndex(latin: nearForms?.latin ?? latin, cyrillic: nearForms?.cyrillic ?? cyrillic)
    /// ``words`` sorted, for prefix search, made when first needed.
    private lazy var sortedWords = words.sorted()

    /// The indexes of forms compared by prefix, skeleton and edit distance.
    private struct NearIndex {
        /// First four letters of the Latin forms of four letters or more.
        let prefixes4: Set<Substring>
        /// First three letters of the Latin forms of six letters or more, with the forms' lengths.
        let prefixes3: [Substring: [Int]]
        /// Latin forms by consonant skeleton (three consonants or more).
        let skeletons: [String: [String]]
        /// Latin forms of four letters or more: the only ones an edit distance can match.
        let fuzzy: [String]
        /// Cyrillic forms of five letters or more.
        let fuzzyCyrillic: [String]
        /// Latin forms of three or four letters by their first letter.
        let short: [Character: [String]]

        init(latin: Set<String>, cyrillic: Set<String>) {
            prefixes4 = Set(latin.filter { $0.count >= 4 }.map { $0.prefix(4) })
            var prefixes3: [Substring: [Int]] = [:]
            for form in latin where form.count >= 6 { prefixes3[form.prefix(3), default: []].append(form.count) }
            self.prefixes3 = prefixes3
            var skeletons: [String: [String]] = [:]
            for form in latin {
                let skeleton = NameRenderings.skeleton(form)
                if skeleton.count >= 3 { skeletons[skeleton, default: []].append(form) }
            }
            self.skeletons = skeletons
            fuzzy = latin.filter { $0.count >= 4 }.sorted()
            fuzzyCyrillic = cyrillic.filter { $0.count >= 5 }.sorted()
            var short: [Character: [String]] = [:]
            for form in latin where form.count == 3 || form.count == 4 { short[form.first!, default: []].append(form) }
            self.short = short
        }
    }

    /// An index of the words with `keys`, whose lower-case forms are `lowerWords` and whose
    /// acronyms are `capitals`. With `nameLike` (one flag per entry of `keys`), only the flagged
    /// words are compared by near matches (prefix, skeleton, edit distance); the others match by
    /// a form in common only: a name is not a common word spelled a little otherwise (`Эирвен` is
    /// no `given`, `Мамардашвили` no `meditative`).
    init(keys: [NameKeys], lowerWords: [String], capitals: [String], nameLike: [Bool]? = nil) {
        var latin = Set<String>()
        var cyrillic = Set<String>()
        var nearLatin = Set<String>()
        var nearCyrillic = Set<String>()
        for (k, entry) in keys.enumerated() {
            latin.formUnion(entry.latin)
            cyrillic.formUnion(entry.cyrillic)
            if let nameLike, nameLike[k] {
                nearLatin.formUnion(entry.latin)
                nearCyrillic.formUnion(entry.cyrillic)
            }
        }
        self.latin = latin
        self.cyrillic = cyrillic
        nearForms = nameLike == nil ? nil : (nearLatin, nearCyrillic)
        var words = Set<String>()
        for word in lowerWords { words.formUnion(NameRenderings.englishForms(word)) }
        self.words = words
        self.capitals = Set(capitals)
    }

    /// Whether some indexed word renders the word with `keys`: a folded form in common; a common
    /// first four letters (or three, both forms of six letters or more and of like length:
    /// romanisations part after the first syllable, `maotszedun` ~ `maozedong`); a common consonant skeleton (of four or more,
    /// or three with half the letters in common); a folded form within an edit distance of a third
    /// of the longer (five letters or more), or of one for forms of three or four letters with the
    /// same first letter; a Cyrillic form in common or within a quarter.
    ///
    /// The edit distances tried are counted down from `budget`; once it is spent, a word not found
    /// by hashing counts as found (so a bead too large to check fully reports no name as missing
    /// rather than many).
    func matches(_ keys: NameKeys, budget: inout Int) -> Bool {
        if keys.latin.contains(where: latin.contains) || keys.cyrillic.contains(where: cyrillic.contains) { return true }
        let near = self.near
        for form in keys.latin {
            let length = form.count
            if length >= 4 && near.prefixes4.contains(form.prefix(4)) { return true }
            // Three letters only between forms of like length (`maotszedun` ~ `maozedong`, not
            // `mamardashvili` ~ `mamulia`).
            if length >= 6, let lengths = near.prefixes3[form.prefix(3)],
               lengths.contains(where: { 4 * min($0, length) >= 3 * max($0, length) }) { return true }
            let skeleton = NameRenderings.skeleton(form)
            if skeleton.count >= 4 && near.skeletons[skeleton] != nil { return true }
            if skeleton.count == 3, let others = near.skeletons[skeleton] {
                for other in others {
                    let limit = max(length, other.count) / 2
                    if EditDistance.levenshtein(form, other, limit: limit) <= limit { return true }
                }
            }
        }
        for form in keys.primary where form.count >= 4 {
            if Self.fuzzyMatch(form, in: near.fuzzy, divisor: 3, minimum: 5, budget: &budget) { return true }
        }
        // Short names (`Поуп` ~ `Pope`, `Юта` ~ `Utah`): same first letter, one edit.
        for form in keys.primary where form.count == 3 || form.count == 4 {
            for other in near.short[form.first!] ?? [] where EditDistance.levenshtein(form, other, limit: 1) <= 1 { return true }
        }
        for form in keys.cyrillic where form.count >= 5 {
            if Self.fuzzyMatch(form, in: near.fuzzyCyrillic, divisor: 4, minimum: 5, budget: &budget) { return true }
        }
        return false
    }

    /// Whether some of `candidates` is within an edit distance of the longer's length / `divisor`
    /// of `form`, one of the two being `minimum` letters or more.
    static func fuzzyMatch(_ form: String, in candidates: [String], divisor: Int, minimum: Int, budget: inout Int) -> Bool {
        let length = form.count
        for candidate in candidates {
            let other = candidate.count
            guard length >= minimum || other >= minimum else { continue }
            let limit = max(length, other) / divisor
            guard limit > 0, abs(length - other) <= limit else { continue }
            if budget <= 0 { return true }
            budget -= 1
            if EditDistance.levenshtein(form, candidate, limit: limit) <= limit { return true }
        }
        return false
    }

    /// Whether some word starts with `prefix`; a `prefix` of three letters or fewer (`uk`, `us`)
    /// must be the whole word.
    func containsPrefix(_ prefix: String) -> Bool {
        prefix.count <= 3 ? words.contains(prefix) : Self.sortedContainsPrefix(sortedWords, prefix)
    }

    /// Whether every content word of `phrase` (lower case) is a word here.
    func containsPhrase(_ phrase: String) -> Bool {
        let content = NameRenderings.phraseWords(phrase)
        return !content.isEmpty && content.allSatisfy(words.contains)
    }

    /// Whether some element of the sorted `words` starts with `prefix`.
    static func sortedContainsPrefix(_ words: [String], _ prefix: String) -> Bool {
        var low = 0
        var high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < words.count && words[low].hasPrefix(prefix)
    }
}
