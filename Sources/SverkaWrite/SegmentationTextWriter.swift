import SverkaSegment

/// Writes a segmented ``Document`` for reading in a terminal: each paragraph as
/// `¶ index (line N)`, then each sentence as `  [index] line: text`, line breaks inside a sentence
/// shown as `⏎`.
public enum SegmentationTextWriter {
    /// The text for `document`, ending in a newline (empty for a document with no paragraphs).
    public static func write(_ document: Document) -> String {
        var out = ""
        for paragraph in document.paragraphs {
            out += "¶ \(paragraph.index) (line \(paragraph.line))\n"
            for sentence in document.sentences(ofParagraph: paragraph.index) {
                let shown = sentence.text.replacingNewlines(with: " ⏎ ")
                out += "  [\(sentence.index)] \(sentence.line): \(shown)\n"
            }
        }
        return out
    }
}

extension String {
    /// The string with each line break replaced by `replacement`.
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
