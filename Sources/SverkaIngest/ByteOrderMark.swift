/// Byte-order marks and the Unicode encodings they announce.
enum ByteOrderMark {
    /// The encoding a BOM at the start of `bytes` names, and the BOM's length; nil without one.
    static func detect(_ bytes: [UInt8]) -> (charset: String, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// `bytes` without a leading BOM when an explicit `encoding` is of the BOM's family, so that
    /// `--encoding UTF-16LE` on a file with a BOM yields no U+FEFF. The byte-order-neutral names
    /// "UTF-16" and "UTF-32" keep it: ICU reads the BOM itself for those.
    static func strip(_ bytes: [UInt8], ifMatching encoding: String) -> [UInt8] {
        guard let bom = detect(bytes) else { return bytes }
        // ICU ignores case, `-` and `_` in charset names (`utf8`, `UTF_16LE`), so compare without them.
        let name = encoding.uppercased().filter { $0 != "-" && $0 != "_" }
        if name == "UTF16" || name == "UTF32" { return bytes }
        let family = String(bom.charset.filter { $0 != "-" }.prefix(5)) // UTF8, UTF16 or UTF32
        return name.hasPrefix(family) ? Array(bytes.dropFirst(bom.length)) : bytes
    }
}
