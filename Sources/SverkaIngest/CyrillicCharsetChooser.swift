import Foundation
import SverkaICU

/// Chooses among the single-byte Cyrillic charsets for bytes that are not UTF-8.
///
/// windows-1251, KOI8-R, KOI8-U, ISO-8859-5, IBM866, IBM855 and MacCyrillic map the same bytes to
/// different letters. ICU's detector knows only the first three of them (so IBM866 and MacCyrillic
/// texts were read as something else), and on short or all-capitals texts it sometimes ranks the
/// wrong one first. So every Cyrillic charset ICU can convert is tried on the text (its first
/// ``sampleBytes``), each decoding is scored by how Russian it reads (``russianLikelihood(_:)``), and
/// the Cyrillic candidates are ranked by that score, ICU's own candidates after them. Decodings
/// that score the same (KOI8-R and KOI8-U on Russian text) keep the order of ``cyrillicCharsets``.
enum CyrillicCharsetChooser {
    /// The Cyrillic charsets tried, the more common first (the order breaks ties).
    static let cyrillicCharsets: [String] = ["windows-1251", "KOI8-R", "IBM866", "ISO-8859-5", "x-mac-cyrillic", "KOI8-U", "IBM855"]

    /// How much of a text is decoded in each candidate charset to score it.
    static let sampleBytes = 256 * 1024

    /// `candidates` with the Cyrillic ones re-ranked, and those ICU did not propose added.
    static func rank(_ candidates: [CharsetGuess], bytes: [UInt8]) -> [CharsetGuess] {
        let highBytes = bytes.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
        let asciiLetters = bytes.reduce(0) { $0 + ((0x41...0x5A).contains($1) || (0x61...0x7A).contains($1) ? 1 : 0) }
        // Cyrillic text in a single-byte charset is mostly high bytes. Western text (ISO-8859-1,
        // windows-1252) has a few accented letters among many ASCII ones: keep ICU's order for it,
        // or `Grüße` would be read as windows-1251 `GrьЯe`.
        guard highBytes > 0, highBytes * 2 >= asciiLetters else { return candidates }
        let sample = Array(bytes.prefix(sampleBytes))
        let scored = cyrillicCharsets.enumerated().compactMap { order, name -> (CharsetGuess, Double, Int)? in
            guard Charset.isKnown(name) else { return nil }
            let guess = candidates.first { $0.name == name } ?? CharsetGuess(name: name, confidence: 0)
            guard let units = try? Charset.decodeUTF16(sample, charset: name) else { return (guess, -.infinity, order) }
            return (guess, russianLikelihood(String(utf16Units: units)), order)
        }
        // Only prefer Cyrillic when the best decoding really reads as Russian.
        guard let best = scored.map(\.1).max(), best > -6.0 else { return candidates }
        let ranked = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }.map(\.0)
        let others = candidates.filter { !cyrillicCharsets.contains($0.name) }
        return ranked + others
    }

    /// Mean log-frequency of the Cyrillic letters of `text` (case-folded) under Russian letter
    /// frequencies (Ukrainian and Belarusian `і ї є ґ ў` at rough frequencies of their own),
    /// minus penalties for what wrong decodings produce: other symbols (3 × their share), box
    /// drawing and C1 controls (10 ×, as no text has them), and capitals inside a lower-case word
    /// (4 × their rate; MacCyrillic's `я` is windows-1251's `Я`: `моЯ`). Higher is more
    /// Russian-like; text with no Cyrillic letters scores -infinity.
    static func russianLikelihood(_ text: String) -> Double {
        var total = 0.0
        var letters = 0
        var oddSymbols = 0
        var impossible = 0
        var capitalsInside = 0
        var previousWasLower = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if previousWasLower && properties.isUppercase { capitalsInside += 1 }
            previousWasLower = properties.isLowercase
            guard scalar.value >= 0x80 else { continue }
            let lower = Character(scalar).lowercased()
            if let frequency = russianLetterFrequency[lower] ?? otherLetterFrequency[lower] {
                total += log(frequency)
                letters += 1
            } else if (0x2500...0x259F).contains(scalar.value) || (0x80...0x9F).contains(scalar.value) {
                impossible += 1
            } else {
                oddSymbols += 1
            }
        }
        guard letters > 0 else { return -.infinity }
        let symbols = Double(letters + oddSymbols + impossible)
        return total / Double(letters) - 3.0 * Double(oddSymbols) / symbols - 10.0 * Double(impossible) / symbols
            - 4.0 * Double(capitalsInside) / Double(letters)
    }

    /// Rough frequencies of the Cyrillic letters Russian lacks, so that Ukrainian and Belarusian
    /// texts read in KOI8-U or windows-1251 do not lose to KOI8-R's box drawing.
    static let otherLetterFrequency: [String: Double] = ["і": 0.02, "ї": 0.005, "є": 0.005, "ґ": 0.001, "ў": 0.005]

    /// Relative letter frequencies of Russian text (per letter; they sum to about 1).
    static let russianLetterFrequency: [String: Double] = [
        "о": 0.1097, "е": 0.0845, "а": 0.0801, "и": 0.0735, "н": 0.0670, "т": 0.0626, "с": 0.0547,
        "р": 0.0473, "в": 0.0454, "л": 0.0440, "к": 0.0349, "м": 0.0321, "д": 0.0298, "п": 0.0281,
        "у": 0.0262, "я": 0.0201, "ы": 0.0190, "ь": 0.0174, "г": 0.0170, "з": 0.0165, "б": 0.0159,
        "ч": 0.0144, "й": 0.0121, "х": 0.0097, "ж": 0.0094, "ш": 0.0073, "ю": 0.0064, "ц": 0.0048,
        "щ": 0.0036, "э": 0.0032, "ф": 0.0026, "ъ": 0.0004, "ё": 0.0004,
    ]
}


