/// A text file decoded to Unicode: the first stage of the pipeline.
///
/// Invariant: `text` is NFC-normalised, has no byte-order mark, and uses `\n` line ends only
/// (CRLF and lone CR were turned into LF, so line numbers count as a text editor does).
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

    /// Wraps an already decoded text; it is normalised (NFC, LF line ends) here.
    public init(name: String, text: String, encoding: String = "UTF-8", encodingWasDetected: Bool = false, firstLine: Int = 1) {
        self.name = name
        self.text = TextNormalization.normalize(text)
        self.encoding = encoding
        self.encodingWasDetected = encodingWasDetected
        self.firstLine = firstLine
    }
}
