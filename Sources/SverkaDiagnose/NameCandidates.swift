/// The target words a bead's names are looked up in (lower-case ASCII, see ``NameMatcher``), each
/// distinct word once and indexed by the prefixes ``NameMatcher/matches(_:_:)`` compares, so that a
/// lookup costs a few hash probes and, only when those fail, edit distances.
///
/// Looking each name up in the plain word list cost names × words edit distances: minutes for a
/// 100 KB paragraph of German (every noun capitalised), hours for a book aligned as one paragraph.
struct NameCandidates {
    /// The distinct candidates.
    let words: Set<String>
    /// First four letters of the candidates of four letters or more.
    private let prefixes4: Set<Substring>
    /// First three letters of the candidates of six letters or more.
    private let prefixes3: Set<Substring>
    /// Candidates of four letters or more: the only ones an edit distance can match.
    private let fuzzy: [String]

    /// The index of `candidates`.
    init(_ candidates: [String]) {
        words = Set(candidates)
        prefixes4 = Set(words.filter { $0.count >= 4 }.map { $0.prefix(4) })
        prefixes3 = Set(words.filter { $0.count >= 6 }.map { $0.prefix(3) })
        fuzzy = words.filter { $0.count >= 4 }.sorted()
    }

    /// Whether some candidate `c` has `NameMatcher.matches(word, c)`. The edit distances tried are
    /// counted down from `budget`; once it is spent, a word not found by its prefixes counts as
    /// found (so a bead too large to check fully reports no name as missing rather than many).
    func matches(_ word: String, budget: inout Int) -> Bool {
        if words.contains(word) { return true }
        let length = word.count
        guard length >= 4 else { return false }
        if prefixes4.contains(word.prefix(4)) { return true }
        if length >= 6 && prefixes3.contains(word.prefix(3)) { return true }
        for candidate in fuzzy {
            let other = candidate.count
            guard length >= 5 || other >= 5 else { continue }
            let limit = max(length, other) / 3
            guard abs(length - other) <= limit else { continue }
            if budget <= 0 { return true }
            budget -= 1
            if EditDistance.levenshtein(word, candidate, limit: limit) <= limit { return true }
        }
        return false
    }

    /// Whether some candidate starts with `prefix`.
    func containsPrefix(_ prefix: String) -> Bool {
        words.contains { $0.hasPrefix(prefix) }
    }
}
