/// The translator's bracketed insertions in a text: `[Stalin]`, `[Air Force]`, `[territory]`.
/// Markers of omission (`[...]`) are not insertions.
package enum BracketedInsertions {
    /// Each `[…]` span holding at least one letter, brackets included, in order.
    package static func find(in text: String) -> [String] {
        spans(in: text).map { String(text[$0]) }
    }

    /// `text` with its insertions removed, each replaced by a space (for comparing numbers and
    /// names with the original). One pass, so that a text of many insertions stays linear.
    package static func removing(from text: String) -> String {
        var out = ""
        var copied = text.startIndex
        for span in spans(in: text) {
            out += text[copied..<span.lowerBound]
            out += " "
            copied = span.upperBound
        }
        return copied == text.startIndex ? text : out + text[copied...]
    }

    /// The ranges of the insertions in `text`, in order: a `[`, at most 199 characters (Unicode
    /// scalars) other than brackets, at least one of them a letter, and a `]`. Read scalar by
    /// scalar (no grapheme breaking), and not at all for a text with no `[`: every check of every
    /// bead asks.
    static func spans(in text: String) -> [Range<String.Index>] {
        guard text.utf8.contains(UInt8(ascii: "[")) else { return [] }
        var result: [Range<String.Index>] = []
        var open: String.Index?
        var length = 0
        var hasLetter = false
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "[" {
                open = index
                length = 1
                hasLetter = false
            } else if scalar == "]", let start = open {
                if hasLetter { result.append(start..<next) }
                open = nil
            } else if open != nil {
                length += 1
                hasLetter = hasLetter || scalar.properties.isAlphabetic
                if length > 200 { open = nil } // an unclosed bracket: not an insertion
            }
            index = next
        }
        return result
    }
}
