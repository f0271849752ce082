/// Joins the pieces of a text broken across a page (or a line) back into one, repairing a word
/// hyphenated over the break: `помо-` + `гать` → `помогать`.
package enum HyphenationRepair {
    /// `parts` joined: directly, without the hyphen, where a part ends in a letter and a hyphen
    /// (or a soft hyphen) and the next starts with a lower-case letter; with one space otherwise.
    /// Surrounding white space of each part is dropped; no parts give "".
    package static func join(_ parts: [String]) -> String {
        var result = ""
        for raw in parts {
            let part = raw.trimmingWhitespace()
            guard !part.isEmpty else { continue }
            if result.isEmpty {
                result = part
            } else if endsInBrokenWord(result), let first = part.first, first.isLowercase {
                result.removeLast()
                result += part
            } else {
                result += " " + part
            }
        }
        return result
    }

    /// Whether the paragraph `next` reads as the continuation of `previous`, broken off mid-sentence
    /// (by a page, or a transcriber's blank line): `previous` ends without sentence-closing
    /// punctuation (in a letter, a digit, a comma or a broken word) and `next` starts in lower case.
    package static func continues(_ previous: String, with next: String) -> Bool {
        guard let last = previous.last, let first = next.first else { return false }
        guard first.isLowercase else { return false }
        if endsInBrokenWord(previous) { return true }
        return last.isLetter || last.isNumber || last == ","
    }

    /// Whether `text` ends in a letter followed by `-` or a soft hyphen (U+00AD).
    package static func endsInBrokenWord(_ text: String) -> Bool {
        guard let last = text.last, last == "-" || last == "\u{AD}" else { return false }
        let beforeLast = text.dropLast().last
        return beforeLast?.isLetter == true
    }
}

extension String {
    /// The string without leading and trailing white space.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
