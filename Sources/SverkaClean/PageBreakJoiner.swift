import SverkaSegment

/// Rejoins paragraphs broken across a page: when a content paragraph ends without closing
/// punctuation and the next content paragraph (after any furniture, or just a blank line) starts in
/// lower case, they are one paragraph (`…Китай начал помо-` / furniture / `гать Корею, …`).
public enum PageBreakJoiner {
    /// Groups the content paragraphs (all paragraphs but `furniture`, in order) into runs that form
    /// one paragraph each. A run of one is an ordinary paragraph.
    public static func groups(in document: Document, furniture: Set<Int>) -> [[Int]] {
        var groups: [[Int]] = []
        for paragraph in document.paragraphs where !furniture.contains(paragraph.index) {
            if let last = groups.last?.last, continues(document.paragraphs[last].plain, with: paragraph.plain) {
                groups[groups.count - 1].append(paragraph.index)
            } else {
                groups.append([paragraph.index])
            }
        }
        return groups
    }

    /// Whether `next` continues `previous` (``HyphenationRepair/continues(_:with:)``): `previous`
    /// ends without sentence-closing punctuation and `next` starts with a lower-case letter.
    public static func continues(_ previous: String, with next: String) -> Bool {
        HyphenationRepair.continues(previous, with: next)
    }
}
