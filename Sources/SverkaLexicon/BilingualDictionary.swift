/// Word pairs between two languages, as read from a dictionary file: the raw material of
/// ``StemLexicon``.
public struct BilingualDictionary: Equatable, Sendable {
    /// One translation: a word (or short phrase) of the first language and one of the second.
    public struct Entry: Equatable, Hashable, Sendable {
        /// The word in ``BilingualDictionary/firstLanguage``.
        public let first: String
        /// The word in ``BilingualDictionary/secondLanguage``.
        public let second: String

        /// Creates an entry.
        public init(first: String, second: String) {
            self.first = first
            self.second = second
        }
    }

    /// Language of the first column (an ISO 639 code), `nil` when the file does not say.
    public let firstLanguage: String?
    /// Language of the second column, `nil` when the file does not say.
    public let secondLanguage: String?
    /// The entries, in file order.
    public let entries: [Entry]
    /// Where it came from.
    public let source: String

    /// Creates a dictionary.
    public init(firstLanguage: String?, secondLanguage: String?, entries: [Entry], source: String) {
        self.firstLanguage = firstLanguage
        self.secondLanguage = secondLanguage
        self.entries = entries
        self.source = source
    }

    /// The entries oriented for a `source` → `target` pair: first column source, second target.
    /// Entries are swapped when the file's languages are the other way round; a file that names no
    /// languages is taken as given. Nil when the file's languages do not fit the pair.
    public func oriented(source: String, target: String) -> [Entry]? {
        guard let a = firstLanguage, let b = secondLanguage else { return entries }
        if a == source && b == target { return entries }
        if a == target && b == source { return entries.map { Entry(first: $0.second, second: $0.first) } }
        return nil
    }
}
