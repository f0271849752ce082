/// Collects the paragraphs of a word-processing document in the order they start. A paragraph
/// that starts inside another (a text box in a paragraph) gets a place of its own after the one
/// it sits in, so neither breaks the other.
struct ParagraphSlots {
    private var texts: [String] = []
    private var open: [Int] = []

    /// A paragraph starts.
    mutating func begin() {
        open.append(texts.count)
        texts.append("")
    }

    /// The innermost paragraph ends.
    mutating func end() {
        _ = open.popLast()
    }

    /// Whether a paragraph is open.
    var isOpen: Bool { !open.isEmpty }

    /// Adds `text` to the innermost open paragraph (ignored when none is open).
    mutating func append(_ text: String) {
        guard let slot = open.last else { return }
        texts[slot] += text
    }

    /// The paragraphs with text in them, white space collapsed (``ParagraphText``).
    var paragraphs: [String] {
        texts.map(ParagraphText.collapsed).filter { !$0.isEmpty }
    }
}
