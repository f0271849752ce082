import Sverka

/// Fuzz target (a): bytes → ``InputDecoder``. Decoding must return a text that keeps the
/// ``DecodedText`` promises or throw an ``InputError`` whose message is one line and whose line
/// and byte numbers point into the input; nothing else, and never a trap.
///
/// The first byte chooses the encoding: an index into ``encodings`` names it as `--encoding`
/// does, 255 sets a size limit of 64 bytes, anything else lets the decoder detect it. The other
/// bytes are the file.
public enum IngestCheck {
    /// The encodings the first byte can name (the last is one ICU does not know).
    public static let encodings = ["UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "windows-1251",
                                   "KOI8-R", "ISO-8859-5", "IBM866", "ISO-8859-1", "Shift_JIS", "GB18030",
                                   "ISO-2022-JP", "UTF-7", "x-no-such-charset"]

    /// Runs the check on one fuzzer input.
    public static func run(_ data: [UInt8]) {
        var input = FuzzInput(data)
        let selector = Int(input.option())
        let bytes = Array(input.rest)
        let encoding = selector < encodings.count ? encodings[selector] : nil
        let decoder = InputDecoder(maxInputBytes: selector == 255 ? 64 : InputDecoder.defaultMaxInputBytes)
        let first = outcome(decoder, bytes, encoding)
        let second = outcome(decoder, bytes, encoding)
        FuzzFailure.check("ingest", first == second ? nil : "two decodings of the same bytes differ")
        switch first {
        case .success(let decoded):
            FuzzFailure.check("ingest", problem(in: decoded, bytes: bytes))
        case .failure(let error):
            FuzzFailure.check("ingest", problem(in: error, bytes: bytes, limit: decoder.maxInputBytes))
        }
    }

    /// The decoding of `bytes`: a text or an ``InputError``; any other error is a finding.
    static func outcome(_ decoder: InputDecoder, _ bytes: [UInt8], _ encoding: String?) -> Result<DecodedText, InputError> {
        do {
            return .success(try decoder.decode(bytes, name: "fuzz.txt", encoding: encoding))
        } catch let error as InputError {
            return .failure(error)
        } catch {
            FuzzFailure.fail("ingest", "decode threw \(type(of: error)), not InputError: \(error)")
        }
    }

    /// What is wrong with a successful decoding, or nil.
    static func problem(in decoded: DecodedText, bytes: [UInt8]) -> String? {
        let text = decoded.text
        if text.utf16.contains(13) { return "a CR survived line-end normalisation" }
        // Blank as segmentation counts it (White_Space and U+FEFF; " " + a combining mark is text).
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) { return "a blank text was accepted" }
        // Tab, LF and FF stay; VT became LF; ESC, DEL and C1 controls but NEL were dropped.
        if text.unicodeScalars.contains(where: { ($0.value < 0x20 && ![0x09, 0x0A, 0x0C].contains($0.value))
            || $0.value == 0x7F || ((0x80...0x9F).contains($0.value) && $0.value != 0x85) }) {
            return "a NUL or control character was accepted"
        }
        if Normalizer.nfc(text) != text { return "the text is not NFC" }
        if decoded.encoding.isEmpty { return "no encoding named" }
        if decoded.firstLine != 1 { return "a whole file starts at line \(decoded.firstLine)" }
        return nil
    }

    /// What is wrong with a refusal, or nil.
    static func problem(in error: InputError, bytes: [UInt8], limit: Int) -> String? {
        let message = error.description
        if message.isEmpty || message.contains("\n") || message.contains("\r") { return "message is not one line: \(message.debugDescription)" }
        // Any charset needs a byte per line at least; in UTF-8 the line is exact (LF, CRLF, lone CR).
        let plausible = 1...(bytes.count + 1)
        switch error {
        case .empty:
            return nil
        case .binary(_, let line), .binaryOrUTF16(_, let line, _):
            return plausible.contains(line) ? nil : "binary data on line \(line) of a \(bytes.count)-byte file"
        case .invalidEncoding(_, let encoding, let line, let offset):
            if offset < 0 || offset >= bytes.count { return "invalid byte at offset \(offset) of \(bytes.count)" }
            if !plausible.contains(line) { return "invalid byte on line \(line) of a \(bytes.count)-byte file" }
            if encoding == "UTF-8" {
                let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                let expected = lineNumber(bytes[min(start, offset)..<offset])
                if line != expected { return "invalid UTF-8 at byte \(offset) said to be on line \(line), not \(expected)" }
            }
            return nil
        case .tooLarge(_, let size, let max):
            return size > max && max == limit ? nil : "too large: \(size) > \(max)?"
        case .unknownEncoding, .undetectableEncoding:
            return nil
        case .fileNotFound, .unreadable, .streamTooLarge:
            return "decode of bytes reported a file-system error: \(message)"
        case .unreadableDocument, .inflatesTooLarge:
            return "decode of plain-text bytes reported a document reader's error: \(message)"
        }
    }

    /// 1 + the line ends (LF, CRLF, lone CR) in `bytes`.
    static func lineNumber(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        for (k, byte) in zip(bytes.indices, bytes) where byte == 10 || byte == 13 {
            if byte == 10 && k > bytes.startIndex && bytes[k - 1] == 13 { continue }
            line += 1
        }
        return line
    }
}
