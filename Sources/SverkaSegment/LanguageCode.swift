/// Helpers for language identifiers (BCP 47 / ICU locale ids).
public enum LanguageCode {
    /// The primary language subtag, lower-cased: `"ru"` for `"ru_RU"` or `"ru-RU"`; the input
    /// lower-cased when it has no subtags.
    public static func primary(_ id: String) -> String {
        let head = id.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "@" }).first.map(String.init) ?? id
        return head.lowercased()
    }
}
