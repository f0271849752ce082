/// A word, number or punctuation mark of a sentence, as ICU's word iterator finds it.
public struct Token: Equatable, Hashable, Sendable {
    /// What kind of token it is.
    public enum Kind: String, Sendable, Codable {
        /// Letters (any script), possibly with internal apostrophes or hyphens as ICU keeps them.
        case word
        /// Digits, possibly with internal separators (`3.00`, `1,000`).
        case number
        /// Anything else that is not white space.
        case punctuation
    }

    /// The token as written.
    public let text: String
    /// The token lower-cased with ICU for the document's language.
    public let lower: String
    /// Its kind.
    public let kind: Kind
    /// UTF-16 offsets in the text that was tokenized.
    public let range: Range<Int>

    /// Creates a token.
    public init(text: String, lower: String, kind: Kind, range: Range<Int>) {
        self.text = text
        self.lower = lower
        self.kind = kind
        self.range = range
    }
}
