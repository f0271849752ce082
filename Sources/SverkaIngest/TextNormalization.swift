import SverkaICU

/// The clean-up every decoded text gets: line ends unified to LF, then NFC.
public enum TextNormalization {
    /// `text` with CRLF and lone CR turned into LF and NFC applied.
    /// An empty text stays empty.
    public static func normalize(_ text: String) -> String {
        var unified = text
        if unified.utf8.contains(13) {
            unified = unified.replacingCRLF()
        }
        return Normalizer.nfc(unified)
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
