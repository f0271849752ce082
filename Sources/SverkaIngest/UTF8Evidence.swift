/// Evidence that bytes were meant as UTF-8 even though they do not all decode as UTF-8.
enum UTF8Evidence {
    /// Whether `bytes` hold at least one well-formed UTF-8 multibyte sequence
    /// (a lead byte followed by the right number of continuation bytes).
    ///
    /// Legacy single-byte Cyrillic text almost never does: its letters are 0xC0–0xFF bytes in
    /// runs, which rarely form lead+continuation pairs (continuations are 0x80–0xBF).
    static func hasMultibyteSequence(_ bytes: [UInt8]) -> Bool {
        var wellFormed = 0
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
                wellFormed += 1
                if wellFormed >= 2 { return true }
                i += length
            } else {
                i += 1
            }
        }
        return false
    }
}
