import SverkaSegment

/// The shape of a short paragraph with its particulars removed, for spotting page apparatus that
/// repeats from page to page: lower-cased letters, every run of digits as `#`, markup,
/// punctuation and spacing dropped. `Продолжение шифртелеграммы № 21646` and
/// `Продолжение шифртелеграммы № \_\_\_\_\_` share the skeleton `продолжение шифртелеграммы`;
/// `Лист „ 2 “` and `Лист 4` share `лист #`; `- 3 -` and `- 12 -` share `#`.
package enum ParagraphSkeleton {
    /// The skeleton of `text` (already markup-free, e.g. a paragraph's `plain`). A number keeps its
    /// `#` only when the text has fewer than two words, or when it follows a word (a sheet number);
    /// otherwise numbers are dropped, so that a header with and without its number match.
    package static func of(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        var currentIsNumber = false
        func flush() {
            if !current.isEmpty { words.append(currentIsNumber ? "#" : current) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.append(character)
            } else if character.isNumber {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current = "#"
            } else {
                flush()
            }
        }
        flush()
        let letterWords = words.filter { $0 != "#" }
        if letterWords.count >= 2 { return letterWords.joined(separator: " ") }
        // Collapse repeated number marks: "18.7.52" and "21646" both read "#".
        var collapsed: [String] = []
        for word in words where !(word == "#" && collapsed.last == "#") { collapsed.append(word) }
        return collapsed.joined(separator: " ")
    }
}
