import SverkaICU

/// Splits text into ``Token``s with ICU's word iterator and lower-cases them with ICU.
///
/// Not thread-safe (it owns an ICU iterator): one per thread.
public struct Tokenizer {
    /// The language whose word and case rules apply.
    public let language: String
    private let iterator: BreakIterator

    /// A tokenizer for `language`.
    public init(language: String) throws {
        self.language = language
        self.iterator = try BreakIterator(kind: .word, locale: language)
    }

    /// The tokens of `text`, white space dropped; empty for empty or all-space text.
    public func tokens(of text: String) -> [Token] {
        let units = Array(text.utf16)
        let view = text.utf16
        var result: [Token] = []
        // Walk the string's own index alongside ICU's offsets: slicing the String (UTF-8 inside)
        // is much cheaper than decoding each token's UTF-16 units afresh.
        var cursor = view.startIndex
        var cursorOffset = 0
        for segment in iterator.segments(of: units) {
            let slice = units[segment.start..<segment.end]
            if slice.allSatisfy(MarkupMask.isWhitespace) { continue }
            let kind: Token.Kind
            switch segment.status {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default: kind = .punctuation
            }
            let start = view.index(cursor, offsetBy: segment.start - cursorOffset)
            let end = view.index(start, offsetBy: segment.end - segment.start)
            cursor = end
            cursorOffset = segment.end
            let original: String
            if let lower = String.Index(start, within: text), let upper = String.Index(end, within: text) {
                original = String(text[lower..<upper])
            } else {
                original = String(decoding: slice, as: UTF16.self) // a boundary inside a surrogate pair
            }
            let lower: String
            if kind == .word {
                lower = original.allSatisfy({ $0.isASCII && !$0.isUppercase })
                    ? original
                    : (try? CaseMapper.lowercaseUTF16(Array(slice), locale: language)).map { String(decoding: $0, as: UTF16.self) } ?? original
            } else {
                lower = original
            }
            result.append(Token(text: original, lower: lower, kind: kind, range: segment.start..<segment.end))
        }
        return result
    }
}
