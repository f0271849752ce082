/// Evidence that bytes were meant as UTF-8 even though they do not all decode as UTF-8.
enum UTF8Evidence {
    /// Whether `bytes`, which do not all decode as UTF-8, still read as UTF-8 with some bad bytes
    /// (an error to report) rather than as a legacy single-byte charset (to detect).
    ///
    /// Both kinds hold bytes ≥ 0x80. In damaged UTF-8 nearly all of them sit in well-formed
    /// multibyte sequences (a lead byte followed by the right number of continuation bytes, 0x80–0xBF),
    /// with a few stray bytes. In single-byte Cyrillic such sequences only happen by chance: IBM866
    /// puts `р`–`я` on 3-byte leads (0xE0–0xEF) and `а`–`п` on continuation bytes, so `рад` is one,
    /// and ISO-8859-5 capitals (0xC2–0xCF, 0xB0–0xBF) form 2-byte ones (`ТО`), but most high bytes
    /// there stand alone. So: at least two well-formed sequences, and at least half as many as the
    /// stray high bytes.
    static func meantAsUTF8(_ bytes: [UInt8]) -> Bool {
        let (sequences, stray) = counts(bytes)
        return sequences >= 2 && 2 * sequences >= stray
    }

    /// Well-formed multibyte sequences in `bytes`, and bytes ≥ 0x80 outside any of them.
    static func counts(_ bytes: [UInt8]) -> (sequences: Int, stray: Int) {
        var sequences = 0
        var stray = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 1
            }
            if length > 1 && i + length <= bytes.count
                && bytes[(i + 1)..<(i + length)].allSatisfy({ (0x80...0xBF).contains($0) }) {
                sequences += 1
                i += length
            } else {
                if lead >= 0x80 { stray += 1 }
                i += 1
            }
        }
        return (sequences, stray)
    }
}
