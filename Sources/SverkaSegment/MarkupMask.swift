import SverkaIngest
/// Hides light Markdown from scoring without moving any character.
///
/// Real archive transcriptions carry a little Markdown: `#` headings, `**bold**`, `*italic*`,
/// `\_` escapes, two-space hard breaks. The original text keeps it; for segmentation and scoring
/// the markup characters are replaced by spaces **in place**, so every UTF-16 offset in the masked
/// copy is the same as in the original. Line breaks inside a paragraph become spaces too, so a
/// wrapped line does not end a sentence.
package enum MarkupMask {
    private static let space: UInt16 = 0x20
    private static let newline: UInt16 = 0x0A
    private static let hash: UInt16 = 0x23
    private static let star: UInt16 = 0x2A
    private static let backslash: UInt16 = 0x5C

    /// The masked copy of `units` (same length): markup and line breaks turned into spaces.
    package static func mask(_ units: ArraySlice<UInt16>) -> [UInt16] {
        var out = Array(units)
        var atLineStart = true
        var i = 0
        while i < out.count {
            let unit = out[i]
            if atLineStart {
                // `#`–`######` followed by a space at the start of a line is a heading marker.
                var j = i
                while j < out.count && out[j] == hash && j - i < 6 { j += 1 }
                if j > i && j < out.count && out[j] == space {
                    for k in i..<j { out[k] = space }
                    i = j
                    atLineStart = false
                    continue
                }
            }
            atLineStart = false
            switch unit {
            case newline:
                out[i] = space
                atLineStart = true
            case backslash where i + 1 < out.count && isASCIIPunctuation(out[i + 1]):
                out[i] = space
                i += 1 // keep the escaped character itself
            case star:
                var j = i
                while j < out.count && out[j] == star { j += 1 }
                let before: UInt16? = i > 0 ? units[units.startIndex + i - 1] : nil
                let after: UInt16? = j < out.count ? out[j] : nil
                if isEmphasisDelimiter(before: before, after: after) {
                    for k in i..<j { out[k] = space }
                }
                i = j
                continue
            default:
                break
            }
            i += 1
        }
        return out
    }

    /// `units` with runs of white space collapsed to one space and the ends trimmed: the text
    /// used for scoring.
    package static func collapseWhitespace(_ units: ArraySlice<UInt16>) -> String {
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var pendingSpace = false
        for unit in units {
            if isWhitespace(unit) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(space) }
                pendingSpace = false
                out.append(unit)
            }
        }
        return String(utf16Units: out)
    }

    /// Whether a UTF-16 unit is white space (ASCII space, tab, line ends, NBSP and the Unicode spaces).
    package static func isWhitespace(_ unit: UInt16) -> Bool {
        TextNormalization.isWhitespace(unit)
    }

    private static func isASCIIPunctuation(_ unit: UInt16) -> Bool {
        (0x21...0x2F).contains(unit) || (0x3A...0x40).contains(unit) || (0x5B...0x60).contains(unit) || (0x7B...0x7E).contains(unit)
    }

    /// A `*` run opens emphasis when text follows it directly and it stands after a space or at
    /// the start; it closes emphasis when text precedes it directly and a space, punctuation or the
    /// end follows. A lone `*` between spaces (`2 * 3`) is kept.
    private static func isEmphasisDelimiter(before: UInt16?, after: UInt16?) -> Bool {
        let spaceBefore = before.map(isWhitespace) ?? true
        let spaceAfter = after.map(isWhitespace) ?? true
        let punctAfter = after.map(isASCIIPunctuation) ?? false
        let opens = spaceBefore && !spaceAfter
        let closes = !spaceBefore && (spaceAfter || punctAfter)
        return opens || closes
    }
}
