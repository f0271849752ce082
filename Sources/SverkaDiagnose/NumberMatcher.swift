/// Compares the numbers on the two sides of a bead after normalisation: each maximal run of digits
/// is one number with leading zeros dropped, so `3.00` ~ `3:00` ~ `3 часа 00 минут`, `14-го` ~ `14`,
/// `1952г.` ~ `1952`; a two-digit year matches the four-digit one it ends (`52` ~ `1952`).
public enum NumberMatcher {
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
