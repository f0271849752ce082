import Foundation
import SverkaICU

/// Breaks ties between the single-byte Cyrillic charsets ICU's detector proposes.
///
/// windows-1251, KOI8-R, ISO-8859-5 and IBM866 map the same bytes to different letters, and on
/// short or all-capitals texts ICU sometimes ranks the wrong one first. Each candidate's decoding is
/// scored by how Russian its letter frequencies look (sum of log frequencies of the letters), and
/// the Cyrillic candidates are re-ordered by that score. Other candidates keep ICU's order.
enum CyrillicCharsetChooser {
    static let cyrillicCharsets: Set<String> = ["windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"]

    /// `candidates` with the Cyrillic ones re-ranked, and those ICU did not propose added.
    static func rank(_ candidates: [CharsetGuess], bytes: [UInt8]) -> [CharsetGuess] {
        let highBytes = bytes.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
        let asciiLetters = bytes.reduce(0) { $0 + ((0x41...0x5A).contains($1) || (0x61...0x7A).contains($1) ? 1 : 0) }
        // Cyrillic text in a single-byte charset is mostly high bytes. Western text (ISO-8859-1,
        // windows-1252) has a few accented letters among many ASCII ones: keep ICU's order for it,
        // or `Grüße` would be read as windows-1251 `GrьЯe`.
        guard highBytes > 0, highBytes * 2 >= asciiLetters else { return candidates }
        var cyrillic = candidates.filter { cyrillicCharsets.contains($0.name) }
        for name in cyrillicCharsets.sorted() where !cyrillic.contains(where: { $0.name == name }) {
            cyrillic.append(CharsetGuess(name: name, confidence: 0))
        }
        let scored = cyrillic.map { candidate -> (CharsetGuess, Double) in
            guard let units = try? Charset.decodeUTF16(bytes, charset: candidate.name) else { return (candidate, -.infinity) }
            return (candidate, russianLikelihood(String(utf16Units: units)))
        }
        let bestCyrillic = scored.max { $0.1 < $1.1 }
        // Only prefer Cyrillic when the best decoding really reads as Russian.
        guard let best = bestCyrillic, best.1 > -6.0 else { return candidates }
        let others = candidates.filter { !cyrillicCharsets.contains($0.name) }
        return scored.sorted { $0.1 > $1.1 }.map(\.0) + others
    }

    /// Mean log-frequency of the Cyrillic letters of `text` (case-folded) under Russian letter
    /// frequencies, minus a penalty for non-letter symbols a wrong decoding produces; higher is
    /// more Russian-like. Text with no Cyrillic letters scores -infinity.
    static func russianLikelihood(_ text: String) -> Double {
        var total = 0.0
        var letters = 0
        var oddSymbols = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            let lower = Character(scalar).lowercased()
            if let frequency = russianLetterFrequency[lower] {
                total += log(frequency)
                letters += 1
            } else {
                oddSymbols += 1
            }
        }
        guard letters > 0 else { return -.infinity }
        return total / Double(letters) - 3.0 * Double(oddSymbols) / Double(letters + oddSymbols)
    }

    /// Relative letter frequencies of Russian text (per letter; they sum to about 1).
    static let russianLetterFrequency: [String: Double] = [
        "о": 0.1097, "е": 0.0845, "а": 0.0801, "и": 0.0735, "н": 0.0670, "т": 0.0626, "с": 0.0547,
        "р": 0.0473, "в": 0.0454, "л": 0.0440, "к": 0.0349, "м": 0.0321, "д": 0.0298, "п": 0.0281,
        "у": 0.0262, "я": 0.0201, "ы": 0.0190, "ь": 0.0174, "г": 0.0170, "з": 0.0165, "б": 0.0159,
        "ч": 0.0144, "й": 0.0121, "х": 0.0097, "ж": 0.0094, "ш": 0.0073, "ю": 0.0064, "ц": 0.0048,
        "щ": 0.0036, "э": 0.0032, "ф": 0.0026, "ъ": 0.0004, "ё": 0.0004,
    ]
}


