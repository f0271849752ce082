/// One line of a page's text layer, as poppler reads it, with the box its glyphs cover on the page
/// (points from the top-left corner; nil when poppler gave no layout that matches the text).
public struct PDFLine: Equatable, Sendable {
    /// The line's text, without white space at either end.
    public var text: String
    /// The box around its glyphs (white space left out).
    public var box: Box?

    /// A rectangle on a page, in points from its top-left corner.
    public struct Box: Equatable, Sendable {
        /// Left edge.
        public var left: Double
        /// Top edge.
        public var top: Double
        /// Right edge.
        public var right: Double
        /// Bottom edge.
        public var bottom: Double

        /// A box with these edges.
        public init(left: Double, top: Double, right: Double, bottom: Double) {
            self.left = left
            self.top = top
            self.right = right
            self.bottom = bottom
        }

        /// Its height.
        public var height: Double { bottom - top }
        /// Its width.
        public var width: Double { right - left }
    }

    /// A line with this text and box.
    public init(text: String, box: Box?) {
        self.text = text
        self.box = box
    }

    /// The non-blank lines of a page's `text` (lines separated by `\n`, in poppler's reading order),
    /// each with the box of its glyphs from `glyphs` — one box per Unicode scalar of `text`, line
    /// breaks included, as poppler's text layout gives them. When the counts differ the layout does
    /// not belong to the text and the lines get no boxes.
    public static func lines(of text: String, glyphs: [Box]) -> [PDFLine] {
        let scalars = Array(text.unicodeScalars)
        let matches = scalars.count == glyphs.count
        var result: [PDFLine] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            defer { start = index + 1 }
            var line = String.UnicodeScalarView()
            var box: Box?
            for k in start..<index {
                let scalar = scalars[k]
                line.append(scalar)
                guard matches, !scalar.properties.isWhitespace else { continue }
                let glyph = glyphs[k]
                guard glyph.right >= glyph.left, glyph.bottom >= glyph.top else { continue }
                if var known = box {
                    known.left = min(known.left, glyph.left)
                    known.top = min(known.top, glyph.top)
                    known.right = max(known.right, glyph.right)
                    known.bottom = max(known.bottom, glyph.bottom)
                    box = known
                } else {
                    box = glyph
                }
            }
            let trimmed = String(line).trimmingWhiteSpace()
            if !trimmed.isEmpty { result.append(PDFLine(text: trimmed, box: box)) }
        }
        return result
    }
}

extension String {
    /// The string without white space (Unicode White_Space) at either end.
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
