import CSverkaICU

/// Unicode normalisation with ICU.
public enum Normalizer {
    /// The NFC form of `text` (canonical composition); returns the input unchanged if ICU fails.
    public static func nfc(_ text: String) -> String {
        // Most texts are NFC already: skip ICU (and two copies of a book) when every scalar is
        // one that NFC neither changes nor composes with a neighbour.
        if text.unicodeScalars.allSatisfy(isStableUnderNFC) { return text }
        let units = [UInt16](utf16Of: text)
        guard let result = try? withUTF16Pointer(units, { source, length in
            try fillUTF16(initialCapacity: units.count + 16) { sv_normalize_nfc(source, length, $0, $1) }
        }) else { return text }
        return String(utf16Units: result)
    }
}

extension Normalizer {
    /// Whether `scalar` is in a range where every character is NFC as it stands and combines with
    /// no neighbour: Latin up to U+02FF, Cyrillic (but its combining marks U+0483–U+0489),
    /// general punctuation from U+2010, currency signs and №. Checked against the Unicode
    /// character database for every character and pair of characters in these ranges.
    static func isStableUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x2FF, 0x400...0x482, 0x48A...0x52F, 0x2010...0x205F, 0x20A0...0x20CF, 0x2116: return true
        default: return false
        }
    }
}

/// Locale-aware case mapping with ICU.
public enum CaseMapper {
    /// `text` lower-cased by the rules of `locale` (a BCP 47 or ICU id such as `"ru"`);
    /// returns the input unchanged if ICU fails.
    public static func lowercase(_ text: String, locale: String) -> String {
        let units = [UInt16](utf16Of: text)
        guard let result = try? lowercaseUTF16(units, locale: locale) else { return text }
        return String(utf16Units: result)
    }

    /// UTF-16 form of ``lowercase(_:locale:)``.
    public static func lowercaseUTF16(_ units: [UInt16], locale: String) throws -> [UInt16] {
        try withUTF16Pointer(units) { source, length in
            try fillUTF16(initialCapacity: units.count + 16) { sv_to_lower(locale, source, length, $0, $1) }
        }
    }
}
