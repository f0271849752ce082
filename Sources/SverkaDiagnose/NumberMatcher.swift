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
    public static func compare(source: [String], target: [String]) -> (missing: [String], extra: [String]) {
        var remaining = target
        var missing: [String] = []
        for number in source {
            if let k = remaining.firstIndex(of: number) {
                remaining.remove(at: k)
            } else {
                missing.append(number)
            }
        }
        // Second pass: two-digit years against four-digit ones.
        var unmatchedMissing: [String] = []
        for number in missing {
            if let k = remaining.firstIndex(where: { isSameYear($0, number) }) {
                remaining.remove(at: k)
            } else {
                unmatchedMissing.append(number)
            }
        }
        return (unmatchedMissing, remaining)
    }

    /// Whether one of `a`, `b` is a two-digit year and the other a 19xx/20xx year ending in it.
    static func isSameYear(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count == 2, long.count == 4, long.hasPrefix("19") || long.hasPrefix("20") else { return false }
        return long.hasSuffix(short)
    }
}
