import SverkaSegment

/// The rule for paragraphs broken across a page: a content paragraph that ends without closing
/// punctuation continues in the next one when that starts in lower case (`…Китай начал помо-` /
/// furniture / `гать Корею, …`). ``ArchivalCleaner`` proposes such joins where pages show and
/// makes them where the translation agrees.
public enum PageBreakJoiner {
    /// Whether `next` continues `previous` (``HyphenationRepair/continues(_:with:)``): `previous`
    /// ends without sentence-closing punctuation and `next` starts with a lower-case letter.
    public static func continues(_ previous: String, with next: String) -> Bool {
        HyphenationRepair.continues(previous, with: next)
    }
}
