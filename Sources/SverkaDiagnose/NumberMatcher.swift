/// Compares the numbers on the two sides of a bead.
///
/// By value (``mentions(in:language:)``, then `compare(source:target:)` of mentions): each
/// side's numbers are read with their language's notation and words, so `1,5 млн` ~ `1.5 million` ~
/// `1 500 000`, `15%` ~ `15 per cent` ~ `15 процентов`, `двух` ~ `two` ~ `2`, `18.7.52` ~
/// `July 18, 1952`, `21.00` ~ `9 p.m.`, and only a value missing on the other side is reported.
///
/// By digits (``numbers(in:)``, then `compare(source:target:)` of strings: the older check): each
/// maximal run of digits is one number with leading zeros dropped, so `3.00` ~ `3:00` ~
/// `3 часа 00 минут`, `14-го` ~ `14`, `1952г.` ~ `1952`; a two-digit year matches the four-digit one
/// it ends (`52` ~ `1952`).
public enum NumberMatcher {
    /// The numbers of `text`, written in the language `language` (an ICU or BCP 47 code: `ru`,
    /// `en`, `en-GB`), in order; a repeated number repeats.
    ///
    /// Russian and English numbers are read in digits and in words; other languages in digits only,
    /// with a decimal comma (or a decimal point for `en`, `zh`, `ja`, `ko`, `he`, …) first and the
    /// other reading kept when the digits allow it.
    public static func mentions(in text: String, language: String) -> [NumberMention] {
        NumberScanner.mentions(in: text, language: NumberLanguage(code: language))
    }

    /// The mentions of `source` whose value is not in `target` (`missing`), and those of `target`
    /// whose value is not in `source` (`extra`), compared as multisets of values, each in text
    /// order.
    ///
    /// Mentions match when they share a reading (`3.00`, read as 3 or as 03:00, matches `3:00`);
    /// a date or time left without a partner is matched part by part, and what is reported is the
    /// largest mention none of whose parts found a partner (`18.7.52` against `July 18` reports
    /// `52`). Weak mentions (`one`, `первый`) match but are never reported. Linear in the number of
    /// mentions.
    public static func compare(source: [NumberMention], target: [NumberMention]) -> (missing: [NumberMention], extra: [NumberMention]) {
        var matching = NumberMentionMatching(source: source, target: target)
        matching.run()
        return (matching.unpaired(0), matching.unpaired(1))
    }

    /// The numbers of `text`, in order (a repeated number repeats).
    public static func numbers(in text: String) -> [String] {
        var result: [String] = []
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            let trimmed = run.drop(while: { $0 == "0" })
            result.append(trimmed.isEmpty ? "0" : String(trimmed))
            run = ""
        }
        for character in text {
            if character.isASCII && character.isNumber { run.append(character) } else { flush() }
        }
        flush()
        return result
    }

    /// The numbers of `source` missing from `target`, and those of `target` missing from `source`,
    /// compared as multisets.
    ///
    /// Each source number, in order, takes the first target number still free that is equal to it;
    /// then each source number left, in order, the first free one that is the same year (`52` ~
    /// `1952`). Linear in the numbers (a bead may hold a whole book of them).
    public static func compare(source: [String], target: [String]) -> (missing: [String], extra: [String]) {
        var free = [Bool](repeating: true, count: target.count)
        // Target positions by value, in order; `next[value]` is the first not yet taken.
        var positions: [String: [Int]] = [:]
        for (k, number) in target.enumerated() { positions[number, default: []].append(k) }
        var next: [String: Int] = [:]
        func take(_ value: String) -> Int? {
            guard let list = positions[value] else { return nil }
            var i = next[value] ?? 0
            while i < list.count && !free[list[i]] { i += 1 }
            next[value] = i
            return i < list.count ? list[i] : nil
        }
        var missing: [String] = []
        for number in source {
            if let k = take(number) { free[k] = false } else { missing.append(number) }
        }
        // Second pass: two-digit years against four-digit ones.
        var unmatchedMissing: [String] = []
        for number in missing {
            let partners: [String]
            if number.count == 2 {
                partners = ["19" + number, "20" + number]
            } else if number.count == 4 && (number.hasPrefix("19") || number.hasPrefix("20")) {
                partners = [String(number.suffix(2))]
            } else {
                partners = []
            }
            if let k = partners.compactMap(take).min() {
                free[k] = false
            } else {
                unmatchedMissing.append(number)
            }
        }
        return (unmatchedMissing, target.indices.filter { free[$0] }.map { target[$0] })
    }

    /// Whether one of `a`, `b` is a two-digit year and the other a 19xx/20xx year ending in it.
    static func isSameYear(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count == 2, long.count == 4, long.hasPrefix("19") || long.hasPrefix("20") else { return false }
        return long.hasSuffix(short)
    }
}
