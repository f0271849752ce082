/// The translator's bracketed insertions in a text: `[Stalin]`, `[Air Force]`, `[territory]`.
/// Markers of omission (`[...]`) are not insertions.
public enum BracketedInsertions {
    /// Each `[…]` span holding at least one letter, brackets included, in order.
    public static func find(in text: String) -> [String] {
        var result: [String] = []
        var current: String?
        for character in text {
            if character == "[" {
                current = "["
            } else if character == "]", let open = current {
                let span = open + "]"
                if span.contains(where: \.isLetter) { result.append(span) }
                current = nil
            } else if current != nil {
                current!.append(character)
                if current!.count > 200 { current = nil } // an unclosed bracket: not an insertion
            }
        }
        return result
    }

    /// `text` with its insertions removed (for comparing numbers and names with the original).
    public static func removing(from text: String) -> String {
        var out = text
        for insertion in find(in: text) {
            if let range = out.range(of: insertion) { out.replaceSubrange(range, with: " ") }
        }
        return out
    }
}
