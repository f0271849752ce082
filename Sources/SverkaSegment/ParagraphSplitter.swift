/// Finds paragraphs under a ``ParagraphConvention``: runs of non-blank lines between blank lines,
/// single lines, or hard-wrapped lines joined. A form feed (a page break) always ends a paragraph,
/// and is in none. A blank line holds only white space.
public enum ParagraphSplitter {
    /// One block of lines found in the text.
    public struct Block: Equatable, Sendable {
        /// UTF-16 offsets of the block, from the start of its first line to the end of its last
        /// line (the final line break excluded).
        public let range: Range<Int>
        /// 1-based line number of its first line.
        public let line: Int
        /// Start offsets of each of its lines.
        public let lineStarts: [Int]
    }

    /// The blocks of `units` separated by blank lines (and form feeds), in order; none for a text
    /// of blank lines only. Lines are numbered from `firstLine`.
    public static func blocks(in units: [UInt16], firstLine: Int = 1) -> [Block] {
        split(units, firstLine: firstLine, convention: .blankLines).blocks
    }

    /// The paragraphs of `units` under `convention`, or under the one detected
    /// (``ParagraphConventionDetector``) when it is nil, with the convention used. Every non-blank
    /// line is in exactly one block, in order. Lines are numbered from `firstLine`.
    public static func split(_ units: [UInt16], firstLine: Int = 1, convention: ParagraphConvention? = nil)
        -> (blocks: [Block], convention: ParagraphConvention) {
        let lines = TextLine.lines(in: units, firstLine: firstLine)
        let layout = ParagraphConventionDetector.layout(of: lines, units: units, convention: convention)
        var blocks: [Block] = []
        for run in ParagraphConventionDetector.blankLineBlocks(lines) {
            var current: [TextLine] = []
            for index in run {
                let line = lines[index]
                if let previous = current.last, startsParagraph(line, after: previous, layout: layout) {
                    blocks.append(block(current))
                    current = []
                }
                current.append(line)
            }
            if !current.isEmpty { blocks.append(block(current)) }
        }
        return (blocks, layout.convention)
    }

    /// Whether `line`, following `previous` in a run of non-blank lines, starts a paragraph.
    private static func startsParagraph(_ line: TextLine, after previous: TextLine, layout: ParagraphConventionDetector.Layout) -> Bool {
        switch layout.convention {
        case .blankLines: return false
        case .lines: return true
        case .wrapped:
            return ParagraphConventionDetector.isWrappedBreak(after: previous, before: line, width: layout.wrapWidth,
                                                              bodyIndent: layout.bodyIndent)
        }
    }

    private static func block(_ lines: [TextLine]) -> Block {
        Block(range: lines[0].start..<lines[lines.count - 1].end, line: lines[0].number, lineStarts: lines.map(\.start))
    }
}
