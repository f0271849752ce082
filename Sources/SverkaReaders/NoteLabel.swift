/// The labels of notes that a document does not spell out (DOCX numbers them when it lays them out):
/// footnotes `1, 2, 3`, endnotes `i, ii, iii`, as word processors number them by default.
enum NoteLabel {
    /// The label of the `number`-th (1-based) footnote.
    static func footnote(_ number: Int) -> String { String(number) }

    /// The label of the `number`-th (1-based) endnote: a lower-case Roman numeral.
    static func endnote(_ number: Int) -> String {
        let values = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = number
        var result = ""
        for (value, letters) in values {
            while rest >= value {
                result += letters
                rest -= value
            }
        }
        return result
    }

    /// The paragraphs of a note with `label` put before the first: `[label] text`.
    static func labelled(_ paragraphs: [String], label: String) -> [String] {
        guard let first = paragraphs.first else { return [] }
        let mark = label.isEmpty ? "[*]" : "[\(label)]"
        return ["\(mark) \(first)"] + paragraphs.dropFirst()
    }
}
