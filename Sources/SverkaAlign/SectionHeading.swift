/// Recognises a paragraph that opens a section with a number: `Глава II`, `CHAPTER II`,
/// `Книга первая`, `Book I. The History Of A Family`, `I.`, `XII`, `Часть первая.`, `BOOK FOUR: 1806`,
/// `9.1.1. aptitude`, `Раздел 1 – Определения.` — in any language, by shape: an optional word (the
/// kind of section), then a number (digits, a Roman numeral, or a number word in Russian or
/// English), then nothing or a title.
///
/// Chapter numbers are strong anchors between an original and its translation, and a section never
/// continues the paragraph before it.
public enum SectionHeading {
    /// Longest heading, in words.
    static let maxWords = 12
    /// Longest heading, in characters.
    static let maxCharacters = 90

    /// The kind of section a heading opens, where its word says so.
    public enum Kind: Int, Sendable {
        case volume, part, book, chapter, section
    }

    /// A recognised heading: its kind (nil when the word naming it is not known) and its number.
    public struct Heading: Equatable, Sendable {
        /// What the heading opens; a bare number (`I.`, `9.1.1.`) counts as a chapter.
        public let kind: Kind?
        /// The number, normalised (`"2"`, `"9.1.1"`).
        public let number: String

        /// Whether two headings can be the same one in two languages: same number, and the same
        /// kind unless one kind is unknown.
        public func matches(_ other: Heading) -> Bool {
            number == other.number && (kind == nil || other.kind == nil || kind == other.kind)
        }
    }

    /// Words naming a kind of section (lower-cased), in Russian, English, German and French.
    static let kindWords: [String: Kind] = [
        "том": .volume, "volume": .volume, "vol": .volume, "band": .volume, "tome": .volume,
        "часть": .part, "part": .part, "teil": .part, "partie": .part,
        "книга": .book, "book": .book, "buch": .book, "livre": .book,
        "глава": .chapter, "chapter": .chapter, "kapitel": .chapter, "chapitre": .chapter,
        "раздел": .section, "section": .section, "статья": .section, "article": .section, "параграф": .section,
        "abschnitt": .section, "artikel": .section, "§": .section,
    ]

    /// Longest title, in words.
    static let maxTitleWords = 10

    /// Whether `text` reads as a title: at most ten words and 80 characters, starting with a capital
    /// letter or a digit, and ending without closing punctuation (`Письмо`, `The Road`,
    /// `История одной семейки`).
    public static func isTitle(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, text.count <= 80,
              first.isUppercase || first.isNumber, !".!?…:;,»\"”’)]-–—".contains(last) else { return false }
        return text.split(whereSeparator: { $0.isWhitespace }).count <= maxTitleWords
    }

    /// The kind of section `word` names (`Глава`, `chapter`, `Part`), or nil.
    public static func kind(named word: some StringProtocol) -> Kind? {
        kindWords[word.lowercased()]
    }

    /// The section number `text` opens with (`"2"`, `"9.1.1"`), or nil when it is no numbered heading.
    public static func number(of text: String) -> String? {
        heading(of: text)?.number
    }

    /// The heading `text` is, or nil when it is no numbered heading.
    public static func heading(of text: String) -> Heading? {
        guard text.count <= maxCharacters else { return nil }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= maxWords else { return nil }
        // The number first, closed by a period (`I.`, `2.`, `2. Title`, `9.1.1. aptitude`), or a
        // Roman numeral alone (`XII`); a bare `18.7.52` or `2084` is a date or a count.
        let alone = words.count == 1 && romanValue(words[0]) != nil
        if words[0].last == "." || alone, let value = value(of: words[0], spelled: false) {
            return Heading(kind: .chapter, number: value)
        }
        // Or after a capitalised word naming the kind of section, closed by punctuation, a dash or
        // the end (`CHAPTER I`, `Книга первая`, `BOOK FOUR: 1806`, `Раздел 1 – Определения.`).
        guard words.count >= 2, words[0].allSatisfy({ $0.isLetter || $0 == "§" }),
              words[0].first?.isUppercase == true || words[0] == "§",
              let value = value(of: words[1], spelled: true) else { return nil }
        let closed = words.count == 2 || ".:,)".contains(words[1].last!) || words[2].allSatisfy({ "–—-:".contains($0) })
        return closed ? Heading(kind: kindWords[words[0].lowercased()], number: value) : nil
    }

    /// The value of a number word: digits with dots (`9.1.1.`), a Roman numeral, or (when
    /// `spelled`) a number word.
    static func value(of word: Substring, spelled: Bool) -> String? {
        let trimmed = word.trimmingTrailing(".:,)–—-")
        guard !trimmed.isEmpty else { return nil }
        if trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), trimmed.first?.isNumber == true {
            return trimmed.split(separator: ".").map { String(Int($0) ?? 0) }.joined(separator: ".")
        }
        if let roman = romanValue(trimmed) { return String(roman) }
        if spelled, let number = numberWords[trimmed.lowercased()] { return String(number) }
        return nil
    }

    /// The value of an upper-case Roman numeral up to 50 (`I`, `IV`, `XXXIX`), or nil.
    static func romanValue(_ word: Substring) -> Int? {
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        guard word.count <= 7, word.allSatisfy({ digits[$0] != nil }) else { return nil }
        var total = 0
        let values = word.map { digits[$0]! }
        for (k, v) in values.enumerated() {
            total += k + 1 < values.count && values[k + 1] > v ? -v : v
        }
        guard total > 0, total <= 50, roman(total) == String(word) else { return nil }
        return total
    }

    /// `n` written as a Roman numeral (1…50).
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n
        var result = ""
        for (value, letters) in table {
            while rest >= value { result += letters; rest -= value }
        }
        return result
    }

    /// Ordinal and cardinal number words up to twenty, Russian (all genders) and English.
    static let numberWords: [String: Int] = {
        var words: [String: Int] = [:]
        let russianStems = ["перв", "втор", "трет", "четвёрт", "пят", "шест", "седьм", "восьм", "девят", "десят",
                            "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
                            "семнадцат", "восемнадцат", "девятнадцат", "двадцат"]
        for (k, stem) in russianStems.enumerated() {
            let endings = k == 2 ? ["ья", "ий", "ье"] : ["ая", "ый", "ое", "ой"]
            for ending in endings { words[stem + ending] = k + 1 }
        }
        words["четвертая"] = 4; words["четвертый"] = 4; words["четвертое"] = 4
        let english = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                       "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                        "eighteenth", "nineteenth", "twentieth"]
        for (k, word) in english.enumerated() { words[word] = k + 1 }
        for (k, word) in ordinals.enumerated() { words[word] = k + 1 }
        return words
    }()
}

private extension Substring {
    /// The word without any of `characters` at its end.
    func trimmingTrailing(_ characters: String) -> Substring {
        var end = endIndex
        while end > startIndex, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
