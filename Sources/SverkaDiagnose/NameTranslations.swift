/// Word translations from the source language into the target language, for the names a
/// translation translates rather than transliterates (`Испании` → `Spain`, `Белом доме` →
/// `White House`) and for the capitalised common words that are no names (`Министерство` →
/// `Ministry`). ``NameMatcher`` takes one optionally, typically backed by a bilingual dictionary.
///
/// The matcher asks for each word as written and for the dictionary forms it guesses by
/// stripping case endings (`испании`, `испан`, `испания`; `белом`, `бел`, `белый`), so an
/// implementation needs only look its entries up; it should answer quickly, and may be asked for
/// the same word many times (the matcher keeps a cache).
public protocol NameTranslations {
    /// The target-language translations of the source-language `word` (lower case): lower-case
    /// words or short phrases (`министерство` → `["ministry", "department"]`); empty when unknown.
    func translations(of word: String) -> [String]

    /// Whether the source-language `word` (lower case) is a common word, written in lower case
    /// only (`министерство`; not `марс`): a capitalised common word is no name. False when unknown.
    func isCommonWord(_ word: String) -> Bool
}

extension NameTranslations {
    /// No word is known to be common.
    public func isCommonWord(_ word: String) -> Bool { false }
}

/// ``NameTranslations`` from an in-memory table (lower-case source word → lower-case
/// translations), for small word lists and tests.
public struct NameTranslationTable: NameTranslations, Sendable {
    /// The entries.
    public let entries: [String: [String]]
    /// The source words known as common words (lower case).
    public let commonWords: Set<String>

    /// A table of `entries` and of the source's `commonWords`; all lower-cased.
    public init(_ entries: [String: [String]], commonWords: Set<String> = []) {
        var lowered: [String: [String]] = [:]
        for (word, translations) in entries { lowered[word.lowercased(), default: []] += translations.map { $0.lowercased() } }
        self.entries = lowered
        self.commonWords = Set(commonWords.map { $0.lowercased() })
    }

    /// A table of `entries` and `commonWords` already in lower case (as the dictionary's word table
    /// is), taken as they are: lower-casing a whole dictionary again costs more than the diagnosis
    /// of a short document.
    public init(lowercased entries: [String: [String]], commonWords: Set<String>) {
        self.entries = entries
        self.commonWords = commonWords
    }

    public func translations(of word: String) -> [String] {
        entries[word] ?? []
    }

    public func isCommonWord(_ word: String) -> Bool {
        commonWords.contains(word)
    }
}
