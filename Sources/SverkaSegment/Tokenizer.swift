import SverkaICU

/// Splits text into ``Token``s with ICU's word iterator and lower-cases them with ICU.
///
/// Not thread-safe (it owns an ICU iterator): one per thread.
public struct Tokenizer {
    /// The language whose word and case rules apply.
    public let language: String
    private let iterator: BreakIterator
    private let lowerCache = LowercaseCache()
    /// Whether ASCII `I` lower-cases to `i` (not in Turkish and Azerbaijani, where it is `ı`).
    private let asciiLowersPlainly: Bool

    /// A tokenizer for `language`.
    public init(language: String) throws {
        self.language = language
        self.iterator = try BreakIterator(kind: .word, locale: language)
        self.asciiLowersPlainly = !["tr", "az"].contains(LanguageCode.primary(language))
    }

    /// The tokens of `text`, white space dropped; empty for empty or all-space text.
    public func tokens(of text: String) -> [Token] {
        let units = [UInt16](utf16Of: text)
        return spans(of: units).map { token($0, in: units) }
    }

    /// Where the tokens of `units` (a text's UTF-16) are and what kind each is, white space
    /// dropped, without making their strings: for callers that look most tokens up by their code
    /// units and need the strings of a few.
    public func spans(of units: [UInt16]) -> [TokenSpan] {
        var result: [TokenSpan] = []
        for segment in iterator.segments(of: units) {
            if units[segment.start..<segment.end].allSatisfy(MarkupMask.isWhitespace) { continue }
            let kind: Token.Kind
            switch segment.status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default: kind = .punctuation
            }
            result.append(TokenSpan(range: segment.start..<segment.end, kind: kind))
        }
        return result
    }

    /// The token at `span` of `units`, with its text and lower-case form.
    public func token(_ span: TokenSpan, in units: [UInt16]) -> Token {
        let slice = units[span.range]
        let original = String(utf16Units: slice)
        let lower = span.kind == .word ? lowerCase(original, slice) : original
        return Token(text: original, lower: lower, kind: span.kind, range: span.range)
    }

    /// `word` lower-cased: ASCII and basic Cyrillic (U+0400–U+045F) directly, by the fixed
    /// offsets of their capitals, which no language's rules change there (but ASCII `I` in
    /// Turkish and Azerbaijani); anything else by ICU through a cache (words repeat, and a call
    /// into ICU costs more than a lookup).
    private func lowerCase(_ word: String, _ units: ArraySlice<UInt16>) -> String {
        if asciiLowersPlainly && units.allSatisfy({ $0 < 0x80 || (0x400...0x45F).contains($0) }) {
            guard units.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x400 && $0 <= 0x42F) }) else { return word }
            return String(utf16Units: units.map { unit in
                switch unit {
                case 0x41...0x5A, 0x410...0x42F: return unit + 0x20
                case 0x400...0x40F: return unit + 0x50
                default: return unit
                }
            })
        }
        if let known = lowerCache.words[word] { return known }
        let lower = (try? CaseMapper.lowercaseUTF16(Array(units), locale: language)).map { String(utf16Units: $0) } ?? word
        if lowerCache.words.count < Self.cacheLimit { lowerCache.words[word] = lower }
        return lower
    }

    /// Most distinct words kept in the lower-case cache.
    static let cacheLimit = 200_000
}

/// The lower-case forms a ``Tokenizer`` has already asked ICU for.
final class LowercaseCache {
    var words: [String: String] = [:]
}

/// A token's place (UTF-16 offsets) and kind, before its text is made.
public struct TokenSpan: Equatable, Sendable {
    /// UTF-16 offsets in the tokenized text.
    public let range: Range<Int>
    /// What kind of token it is.
    public let kind: Token.Kind

    /// Creates a span.
    public init(range: Range<Int>, kind: Token.Kind) {
        self.range = range
        self.kind = kind
    }
}
