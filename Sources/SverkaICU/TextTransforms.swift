import CSverkaICU

/// Unicode normalisation with ICU.
public enum Normalizer {
    /// The NFC form of `text` (canonical composition); returns the input unchanged if ICU fails.
    public static func nfc(_ text: String) -> String {
        let units = Array(text.utf16)
        guard let result = try? withUTF16Pointer(units, { source, length in
            try fillUTF16(initialCapacity: units.count + 16) { sv_normalize_nfc(source, length, $0, $1) }
        }) else { return text }
        return String(utf16Units: result)
    }
}

/// Locale-aware case mapping with ICU.
public enum CaseMapper {
    /// `text` lower-cased by the rules of `locale` (a BCP 47 or ICU id such as `"ru"`);
    /// returns the input unchanged if ICU fails.
    public static func lowercase(_ text: String, locale: String) -> String {
        let units = Array(text.utf16)
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
