/// Why an input file could not be read as text. Every case names the file and, where it
/// applies, the 1-based line, so the CLI can print one clear line and exit with code 2.
public enum InputError: Error, Equatable, CustomStringConvertible {
    /// No file at that path.
    case fileNotFound(path: String)
    /// The file exists but could not be read (a directory, no permission, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file has no bytes, or only white space.
    case empty(path: String)
    /// The file holds NUL bytes or other control characters: not text.
    case binary(path: String, line: Int)
    /// NUL bytes on one side of each byte pair, as in UTF-16 without a byte-order mark (`encoding`
    /// names the byte order), but the file does not decode as such text.
    case binaryOrUTF16(path: String, line: Int, encoding: String)
    /// A byte sequence that is not valid in the file's encoding.
    case invalidEncoding(path: String, encoding: String, line: Int, byteOffset: Int)
    /// `--encoding` named a charset ICU does not know.
    case unknownEncoding(name: String)
    /// The encoding could not be determined; the user should name it.
    case undetectableEncoding(path: String)
    /// The file is larger than the configured limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A device, pipe or growing file gave more bytes than the limit while it was read.
    case streamTooLarge(path: String, limit: Int)
    /// A DOCX, ODT, HTML or EPUB file that cannot be read as one (not a zip archive, truncated,
    /// a part missing or not well-formed); `format` names what it should be.
    case unreadableDocument(path: String, format: String, reason: String)
    /// A part of a zip archive (DOCX, ODT, EPUB) inflates past the limit: refused before it is all
    /// inflated (a zip bomb, or a document larger than `--max-input-size`).
    case inflatesTooLarge(path: String, entry: String, limit: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file (\(reason))"
        case .empty(let path):
            return "\(path): the file is empty"
        case .binary(let path, let line):
            return "\(path):\(line): binary data (NUL or control bytes), not a text file"
        case .binaryOrUTF16(let path, let line, let encoding):
            return "\(path):\(line): binary data, or \(encoding) text without a byte-order mark that does not decode as such; if it is text, name its encoding with --encoding"
        case .invalidEncoding(let path, let encoding, let line, let offset):
            return "\(path):\(line): invalid \(encoding) byte sequence at byte \(offset); name the right encoding with --encoding"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)' (use an ICU charset name such as UTF-8, windows-1251, KOI8-R, UTF-16)"
        case .undetectableEncoding(let path):
            return "\(path): cannot tell the text encoding; name it with --encoding"
        case .tooLarge(let path, let bytes, let limit):
            let remedy = limit >= InputDecoder.largestSupportedBytes ? "the most Sverka can read" : "raise it with --max-input-size"
            return "\(path): the file has \(bytes) bytes, more than the limit of \(limit) (\(remedy))"
        case .unreadableDocument(let path, let format, let reason):
            return "\(path): cannot read it as \(format) (\(reason))"
        case .inflatesTooLarge(let path, let entry, let limit):
            let remedy = limit >= InputDecoder.largestSupportedBytes ? "the most Sverka can read" : "raise it with --max-input-size"
            return "\(path): \(entry) inflates to more than the limit of \(limit) bytes (\(remedy))"
        case .streamTooLarge(let path, let limit):
            let remedy = limit >= InputDecoder.largestSupportedBytes ? "the most Sverka can read" : "raise it with --max-input-size"
            return "\(path): more than the limit of \(limit) bytes was read (\(remedy))"
        }
    }
}
