/// Body text for the clean-up tests' constructed documents.
enum Filler {
    /// A long paragraph of content, numbered `n` so that no two are equal.
    static func paragraph(_ n: Int) -> String {
        "Paragraph \(n) of the report describes the ascent of the north face in some detail, with the weather, the route and the time it took."
    }
}
