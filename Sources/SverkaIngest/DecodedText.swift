/// A text file decoded to Unicode: the first stage of the pipeline.
///
/// Invariant: `text` is NFC-normalised, has no byte-order mark, uses `\n` line ends only (CRLF,
/// lone CR and vertical tabs were turned into LF, so line numbers count as a text editor does), and
/// holds no control character but tab, LF and form feed (a page break; ESC, DEL and C1 controls
/// were dropped, with a warning naming their lines).
public struct DecodedText: Equatable, Sendable {
    /// Where the text came from (a path, or a name given by the caller); used in messages.
    public let name: String
    /// The text itself.
    public let text: String
    /// The charset it was decoded from, as ICU names it (`"UTF-8"`, `"windows-1251"`, …).
    public let encoding: String
    /// Whether `encoding` was detected (true) or given by the caller (false).
    public let encodingWasDetected: Bool
    /// The line number, in the file it came from, of the text's first line: 1 for a whole file,
    /// more for a part cut out of a larger file (so reports point into the original file).
    public let firstLine: Int
    /// What a person should know about how the text was read, one line each, naming the file
    /// (control characters dropped, a UTF-8 file read in another encoding as asked). Segmentation
    /// carries them on to the ``Document``'s warnings.
    public var warnings: [String]

    /// Wraps an already decoded text; it is normalised (NFC, LF line ends, control characters)
    /// here, and `warnings` gets one more when control characters were dropped.
    public init(name: String, text: String, encoding: String = "UTF-8", encodingWasDetected: Bool = false, firstLine: Int = 1,
                warnings: [String] = []) {
        let (normalized, dropped) = TextNormalization.normalizeReporting(text)
        self.name = name
        self.text = normalized
        self.encoding = encoding
        self.encodingWasDetected = encodingWasDetected
        self.firstLine = firstLine
        self.warnings = warnings
        if !dropped.isEmpty {
            self.warnings.append(Self.droppedWarning(dropped, name: name, firstLine: firstLine))
        }
    }

    /// `FILE:LINE: dropped N control characters (ESC U+001B, …) on lines L1, L2, … and K more`.
    static func droppedWarning(_ dropped: [(line: Int, scalar: Unicode.Scalar)], name: String, firstLine: Int) -> String {
        var kinds: [UInt32] = []
        for item in dropped where !kinds.contains(item.scalar.value) { kinds.append(item.scalar.value) }
        let named = kinds.sorted().map { value -> String in
            let hex = String(value, radix: 16, uppercase: true)
            let label = value == 0x1B ? "ESC " : value == 0x7F ? "DEL " : ""
            return label + "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        var lines: [Int] = []
        for item in dropped where lines.last != item.line + firstLine - 1 { lines.append(item.line + firstLine - 1) }
        let shown = lines.prefix(5).map(String.init).joined(separator: ", ")
        let more = lines.count > 5 ? " and \(lines.count - 5) more" : ""
        let count = dropped.count == 1 ? "1 control character" : "\(dropped.count) control characters"
        return "\(name):\(lines[0]): dropped \(count) (\(named.joined(separator: ", "))) on line\(lines.count == 1 ? "" : "s") \(shown)\(more)"
    }
}
