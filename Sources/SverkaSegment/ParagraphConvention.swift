/// How a plain text marks its paragraphs. Sverka detects it for each file
/// (``ParagraphConventionDetector``) unless it is named (`--paragraphs`).
public enum ParagraphConvention: String, Sendable, CaseIterable {
    /// Paragraphs are separated by blank lines; the lines inside one belong to it (Markdown, most
    /// plain text, hard-wrapped text with blank lines between paragraphs).
    case blankLines = "blank-lines"
    /// Every line is a paragraph, long lines not wrapped (word processors' plain-text export, many
    /// e-texts, often indented); blank lines only add space.
    case lines
    /// Lines hard-wrapped at a fixed width without blank lines between paragraphs: the lines are
    /// joined into paragraphs, which end at a blank line, before an indented line, or after a line
    /// that stops short of the width.
    case wrapped

    /// A few words for a report: "separated by blank lines", "one per line", "hard-wrapped lines joined".
    public var summary: String {
        switch self {
        case .blankLines: return "separated by blank lines"
        case .lines: return "one per line"
        case .wrapped: return "hard-wrapped lines joined"
        }
    }
}
