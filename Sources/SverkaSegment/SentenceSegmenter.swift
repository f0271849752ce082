import SverkaICU

/// Splits a paragraph into sentences: ICU's sentence iterator for the language, then the
/// language's ``AbbreviationList`` and an initials rule to join pieces ICU split too eagerly, and
/// the rules of ``DialoguePunctuation``: a question or exclamation followed by its lower-case
/// attribution is one sentence, and a dash opening a new line of dialogue after a sentence end
/// starts a new one.
///
/// Not thread-safe (it owns an ICU iterator): one per thread.
public struct SentenceSegmenter {
    /// The language whose rules apply.
    public let language: String
    /// The abbreviations after which a period does not end a sentence.
    public let abbreviations: AbbreviationList
    private let iterator: BreakIterator

    /// A segmenter for `language` with its built-in abbreviation list (or `abbreviations`).
    public init(language: String, abbreviations: AbbreviationList? = nil) throws {
        self.language = language
        self.abbreviations = abbreviations ?? .builtIn(for: language)
        self.iterator = try BreakIterator(kind: .sentence, locale: language)
    }

    /// Sentence spans of `units` (a paragraph already passed through ``MarkupMask``), as UTF-16
    /// offsets relative to its start. The spans tile `units` exactly; empty text gives no span.
    public func split(_ units: [UInt16]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for segment in iterator.segments(of: units) {
            for piece in splittingAtDialogueReplies(segment.start..<segment.end, in: units) {
                var span = piece
                if let last = spans.last {
                    // ICU breaks inside `?…`: the ellipsis goes back to the sentence it ends (`Правда?…`).
                    let carried = DialoguePunctuation.sentenceEndCarriedOver(from: units[last], into: units[span])
                    spans[spans.count - 1] = last.lowerBound..<(span.lowerBound + carried)
                    span = (span.lowerBound + carried)..<span.upperBound
                    if span.isEmpty { continue }
                }
                // A piece of white space alone (ICU ends a sentence at each U+2029 or U+0085) is no sentence.
                if let last = spans.last,
                   Self.isBlank(units[last]) || Self.isBlank(units[span]) || shouldJoin(units[last], before: units[span])
                    || DialoguePunctuation.continuesWithAttribution(after: units[last], before: units[span]) {
                    spans[spans.count - 1] = last.lowerBound..<span.upperBound
                } else {
                    spans.append(span)
                }
            }
        }
        return spans
    }

    /// `span` (an ICU segment of `units`) cut before each dash that opens a new line of dialogue
    /// after a sentence end (`— спросил он. — Домой.`), which ICU does not break before; not where
    /// the period belongs to an abbreviation or an initial (`в 1952 г. — Москва`).
    func splittingAtDialogueReplies(_ span: Range<Int>, in units: [UInt16]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = span.lowerBound
        for dash in DialoguePunctuation.replyDashes(in: units[span]) where dash > start {
            if shouldJoin(units[start..<dash], before: units[(dash + 1)..<span.upperBound]) { continue }
            pieces.append(start..<dash)
            start = dash
        }
        pieces.append(start..<span.upperBound)
        return pieces
    }

    /// Whether the piece `left` ends in an abbreviation or an initial, so that the break before
    /// `right` is not a sentence end.
    func shouldJoin(_ left: ArraySlice<UInt16>, before right: ArraySlice<UInt16>) -> Bool {
        if Self.isListMarker(left) { return true }
        guard let word = Self.wordBeforeFinalPeriod(left) else { return false }
        let next = Self.firstCharacter(right)
        if abbreviations.joins(after: word.lowercased(), next: next) { return true }
        // Initials: capital letters each with a period (`И. В. Сталин`, `И.В. Сталин`, `J. Smith`).
        let letters = word.split(separator: ".", omittingEmptySubsequences: false)
        if letters.allSatisfy({ $0.count == 1 && $0.first?.isUppercase == true }), let next, next.isUppercase {
            return true
        }
        return false
    }

    /// Whether `piece` is nothing but white space.
    static func isBlank(_ piece: ArraySlice<UInt16>) -> Bool {
        piece.allSatisfy(MarkupMask.isWhitespace)
    }

    /// Whether `piece` is nothing but a list marker such as `1.`, `12.`, `IV.` or `a.`, which
    /// belongs to the sentence it introduces.
    static func isListMarker(_ piece: ArraySlice<UInt16>) -> Bool {
        let text = MarkupMask.collapseWhitespace(piece)
        guard text.count >= 2, text.count <= 6, text.last == "." else { return false }
        let body = text.dropLast()
        if body.allSatisfy({ $0.isASCII && $0.isNumber }) { return body.count <= 3 }
        if body.allSatisfy({ "IVXLC".contains($0) }) { return true }
        return body.count == 1 && body.first?.isLetter == true
    }

    /// The word (letters, internal periods and hyphens, and `№`) just before the final period of
    /// `piece`, ignoring trailing white space; nil when the piece does not end in a period.
    static func wordBeforeFinalPeriod(_ piece: ArraySlice<UInt16>) -> String? {
        var end = piece.endIndex
        while end > piece.startIndex && MarkupMask.isWhitespace(piece[end - 1]) { end -= 1 }
        guard end > piece.startIndex, piece[end - 1] == 0x2E else { return nil }
        let wordEnd = end - 1
        var start = wordEnd
        while start > piece.startIndex {
            let unit = piece[start - 1]
            if unit == 0x2E || unit == 0x2D || unit == 0x2116 || isLetterUnit(unit) {
                start -= 1
            } else {
                break
            }
        }
        guard start < wordEnd else { return nil }
        let word = String(utf16Units: piece[start..<wordEnd])
        return word.hasPrefix(".") || word.hasPrefix("-") ? nil : word
    }

    /// First non-space character of `piece`, if any.
    static func firstCharacter(_ piece: ArraySlice<UInt16>) -> Character? {
        guard let index = piece.firstIndex(where: { !MarkupMask.isWhitespace($0) && !isOpeningPunctuation($0) }) else {
            return nil
        }
        return String(decoding: piece[index..<min(index + 2, piece.endIndex)], as: UTF16.self).first
    }

    private static func isLetterUnit(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic
    }

    private static func isOpeningPunctuation(_ unit: UInt16) -> Bool {
        // Quotes and brackets that may open the next sentence: " « „ “ ( [
        [0x22, 0xAB, 0x201E, 0x201C, 0x28, 0x5B, 0x27].contains(unit)
    }
}
