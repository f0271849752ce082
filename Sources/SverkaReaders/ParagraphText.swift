/// The white space rule of extracted paragraphs: line breaks, tabs, form feeds and runs of spaces
/// become one space, and a paragraph is trimmed, so that each paragraph is one line of the
/// extracted text. Other spaces (no-break spaces, …) are kept as they are.
enum ParagraphText {
    /// `text` with its breaking white space collapsed to single spaces and trimmed.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isCollapsible(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Space, tab, the line ends (LF, VT, FF, CR, NEL, U+2028, U+2029).
    static func isCollapsible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
