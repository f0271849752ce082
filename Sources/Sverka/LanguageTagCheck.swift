/// Checks the language tags users give (`--source-lang`, a manifest's columns, a record's
/// `source_lang`): a BCP 47 / ICU locale id of letters, digits, `-` and `_` (`ru`, `en-GB`,
/// `sr_Latn`, `gsw`), so that a mistyped tag is refused before any work and a tag is always safe
/// in a file name (Moses outputs are named after it).
package enum LanguageTagCheck {
    /// Why `tag` is no language tag, in words; nil when it is one (or `auto`, when `allowsAuto`).
    package static func problem(_ tag: String, allowsAuto: Bool = true) -> String? {
        if tag == "auto" { return allowsAuto ? nil : "'auto' cannot be used here" }
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        let isASCIIAlphanumeric = { (c: Character) in c.isASCII && (c.isLetter || c.isNumber) }
        guard let primary = subtags.first, (2...8).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }),
              subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy(isASCIIAlphanumeric) })
        else {
            return "'\(tag)' is not a language tag (a language code such as ru, en, de or en-GB, or auto)"
        }
        return nil
    }
}
