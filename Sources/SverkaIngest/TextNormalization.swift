import SverkaICU

/// The clean-up every decoded text gets: line ends unified to LF, control characters normalised,
/// then NFC.
public enum TextNormalization {
    /// `text` with CRLF and lone CR turned into LF, control characters normalised
    /// (``normalizeControls(_:)``) and NFC applied. An empty text stays empty.
    public static func normalize(_ text: String) -> String {
        normalizeReporting(text).text
    }

    /// ``normalize(_:)``, with the control characters it dropped: each one's 1-based line in the
    /// normalised text and its code point.
    public static func normalizeReporting(_ text: String) -> (text: String, dropped: [(line: Int, scalar: Unicode.Scalar)]) {
        var unified = text
        if unified.utf8.contains(13) {
            unified = unified.replacingCRLF()
        }
        let (clean, dropped) = normalizeControls(unified)
        return (Normalizer.nfc(clean), dropped)
    }

    /// Whether `scalar` is a control character that no writer can show and that says nothing of
    /// the text: ESC, DEL and the C1 controls but NEL (a line separator, like U+2028).
    public static func isDroppedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1B, 0x7F: return true
        case 0x85: return false
        case 0x80...0x9F: return true
        default: return false
        }
    }

    /// `text` (LF line ends) with each vertical tab turned into a line feed (a line break, as
    /// Unicode's line breaking and Python's `splitlines` take it) and ESC, DEL and the C1 controls
    /// but NEL dropped (``isDroppedControl(_:)``), with the line and code point of each dropped one.
    /// Form feeds stay: they are page breaks, which segmentation treats as paragraph breaks and the
    /// clean-up as page breaks. Texts without any of these are returned as they are.
    public static func normalizeControls(_ text: String) -> (text: String, dropped: [(line: Int, scalar: Unicode.Scalar)]) {
        // ESC, DEL and VT are single UTF-8 bytes; C1 controls are 0xC2 0x80–0x9F.
        var needed = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0B || byte == 0x1B || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte) && byte != 0x85) {
                needed = true
                break
            }
            previous = byte
        }
        guard needed else { return (text, []) }
        var out = String.UnicodeScalarView()
        var dropped: [(line: Int, scalar: Unicode.Scalar)] = []
        var line = 1
        for scalar in text.unicodeScalars {
            if scalar == "\u{0B}" {
                out.append("\n")
                line += 1
            } else if isDroppedControl(scalar) {
                dropped.append((line, scalar))
            } else {
                if scalar == "\n" { line += 1 }
                out.append(scalar)
            }
        }
        return (String(out), dropped)
    }
}

extension String {
    /// The string with "\r\n" and lone "\r" replaced by "\n".
    fileprivate func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if byte == 10 && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension TextNormalization {
    /// Whether the UTF-16 code unit `unit` is white space as segmentation and clean-up count it:
    /// ASCII white space and controls 0x09–0x0D, NEL, no-break and other Unicode spaces, the line
    /// and paragraph separators, and U+FEFF.
    public static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }
}
