/// One line of a text as paragraph detection sees it — the span between two line feeds, or
/// between a line feed and a form feed (a page break, which also ends a paragraph) — with the
/// features that tell the paragraph conventions apart.
package struct TextLine: Sendable {
    /// UTF-16 offset of its first unit.
    package let start: Int
    /// UTF-16 offset just past its last unit (the line feed or form feed excluded).
    package let end: Int
    /// 1-based line number (line feeds counted; a form feed starts no new line).
    package let number: Int
    /// Whether it starts right after a form feed.
    package let afterFormFeed: Bool
    /// Whether it holds only white space.
    package let isBlank: Bool
    /// Leading white space, a tab counting 4.
    package let indent: Int
    /// Units up to its last non-blank one, combining marks not counted: its width on screen.
    package let width: Int
    /// Width of its first word.
    package let firstWordWidth: Int
    /// Whether it ends a sentence: `.`, `!`, `?`, `…` or `:`, maybe followed by closing quotes,
    /// brackets or emphasis.
    package let endsSentence: Bool
    /// Whether it starts the way a paragraph does: a capital, a digit, a dash, an opening quote or
    /// bracket, a bullet.
    package let startsParagraph: Bool

    /// The lines of `units`, numbered from `firstLine`.
    package static func lines(in units: [UInt16], firstLine: Int = 1) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var number = firstLine
        var afterFormFeed = false
        var index = 0
        while true {
            let atEnd = index == units.count
            if atEnd || units[index] == 0x0A || units[index] == 0x0C {
                lines.append(TextLine(units, start: start, end: index, number: number, afterFormFeed: afterFormFeed))
                if atEnd { break }
                afterFormFeed = units[index] == 0x0C
                if !afterFormFeed { number += 1 }
                start = index + 1
            }
            index += 1
        }
        return lines
    }

    private init(_ units: [UInt16], start: Int, end: Int, number: Int, afterFormFeed: Bool) {
        self.start = start
        self.end = end
        self.number = number
        self.afterFormFeed = afterFormFeed
        var first = start
        var indent = 0
        while first < end && MarkupMask.isWhitespace(units[first]) {
            indent += units[first] == 0x09 ? 4 : 1
            first += 1
        }
        var last = end
        while last > first && MarkupMask.isWhitespace(units[last - 1]) { last -= 1 }
        isBlank = first == last
        self.indent = indent
        width = (start..<last).reduce(0) { $0 + (Self.isCombining(units[$1]) || (0xDC00...0xDFFF).contains(units[$1]) ? 0 : 1) }
        var wordEnd = first
        while wordEnd < last && !MarkupMask.isWhitespace(units[wordEnd]) { wordEnd += 1 }
        firstWordWidth = wordEnd - first
        var tail = last
        while tail > first && Self.closers.contains(units[tail - 1]) { tail -= 1 }
        endsSentence = tail > first && Self.sentenceEnds.contains(units[tail - 1])
        startsParagraph = first < last && Self.opensParagraph(units, at: first)
    }

    /// Whether the line holds a sentence end inside it: `.`, `!`, `?` or `…` after a non-blank
    /// character, maybe closing quotes or brackets, white space, maybe an opening quote or a dash,
    /// then a capital (`…домой. Она…`). Lines that are whole paragraphs mostly do; lines that are
    /// one sentence each (semantic line breaks) do not.
    package func hasInnerSentenceEnd(_ units: [UInt16]) -> Bool {
        var k = start + 1
        while k < end {
            defer { k += 1 }
            guard Self.sentenceEnds.contains(units[k]), units[k] != 0x3A, !MarkupMask.isWhitespace(units[k - 1]) else { continue }
            var j = k + 1
            while j < end && Self.closers.contains(units[j]) { j += 1 }
            guard j < end, MarkupMask.isWhitespace(units[j]) else { continue }
            while j < end && MarkupMask.isWhitespace(units[j]) { j += 1 }
            if j < end && Self.openers.contains(units[j]) {
                j += 1
                while j < end && MarkupMask.isWhitespace(units[j]) { j += 1 }
            }
            if j < end, let scalar = Unicode.Scalar(units[j]), scalar.properties.isUppercase { return true }
        }
        return false
    }

    /// `.`, `!`, `?`, `…`, `:`.
    private static let sentenceEnds: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x2026, 0x3A]
    /// Quotes, brackets and emphasis that may follow a sentence end: `"` `'` `»` `”` `’` `)` `]` `*` `_`.
    private static let closers: Set<UInt16> = [0x22, 0x27, 0xBB, 0x201D, 0x2019, 0x29, 0x5D, 0x2A, 0x5F]
    /// What may open a paragraph besides a capital or a digit: dashes, opening quotes and brackets, bullets.
    private static let openers: Set<UInt16> = [0x2014, 0x2013, 0x2D, 0xAB, 0x22, 0x201C, 0x201E, 0x27, 0x2018, 0x28, 0x5B, 0x2022, 0x2A]

    private static func opensParagraph(_ units: [UInt16], at index: Int) -> Bool {
        let unit = units[index]
        if openers.contains(unit) { return true }
        if (0x30...0x39).contains(unit) { return true }
        guard let scalar = Unicode.Scalar(unit) else { return false } // a surrogate: no capital of ours
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .decimalNumber
    }

    /// Combining diacritical marks (stress marks in Russian texts), which take no width.
    private static func isCombining(_ unit: UInt16) -> Bool {
        (0x0300...0x036F).contains(unit)
    }
}
