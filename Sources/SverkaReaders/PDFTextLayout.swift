/// Turns the lines of a PDF's pages into plain text that the segmenter reads like any text file,
/// keeping what the page shows about paragraphs and pages:
/// - pages are separated by a form feed (U+000C), which ends a paragraph and shows the clean-up
///   (`ArchivalCleaner`) where running heads, page numbers and paragraphs broken across a page are;
/// - a blank line goes where the space between two lines is wider than between the lines of a
///   paragraph (more than ``paragraphGap`` times the line pitch of the document, scaled to the
///   taller line's height), so paragraph spacing, headings and page heads and footers stand apart;
/// - a line starting right of the page's left text margin is indented by as many spaces as
///   characters of the text would fill that space (first-line indents, centred headings), so
///   the detection of hard-wrapped paragraphs (`ParagraphConventionDetector`) sees them;
/// - lines poppler gives one after another on one row (the cells of a table, the words of a
///   justified line with wide gaps) are joined into one line, with a tab where they stand well apart;
/// - every other line break stays: a paragraph's lines are joined by the segmenter.
///
/// The line pitch is measured, not assumed: the distance from top to top of consecutive lines of
/// about one height, over their height, at its 25th percentile over the document (most breaks are
/// within paragraphs; the low percentile holds even when most paragraphs are one line long).
public struct PDFTextLayout: Sendable {
    /// How many line pitches apart two lines must be to have a blank line put between them.
    public var paragraphGap = 1.3
    /// Lines whose tops differ by less than this share of their height stand on one row.
    public var rowTolerance = 0.3
    /// Pieces of one row farther apart than this many characters are joined with a tab (table
    /// cells), nearer with a space (the wide gaps of justified text).
    public var tabGap = 3.0
    /// The most spaces a line is indented by.
    public var maxIndent = 40

    /// The default layout.
    public init() {}

    /// The text of `pages`: each page's lines (see the type's description) ending in a line break,
    /// pages separated by form feeds; a page without text is an empty page between two form feeds.
    public func text(of pages: [[PDFLine]]) -> String {
        let joined = pages.map(rows)
        let pitch = linePitch(joined)
        let column = Self.median(joined.joined().filter { $0.text.count >= 10 }.compactMap(Self.columnWidth))
        return joined.map { page -> String in
            let lines = pageLines(page, pitch: pitch, column: column)
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\u{0C}")
    }

    /// `page` with the lines that stand on one row joined.
    func rows(_ page: [PDFLine]) -> [PDFLine] {
        var result: [PDFLine] = []
        for line in page {
            guard let last = result.last, let before = last.box, let box = line.box,
                  abs(box.top - before.top) < rowTolerance * max(box.height, before.height),
                  box.left >= before.right - 0.5 else {
                result.append(line)
                continue
            }
            let column = Self.columnWidth(last) ?? box.height / 2
            let separator = box.left - before.right > tabGap * column ? "\t" : " "
            result[result.count - 1] = PDFLine(
                text: last.text + separator + line.text,
                box: PDFLine.Box(left: before.left, top: min(before.top, box.top),
                                 right: box.right, bottom: max(before.bottom, box.bottom)))
        }
        return result
    }

    /// The distance from top to top of two lines of a paragraph, in line heights (nil: the document
    /// has no two lines one above the other).
    func linePitch(_ pages: [[PDFLine]]) -> Double? {
        var ratios: [Double] = []
        for page in pages {
            for (upper, lower) in zip(page, page.dropFirst()) {
                guard let a = upper.box, let b = lower.box else { continue }
                let height = max(a.height, b.height)
                guard height > 0, min(a.height, b.height) >= 0.8 * height else { continue }
                let step = b.top - a.top
                if step > rowTolerance * height { ratios.append(step / height) }
            }
        }
        guard !ratios.isEmpty else { return nil }
        ratios.sort()
        return ratios[ratios.count / 4]
    }

    /// The lines of one page (rows joined) as text lines, with blank lines and indents (in
    /// characters `column` points wide, else as wide as the line's own).
    func pageLines(_ page: [PDFLine], pitch: Double?, column: Double?) -> [String] {
        let margin = page.compactMap(\.box?.left).min()
        var result: [String] = []
        var previous: PDFLine.Box?
        for line in page {
            defer { previous = line.box ?? previous }
            if let pitch, let a = previous, let b = line.box, !result.isEmpty,
               b.top - a.top > paragraphGap * pitch * max(a.height, b.height) {
                result.append("")
            }
            var indent = 0
            if let margin, let box = line.box, let column = column ?? Self.columnWidth(line) {
                indent = min(maxIndent, Int(((box.left - margin) / column).rounded()))
            }
            result.append(String(repeating: " ", count: max(0, indent)) + line.text)
        }
        return result
    }

    /// The middle value of `values` (nil: none).
    static func median(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.sorted()[values.count / 2]
    }

    /// The width of one character of `line`'s text on the page: its box's width over its length
    /// (nil for a line without a box or of one character).
    static func columnWidth(_ line: PDFLine) -> Double? {
        guard let box = line.box else { return nil }
        let count = line.text.count
        guard count > 1, box.width > 0 else { return nil }
        return box.width / Double(count)
    }
}
