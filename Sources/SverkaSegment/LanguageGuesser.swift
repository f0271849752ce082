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
}
