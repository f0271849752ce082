/// Checks the "nothing lost" invariants of a ``Document`` (see its documentation).
public enum DocumentInvariants {
    /// The first violated invariant, described in one line; nil when the document is sound.
    public static func violation(in document: Document) -> String? {
        let units = [UInt16](utf16Of: document.text)
        var expectedSentence = 0
        var previousEnd = 0
        for (i, paragraph) in document.paragraphs.enumerated() {
            if paragraph.index != i { return "paragraph \(i) has index \(paragraph.index)" }
            if paragraph.range.lowerBound < previousEnd { return "paragraph \(i) overlaps the previous one" }
            previousEnd = paragraph.range.upperBound
            if paragraph.range.upperBound > units.count { return "paragraph \(i) runs past the text" }
            let original = String(utf16Units: units[paragraph.range])
            if original != paragraph.text { return "paragraph \(i) text differs from the file" }
            // Everything between paragraphs is white space.
            if paragraph.sentenceRange.lowerBound != expectedSentence || paragraph.sentenceRange.isEmpty {
                return "paragraph \(i) does not own the next run of sentences"
            }
            if paragraph.sentenceRange.upperBound > document.sentences.count {
                return "paragraph \(i) names sentences past the last one"
            }
            var cursor = paragraph.range.lowerBound
            for s in paragraph.sentenceRange {
                let sentence = document.sentences[s]
                if sentence.index != s { return "sentence \(s) has index \(sentence.index)" }
                if sentence.paragraph != i { return "sentence \(s) names paragraph \(sentence.paragraph), not \(i)" }
                if sentence.range.lowerBound != cursor { return "sentence \(s) does not start where the previous ended" }
                if sentence.range.upperBound > paragraph.range.upperBound { return "sentence \(s) runs past its paragraph" }
                cursor = sentence.range.upperBound
                let span = String(utf16Units: units[sentence.range])
                if !span.contains(sentence.text) { return "sentence \(s) text is not in its span" }
            }
            if cursor != paragraph.range.upperBound { return "sentences of paragraph \(i) do not reach its end" }
            expectedSentence = paragraph.sentenceRange.upperBound
        }
        if expectedSentence != document.sentences.count { return "sentences after the last paragraph" }
        // Outside the paragraphs there is only white space.
        var covered = [Bool](repeating: false, count: units.count)
        for paragraph in document.paragraphs { for k in paragraph.range { covered[k] = true } }
        if let lost = covered.indices.first(where: { !covered[$0] && !MarkupMask.isWhitespace(units[$0]) }) {
            return "text at UTF-16 offset \(lost) belongs to no paragraph"
        }
        return nil
    }
}
