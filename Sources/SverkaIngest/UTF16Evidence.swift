/// Evidence that bytes without a byte-order mark are UTF-16.
enum UTF16Evidence {
    /// "UTF-16LE" or "UTF-16BE" when `bytes` (of even length) look like UTF-16 text of one or two
    /// alphabets: their NUL bytes fall on one side of each byte pair — the high byte of the ASCII
    /// characters (spaces, digits, punctuation, line ends) — one NUL in twenty at most on the other
    /// (U+0400 `Ѐ` or U+2000 have a zero low byte), and the high bytes take few values (three of
    /// them, such as 0x00, 0x04 for Cyrillic and 0x20 for dashes and quotes, cover 90% of the
    /// pairs); nil otherwise.
    static func byteOrder(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        var even = 0
        var odd = 0
        for index in stride(from: 0, to: bytes.count, by: 2) {
            if bytes[index] == 0 { even += 1 }
            if bytes[index + 1] == 0 { odd += 1 }
        }
        let order: String
        if odd > 0 && even * 20 <= odd {
            order = "UTF-16LE"
        } else if even > 0 && odd * 20 <= even {
            order = "UTF-16BE"
        } else {
            return nil
        }
        var highBytes = [Int](repeating: 0, count: 256)
        for index in stride(from: order == "UTF-16LE" ? 1 : 0, to: bytes.count, by: 2) { highBytes[Int(bytes[index])] += 1 }
        let common = highBytes.sorted(by: >).prefix(3).reduce(0, +)
        return 10 * common >= 9 * (bytes.count / 2) ? order : nil
    }

    /// Whether UTF-16 `units` read as text: at least one in a hundred is a space, a tab or a line
    /// feed (and one at all), as in any text of words and lines.
    static func looksLikeText(_ units: [UInt16]) -> Bool {
        let spaces = units.reduce(0) { $0 + ($1 == 0x20 || $1 == 0x0A || $1 == 0x09 || $1 == 0x0D || $1 == 0x3000 ? 1 : 0) }
        return spaces >= 1 && 100 * spaces >= units.count
    }
}
