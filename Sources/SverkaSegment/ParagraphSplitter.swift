/// Finds paragraphs: maximal runs of non-blank lines. A blank line holds only white space.
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

    /// The blocks of `units`, in order; none for a text of blank lines only. Lines are numbered
    /// from `firstLine`.
    public static func blocks(in units: [UInt16], firstLine: Int = 1) -> [Block] {
        var blocks: [Block] = []
        var currentStarts: [Int] = []
        var currentLine = 0
        var currentEnd = 0
        var lineNumber = firstLine
        var lineStart = 0
        func flush() {
            if let first = currentStarts.first {
                blocks.append(Block(range: first..<currentEnd, line: currentLine, lineStarts: currentStarts))
                currentStarts = []
            }
        }
        while lineStart <= units.count {
            var lineEnd = lineStart
            while lineEnd < units.count && units[lineEnd] != 0x0A { lineEnd += 1 }
            let blank = units[lineStart..<lineEnd].allSatisfy(MarkupMask.isWhitespace)
            if blank {
                flush()
            } else {
                if currentStarts.isEmpty { currentLine = lineNumber }
                currentStarts.append(lineStart)
                currentEnd = lineEnd
            }
            if lineEnd >= units.count { break }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        flush()
        return blocks
    }
}
