/// Tells how a text marks its paragraphs (``ParagraphConvention``), from the shape of its lines.
///
/// Only the line breaks inside blank-line blocks (two non-blank lines in a row) tell anything;
/// a text without them is read by blank lines. Over those breaks:
/// - **hard-wrapped**: most lines before a break are filled to the wrap width (at least 3/4 of
///   the 95th percentile of their widths, a width of 50–200 columns) and fewer than half of the
///   breaks look like paragraph ends. Such text is reflowed only when that finds clearly more
///   paragraphs than its blank lines do (half as many again, and at least two more): a text
///   whose blank lines separate its wrapped paragraphs is read by blank lines.
/// - **one per line**: at least 30% of the breaks (and two) follow a sentence end and precede a
///   paragraph opening, and either the text has no blank line between its lines, or its blank
///   lines set apart sections (the median line sits in a block of 8 lines or more), or its lines
///   are long (45 columns on average) and often hold several sentences (a quarter of them): one
///   sentence per line with blank lines between paragraphs (semantic line breaks) and verse stay
///   by blank lines.
///
/// Tuned on made-up layouts of the published pairs of `real-ru-en-dev` (each side joined one
/// paragraph per line, indented, with blank lines between sections, wrapped at 66–72 columns
/// with and without indents, the Gutenberg sides with their blank lines removed) and kept on
/// the pairs themselves and the bundled telegram, which are all read by blank lines.
public enum ParagraphConventionDetector {
    /// What was found: the convention, and the wrap width and the indent of continuation lines
    /// that reflowing hard-wrapped text uses.
    public struct Layout: Equatable, Sendable {
        /// How paragraphs are marked.
        public let convention: ParagraphConvention
        /// The width lines are wrapped at (95th percentile of the lines before a break; 0 when
        /// no line is followed by another).
        public let wrapWidth: Int
        /// The indent of lines that continue a paragraph; a line indented more starts one.
        public let bodyIndent: Int
    }

    /// The convention of `text`.
    public static func convention(of text: String) -> ParagraphConvention {
        let units = Array(text.utf16)
        return layout(of: TextLine.lines(in: units), units: units).convention
    }

    /// The layout of `lines` (of `units`): detected, or with `convention` when one is given.
    package static func layout(of lines: [TextLine], units: [UInt16], convention given: ParagraphConvention? = nil) -> Layout {
        let blocks = blankLineBlocks(lines)
        let pairs = blocks.flatMap { block in zip(block, block.dropFirst()).map { (lines[$0.0], lines[$0.1]) } }
        guard !pairs.isEmpty else { return Layout(convention: given ?? .blankLines, wrapWidth: 0, bodyIndent: 0) }
        let widths = pairs.map(\.0.width).sorted()
        let width = widths[Int(0.95 * Double(widths.count - 1))]
        let continuing = pairs.filter { !$0.0.endsSentence }.map(\.1.indent)
        let body = continuing.isEmpty ? pairs.map(\.1.indent).min() ?? 0 : mode(continuing)
        func result(_ convention: ParagraphConvention) -> Layout {
            Layout(convention: convention, wrapWidth: width, bodyIndent: body)
        }
        if let given { return result(given) }

        let filled = Double(pairs.filter { 4 * $0.0.width >= 3 * width }.count) / Double(pairs.count)
        let hard = pairs.filter { $0.0.endsSentence && $0.1.startsParagraph }.count
        let hardShare = Double(hard) / Double(pairs.count)
        if (50...200).contains(width) && filled >= 0.5 && hardShare < 0.5 {
            let breaks = pairs.filter { isWrappedBreak(after: $0.0, before: $0.1, width: width, bodyIndent: body) }.count
            let reflowed = blocks.count + breaks
            return result(2 * reflowed >= 3 * blocks.count && breaks >= 2 ? .wrapped : .blankLines)
        }
        guard hard >= 2, hardShare >= 0.3 else { return result(.blankLines) }
        if blocks.count == 1 { return result(.lines) }
        let inBlocks = blocks.filter { $0.count > 1 }
        let sizes = blocks.flatMap { block in Array(repeating: block.count, count: block.count) }.sorted()
        if sizes[sizes.count / 2] >= 8 { return result(.lines) }
        let multiLine = inBlocks.flatMap { $0 }.map { lines[$0] }
        let meanWidth = Double(multiLine.reduce(0) { $0 + $1.width }) / Double(multiLine.count)
        let severalSentences = Double(multiLine.filter { $0.hasInnerSentenceEnd(units) }.count) / Double(multiLine.count)
        return result(meanWidth >= 45 && severalSentences >= 0.25 ? .lines : .blankLines)
    }

    /// Whether, in hard-wrapped text, a paragraph ends between `line` and `next`: `next` is indented
    /// beyond the body, or it opens like a paragraph and `line` stops short — under 60% of the
    /// width, or with room for `next`'s first word (after a sentence end; else with 8 columns to
    /// spare, as ragged wrapping leaves some).
    package static func isWrappedBreak(after line: TextLine, before next: TextLine, width: Int, bodyIndent: Int) -> Bool {
        if next.indent > bodyIndent { return true }
        guard next.startsParagraph else { return false }
        let withNextWord = line.width + 1 + next.firstWordWidth
        return 5 * line.width < 3 * width || (line.endsSentence && withNextWord <= width) || withNextWord <= width - 8
    }

    /// Indices into `lines` of each run of non-blank lines (a form feed also ends a run).
    package static func blankLineBlocks(_ lines: [TextLine]) -> [[Int]] {
        var blocks: [[Int]] = []
        var current: [Int] = []
        for (index, line) in lines.enumerated() {
            if line.afterFormFeed || line.isBlank, !current.isEmpty {
                blocks.append(current)
                current = []
            }
            if !line.isBlank { current.append(index) }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The most frequent value (the smallest among equals).
    private static func mode(_ values: [Int]) -> Int {
        var counts: [Int: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
    }
}
