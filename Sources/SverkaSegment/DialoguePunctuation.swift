/// The punctuation of dialogue, for ``SentenceSegmenter``: where a line of dialogue goes on past a
/// question or exclamation mark, and where a dash opens a new one.
///
/// A question or exclamation followed by a lower-case attribution is one sentence
/// (`«Стой!» — крикнул он.`, `"Stop!" she cried.`, `— Как? — удивилась она.`); a sentence end
/// followed by a dash and a capital letter starts a new line of dialogue (`— спросил он. — Домой.`,
/// `— Куда? — Домой.`). Works on UTF-16 units, in any language.
enum DialoguePunctuation {
    private static let ellipsis: UInt16 = 0x2026

    /// Whether the break between `left` and `right` falls inside a line of dialogue: `left` ends in
    /// a question or exclamation mark that closes a quotation or is followed by a dash (then perhaps
    /// an ellipsis and white space), and `right` begins, after an optional dash, with a lower-case
    /// letter — the attribution (`"Where are you going?"` + `he asked.`, `— Как? — удивилась она.`).
    /// A bare `Why? he asked` is left alone: without quote or dash it is no dialogue for certain.
    static func continuesWithAttribution(after left: ArraySlice<UInt16>, before right: ArraySlice<UInt16>) -> Bool {
        var end = left.endIndex
        var quotedOrDashed = false
        while end > left.startIndex && isTrailingAfterQuestion(left[end - 1]) {
            if isClosingQuote(left[end - 1]) || isDash(left[end - 1]) { quotedOrDashed = true }
            end -= 1
        }
        guard end > left.startIndex, isQuestionOrExclamation(left[end - 1]) else { return false }
        guard let first = right.firstIndex(where: { !MarkupMask.isWhitespace($0) && !isDash($0) }) else { return false }
        if right[..<first].contains(where: isDash) { quotedOrDashed = true }
        return quotedOrDashed && isLowercaseLetter(right[first])
    }

    /// How many units at the start of `right` still belong to the sentence end of `left`. ICU
    /// breaks inside `?…` and `!…` (it does not count the ellipsis as sentence punctuation), so when
    /// `left` ends right on a sentence end and `right` begins with an ellipsis, the ellipsis, the
    /// closing quotes after it and the white space after those belong to `left`; otherwise 0.
    static func sentenceEndCarriedOver(from left: ArraySlice<UInt16>, into right: ArraySlice<UInt16>) -> Int {
        guard let last = left.last, isSentenceEnd(last), right.first == ellipsis else { return 0 }
        var index = right.startIndex
        while index < right.endIndex && (isSentenceEnd(right[index]) || isClosingQuote(right[index])) { index += 1 }
        while index < right.endIndex && MarkupMask.isWhitespace(right[index]) { index += 1 }
        return index - right.startIndex
    }

    /// The offsets in `units` of the dashes that open a new line of dialogue after a sentence end:
    /// `.`, `?`, `!` or `…` (perhaps with closing quotes), white space, the dash, then (after white
    /// space or an opening quote) a capital letter. Whether that period belongs to an abbreviation is
    /// for the caller to decide.
    static func replyDashes(in units: ArraySlice<UInt16>) -> [Int] {
        units.indices.filter { index in
            isDash(units[index]) && sentenceEnds(before: index, in: units) && capitalFollows(index, in: units)
        }
    }

    /// Whether `dash` is preceded by white space, and before that by a sentence end, perhaps with
    /// closing quotes after it (`Домой. —`, `Куда?» —`).
    private static func sentenceEnds(before dash: Int, in units: ArraySlice<UInt16>) -> Bool {
        var index = dash
        guard index > units.startIndex, MarkupMask.isWhitespace(units[index - 1]) else { return false }
        while index > units.startIndex && MarkupMask.isWhitespace(units[index - 1]) { index -= 1 }
        while index > units.startIndex && isClosingQuote(units[index - 1]) { index -= 1 }
        return index > units.startIndex && isSentenceEnd(units[index - 1])
    }

    /// Whether the first unit after `dash`, past white space and opening quotes, is a capital letter.
    private static func capitalFollows(_ dash: Int, in units: ArraySlice<UInt16>) -> Bool {
        var index = dash + 1
        while index < units.endIndex && MarkupMask.isWhitespace(units[index]) { index += 1 }
        while index < units.endIndex && isOpeningQuote(units[index]) { index += 1 }
        return index < units.endIndex && isUppercaseLetter(units[index])
    }

    /// Em dash, en dash and the quotation dash (U+2015), which open or interrupt dialogue.
    static func isDash(_ unit: UInt16) -> Bool {
        unit == 0x2014 || unit == 0x2013 || unit == 0x2015
    }

    /// `?`, `!` and their doubled forms `‼ ⁇ ⁈ ⁉`.
    static func isQuestionOrExclamation(_ unit: UInt16) -> Bool {
        unit == 0x3F || unit == 0x21 || unit == 0x203C || (0x2047...0x2049).contains(unit)
    }

    /// A mark that may end a sentence: `.`, `…` or a question or exclamation mark.
    static func isSentenceEnd(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == ellipsis || isQuestionOrExclamation(unit)
    }

    /// Quotes and brackets that close a quotation: » ” “ (closing in `„…“`) " ’ ' ) ].
    static func isClosingQuote(_ unit: UInt16) -> Bool {
        [0xBB, 0x201D, 0x201C, 0x22, 0x2019, 0x27, 0x29, 0x5D].contains(unit)
    }

    /// Quotes that open a quotation: « „ “ " ‘ '.
    static func isOpeningQuote(_ unit: UInt16) -> Bool {
        [0xAB, 0x201E, 0x201C, 0x22, 0x2018, 0x27].contains(unit)
    }

    /// What may stand between a question or exclamation mark and its attribution: white space,
    /// closing quotes, periods and ellipses (`?..`, `!…`), dashes.
    private static func isTrailingAfterQuestion(_ unit: UInt16) -> Bool {
        MarkupMask.isWhitespace(unit) || isClosingQuote(unit) || isDash(unit) || unit == 0x2E || unit == ellipsis
    }

    private static func isLowercaseLetter(_ unit: UInt16) -> Bool {
        Unicode.Scalar(unit)?.properties.isLowercase == true
    }

    private static func isUppercaseLetter(_ unit: UInt16) -> Bool {
        Unicode.Scalar(unit)?.properties.isUppercase == true
    }
}
