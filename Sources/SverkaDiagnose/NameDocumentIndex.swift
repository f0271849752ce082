/// The capitalised words of a whole translation (names, acronyms, and words that start a
/// sentence), indexed once per document by their comparison forms so that ``NameMatcher`` can ask,
/// bead by bead and in a few hash probes, whether a name missing from a pair's translation is
/// rendered elsewhere in the document.
///
/// Made by ``NameMatcher/documentIndex(of:)``; holds plain data, so it can be shared across threads
/// (the matcher that made it cannot).
public struct NameDocumentIndex: Sendable {
    struct Entry: Sendable {
        /// The word as written.
        let written: String
        /// Whether it occurs at least once capitalised away from the start of a sentence (or in
        /// capitals): a name by the target language's own spelling.
        var midSentence: Bool
        /// Its folded Latin forms.
        let latin: [String]
    }

    private(set) var entries: [Entry] = []
    private var byWritten: [String: Int] = [:]
    private var byLatin: [String: Int] = [:]
    private var byCyrillic: [String: Int] = [:]
    private var bySkeleton: [String: [Int]] = [:]
    /// Latin forms of five letters or more by their first two letters, for a bounded edit distance.
    private var buckets: [Substring: [(form: String, entry: Int)]] = [:]
    /// Words in capitals (periods dropped) by length.
    private var capitalsByLength: [Int: [(word: String, entry: Int)]] = [:]
    /// Lower-case forms (with English singulars) of the words.
    private var lower: [String: Int] = [:]
    private var sortedLower: [String] = []
    /// Words the document writes in lower case: a capitalised word also among them is a common
    /// word capitalised in a title (`Department`, `Cup`), no name.
    private var lowercaseWords: Set<String> = []

    /// The number of distinct capitalised words indexed.
    public var count: Int { entries.count }

    /// An empty index (no document context: no name is rendered elsewhere).
    public init() {}

    /// Adds the word `written` (capitalised or in capitals), with `keys`; `midSentence` when this
    /// occurrence is away from the start of a sentence.
    mutating func add(_ written: String, keys: NameKeys, midSentence: Bool) {
        if let known = byWritten[written] {
            if midSentence { entries[known].midSentence = true }
            return
        }
        let entry = entries.count
        entries.append(Entry(written: written, midSentence: midSentence, latin: keys.latin))
        byWritten[written] = entry
        for form in keys.latin {
            if byLatin[form] == nil { byLatin[form] = entry }
            let skeleton = NameRenderings.skeleton(form)
            if skeleton.count >= 3 { bySkeleton[skeleton, default: []].append(entry) }
            if form.count >= 5 { buckets[form.prefix(2), default: []].append((form, entry)) }
        }
        for form in keys.cyrillic where byCyrillic[form] == nil { byCyrillic[form] = entry }
        let letters = NameRenderings.capitals(written)
        if NameRenderings.isAcronym(letters) { capitalsByLength[letters.count, default: []].append((letters, entry)) }
        for form in NameRenderings.englishForms(written.lowercased()) where lower[form] == nil { lower[form] = entry }
    }

    /// Records a word the document writes in lower case.
    mutating func addLowercase(_ word: String) {
        lowercaseWords.insert(word)
    }

    /// Whether the document writes `word` (lower case) in lower case somewhere.
    func hasLowercase(_ word: String) -> Bool {
        lowercaseWords.contains(word)
    }

    /// Sorts what prefix search needs; called once the document is read.
    mutating func finish() {
        sortedLower = lower.keys.sorted()
    }

    private func accept(_ entry: Int, midSentenceOnly: Bool) -> String? {
        !midSentenceOnly || entries[entry].midSentence ? entries[entry].written : nil
    }

    /// A word of the document that renders the word with `keys`, by a folded form or a Cyrillic
    /// form in common; unless `strict`, also by a consonant skeleton of four or more in common, or a
    /// primary form within an edit distance of a quarter of the longer among the forms sharing its
    /// first two letters. With `midSentenceOnly`, only words that occur as names away from the start
    /// of a sentence count.
    func find(_ keys: NameKeys, strict: Bool = false, midSentenceOnly: Bool = false) -> String? {
        for form in keys.latin {
            if let entry = byLatin[form], let found = accept(entry, midSentenceOnly: midSentenceOnly) { return found }
        }
        for form in keys.cyrillic {
            if let entry = byCyrillic[form], let found = accept(entry, midSentenceOnly: midSentenceOnly) { return found }
        }
        if strict { return nil }
        for form in keys.latin {
            let skeleton = NameRenderings.skeleton(form)
            guard skeleton.count >= 4, let found = bySkeleton[skeleton] else { continue }
            for entry in found {
                // The same consonants and at most a third of the letters differing (`makinani` ~
                // `makenani`, not `bretan` ~ `britein`).
                let close = entries[entry].latin.contains { other in
                    let limit = max(form.count, other.count) / 3
                    return EditDistance.levenshtein(form, other, limit: limit) <= limit
                }
                if close, let written = accept(entry, midSentenceOnly: midSentenceOnly) { return written }
            }
        }
        for form in keys.primary where form.count >= 5 {
            for (other, entry) in buckets[form.prefix(2)] ?? [] {
                let limit = max(form.count, other.count) / 4
                guard abs(form.count - other.count) <= limit else { continue }
                if EditDistance.levenshtein(form, other, limit: limit) <= limit, let written = accept(entry, midSentenceOnly: midSentenceOnly) {
                    return written
                }
            }
        }
        return nil
    }

    /// A word in capitals that `matches`, among those of `length` letters.
    func findCapitals(length: Int, where matches: (String) -> Bool) -> String? {
        for (word, entry) in capitalsByLength[length] ?? [] where matches(word) { return entries[entry].written }
        return nil
    }

    /// A word whose lower-case form (or singular) is `word`.
    func findLower(_ word: String) -> String? {
        lower[word].map { entries[$0].written }
    }

    /// A word whose lower-case form starts with `prefix` (is `prefix`, when of three letters or fewer).
    func findLower(prefix: String) -> String? {
        if prefix.count <= 3 { return findLower(prefix) }
        var low = 0
        var high = sortedLower.count
        while low < high {
            let middle = (low + high) / 2
            if sortedLower[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        guard low < sortedLower.count, sortedLower[low].hasPrefix(prefix) else { return nil }
        return lower[sortedLower[low]].map { entries[$0].written }
    }
}
