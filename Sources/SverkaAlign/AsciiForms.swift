import SverkaICU
import SverkaSegment

/// Words of one language transliterated to lower-case ASCII letters (other characters dropped),
/// each distinct word through ICU once: what word anchors are made of (`Сталину` → `stalinu`).
///
/// Words of at most eight characters that are all ASCII or basic Cyrillic (U+0400–U+045F) — the
/// prefixes that ``AnchorExtractor`` asks about — are remembered under their code units packed
/// into one 64-bit integer, which costs far less to hash than a `String`; other words under their
/// text.
///
/// Not thread-safe (it owns an ICU transliterator and caches): one per thread.
package final class AsciiForms {
    private let transliterator: Transliterator?
    private var packedForms: [UInt64: String] = [:]
    private var otherForms: [String: String] = [:]
    /// Most words remembered of each kind.
    static let cacheLimit = 200_000

    /// The forms of words of `language` (an ICU locale id); without an ICU transform for it, words
    /// keep their own ASCII letters.
    package init(language: String) {
        transliterator = try? Transliterator(id: Self.transliteratorID(for: language))
    }

    /// The ICU transform that maps words of `language` to lower-case ASCII.
    static func transliteratorID(for language: String) -> String {
        switch LanguageCode.primary(language) {
        case "ru", "be": return "Russian-Latin/BGN; Latin-ASCII; Any-Lower"
        case "uk": return "Ukrainian-Latin/BGN; Latin-ASCII; Any-Lower"
        default: return "Any-Latin; Latin-ASCII; Any-Lower"
        }
    }

    /// `word` transliterated to lower-case ASCII letters, other characters dropped.
    package func form(of word: String) -> String {
        if let key = Self.packedKey(word) {
            if let known = packedForms[key] { return known }
            let form = transformed(word)
            if packedForms.count < Self.cacheLimit { packedForms[key] = form }
            return form
        }
        if let known = otherForms[word] { return known }
        let form = transformed(word)
        if otherForms.count < Self.cacheLimit { otherForms[word] = form }
        return form
    }

    /// The ASCII letters of `word` after the transform (ASCII words are not transformed).
    private func transformed(_ word: String) -> String {
        let transformed = word.utf8.allSatisfy({ $0 < 0x80 }) ? word : transliterator?.transform(word) ?? word
        return String(decoding: transformed.utf8.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }, as: UTF8.self)
    }

    /// The code units of a word of at most eight ASCII or basic Cyrillic characters, one byte each
    /// (never 0, so that words of different lengths differ), first character highest; nil for
    /// other words.
    static func packedKey(_ word: String) -> UInt64? {
        var key: UInt64 = 0
        var length = 0
        for unit in word.utf16 {
            guard length < 8 else { return nil }
            switch unit {
            case 0..<0x80: key = key << 8 | UInt64(unit + 1)
            case 0x400...0x45F: key = key << 8 | UInt64(unit - 0x400 + 0x81)
            default: return nil
            }
            length += 1
        }
        return key
    }
}
