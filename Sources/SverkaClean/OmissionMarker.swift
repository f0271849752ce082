import Foundation

/// Recognises a paragraph that only marks an omission: `[...]`, `[…]`, `(...)`, `<...>`, `…`,
/// `[пропуск]`, `[omitted]`, `[text omitted]` and the like.
public enum OmissionMarker {
    /// Words that, bracketed on their own, mark an omission.
    static let words: Set<String> = ["omitted", "omission", "text omitted", "пропуск", "опущено", "выпущено"]

    /// Whether `text` (a paragraph's scoring text) is nothing but a marker of omission.
    public static func isMarker(_ text: String) -> Bool {
        // Cheap rejection of ordinary text first: more than 24 visible characters cannot make
        // a trimmed marker of at most 24.
        var visible = 0
        for character in text where !character.isWhitespace {
            visible += 1
            if visible > 24 { return false }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 24 else { return false }
        let inner = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "[](){}<>"))
        if inner.isEmpty { return false }
        if inner.allSatisfy({ $0 == "." || $0 == "…" || $0 == " " }) {
            return inner.count >= 1 && (inner.contains("…") || inner.filter { $0 == "." }.count >= 3)
        }
        let bracketed = trimmed.first == "[" && trimmed.last == "]"
        return bracketed && words.contains(inner.lowercased())
    }
}
