import Sverka

/// Fuzz target (b): text → ``DocumentSegmenter`` for Russian, English and German, running text
/// and pre-segmented. Every document must keep the ``DocumentInvariants``, its line numbers must
/// count the line feeds before each unit, and the scoring text must be collapsed white space.
/// The bilingual splitter and the language guesser run on the same text.
///
/// The first byte chooses the first line number (1, or more as for a part cut out of a file);
/// the rest is the text, as UTF-8.
public enum SegmentationCheck {
    /// The languages segmented.
    public static let languages = ["ru", "en", "de"]

    /// One segmenter per language and mode, paragraphs detected, and Russian running text under
    /// each named paragraph convention (they own ICU iterators: made once, reused).
    static let segmenters: [DocumentSegmenter] = languages.flatMap { language in
        [DocumentSegmenter.Mode.running, .presegmented].map { mode in segmenter(language, mode, nil) }
    } + ParagraphConvention.allCases.map { segmenter("ru", .running, $0) }

    static func segmenter(_ language: String, _ mode: DocumentSegmenter.Mode, _ paragraphs: ParagraphConvention?) -> DocumentSegmenter {
        guard let segmenter = try? DocumentSegmenter(language: language, mode: mode, paragraphs: paragraphs) else {
            FuzzFailure.fail("segment", "ICU has no sentence iterator for \(language)")
        }
        return segmenter
    }

    /// Runs the check on one fuzzer input.
    public static func run(_ data: [UInt8]) {
        var input = FuzzInput(data)
        let firstLine = 1 + Int(input.option() % 4) * 10
        let decoded = DecodedText(name: "fuzz.txt", text: input.text, firstLine: firstLine)
        for segmenter in segmenters {
            let document = segmenter.segment(decoded)
            let label = "segment \(segmenter.language) \(segmenter.mode) \(segmenter.paragraphs?.rawValue ?? "auto")"
            FuzzFailure.check(label, DocumentInvariants.violation(in: document))
            FuzzFailure.check(label, problem(in: document, firstLine: firstLine))
        }
        _ = LanguageGuesser.guess(decoded.text)
        if let split = try? BilingualSplitter().split(segmenters[0].segment(decoded)) {
            FuzzFailure.check("split", problem(in: split, paragraphs: segmenters[0].segment(decoded).paragraphs.count))
        }
    }

    /// Line numbers and scoring texts that do not match the document's text, or nil.
    public static func problem(in document: Document, firstLine: Int) -> String? {
        let units = Array(document.text.utf16)
        var lineStarts = [0]
        for (offset, unit) in units.enumerated() where unit == 0x0A { lineStarts.append(offset + 1) }
        func line(at offset: Int) -> Int {
            var low = 0
            var high = lineStarts.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle }
            }
            return firstLine + low
        }
        if document.paragraphs.isEmpty != document.text.unicodeScalars.allSatisfy({ $0.value <= 0xFFFF && TextNormalization.isWhitespace(UInt16($0.value)) }) {
            return "\(document.paragraphs.count) paragraphs for a text that is \(document.paragraphs.isEmpty ? "not " : "")blank"
        }
        for paragraph in document.paragraphs {
            if paragraph.line != line(at: paragraph.range.lowerBound) {
                return "paragraph \(paragraph.index) says line \(paragraph.line), its text starts on line \(line(at: paragraph.range.lowerBound))"
            }
            if let problem = plainProblem(paragraph.plain) { return "paragraph \(paragraph.index) plain text \(problem)" }
            if paragraph.text.utf16.contains(0x0C) { return "paragraph \(paragraph.index) holds a form feed" }
        }
        for sentence in document.sentences {
            let start = sentence.range.first(where: { !TextNormalization.isWhitespace(units[$0]) }) ?? sentence.range.lowerBound
            if sentence.line != line(at: start) {
                return "sentence \(sentence.index) says line \(sentence.line), its text starts on line \(line(at: start))"
            }
            if sentence.text != sentence.text.trimmingWhitespace { return "sentence \(sentence.index) text is not trimmed" }
            if let problem = plainProblem(sentence.plain) { return "sentence \(sentence.index) plain text \(problem)" }
        }
        return nil
    }

    /// What is wrong with a scoring text (it must be white space collapsed and trimmed), or nil.
    static func plainProblem(_ plain: String) -> String? {
        let units = Array(plain.utf16)
        if let first = units.first, TextNormalization.isWhitespace(first) { return "starts with white space" }
        if let last = units.last, TextNormalization.isWhitespace(last) { return "ends with white space" }
        if zip(units, units.dropFirst()).contains(where: { TextNormalization.isWhitespace($0) && TextNormalization.isWhitespace($1) }) {
            return "has a run of white space"
        }
        if units.contains(where: { TextNormalization.isWhitespace($0) && $0 != 0x20 }) { return "has white space other than a space" }
        return nil
    }

    /// What is wrong with a bilingual split of `paragraphs` paragraphs, or nil.
    static func problem(in split: BilingualSplitter.Split, paragraphs: Int) -> String? {
        guard split.front.lowerBound == 0, split.front.upperBound == split.original.lowerBound,
              split.original.upperBound == split.translation.lowerBound, split.translation.upperBound == paragraphs else {
            return "the parts \(split.front), \(split.original), \(split.translation) do not tile 0..<\(paragraphs)"
        }
        return nil
    }
}
