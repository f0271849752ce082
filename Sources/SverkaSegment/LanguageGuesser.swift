import SverkaICU

/// Guesses a text's language from the script of its letters (ICU's Script property).
///
/// This is enough to tell Russian from English, the pair Sverka is built for; for other pairs the
/// user names the languages.
public enum LanguageGuesser {
    /// Counts of letters per script in `text` (only letters count; digits and punctuation do not).
    public static func scriptCounts(_ text: String, limit: Int = 200_000) -> [Script: Int] {
        var counts: [Script: Int] = [:]
        for scalar in text.unicodeScalars.prefix(limit) where scalar.properties.isAlphabetic {
            counts[Script(of: scalar), default: 0] += 1
        }
        return counts
    }

    /// `"ru"` when Cyrillic letters outnumber Latin ones, `"en"` otherwise (also for a text with
    /// no letters at all). Other scripts map to a representative language (Greek `el`, Arabic
    /// `ar`, Hebrew `he`, Han `zh`).
    public static func guess(_ text: String) -> String {
        let counts = scriptCounts(text)
        guard let (script, _) = counts.filter({ $0.key != .common }).max(by: { $0.value < $1.value }) else { return "en" }
        switch script {
        case .cyrillic: return "ru"
        case .greek: return "el"
        case .arabic: return "ar"
        case .hebrew: return "he"
        case .han: return "zh"
        default: return "en"
        }
    }

    /// The script a language is written in, for the languages whose script is unambiguous; nil
    /// for others (Serbian, for one, is written in both).
    public static func expectedScript(of language: String) -> Script? {
        switch LanguageCode.primary(language) {
        case "ru", "uk", "be", "bg", "mk", "kk", "ky", "tg", "mn": return .cyrillic
        case "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "ro", "hu", "fi", "sv", "da", "no",
             "nb", "nn", "is", "et", "lv", "lt", "tr", "ca", "eu", "ga", "cy", "la", "id", "ms", "vi": return .latin
        case "el": return .greek
        case "ar", "fa", "ur": return .arabic
        case "he", "yi": return .hebrew
        default: return nil
        }
    }

    /// A one-line warning when most letters of `text` (at least 20, over 80%) are in another script
    /// than `language` is written in: a file given on the wrong side, or a wrong language option.
    public static func scriptWarning(_ text: String, language: String) -> String? {
        guard let expected = expectedScript(of: language) else { return nil }
        let counts = scriptCounts(text).filter { $0.key != .common }
        let total = counts.values.reduce(0, +)
        guard total >= 20, let (script, count) = counts.max(by: { $0.value < $1.value }), script != expected,
              Double(count) > 0.8 * Double(total) else { return nil }
        return "most letters are \(script.name) but the text is read as '\(language)', written in \(expected.name)"
    }
}
