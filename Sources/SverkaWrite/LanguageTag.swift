/// Language identifiers as XML and HTML want them (`xml:lang`, `lang`, TMX `srclang`): BCP 47 tags.
enum LanguageTag {
    /// `id` (an ICU locale id such as `"ru"`, `"ru_RU"`, `"sr_Latn@collation=x"`) as a BCP 47 tag:
    /// keywords after `@` dropped, `_` turned into `-`. Characters other than ASCII letters, digits
    /// and `-` are dropped; an id with nothing left becomes `"und"` (undetermined).
    static func bcp47(_ id: String) -> String {
        let base = id.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let tag = base.unicodeScalars
            .map { $0 == "_" ? "-" : $0 }
            .filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
        let text = String(String.UnicodeScalarView(tag)).split(separator: "-").joined(separator: "-")
        return text.isEmpty ? "und" : text
    }
}
