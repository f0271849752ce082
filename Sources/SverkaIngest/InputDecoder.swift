import Foundation
import SverkaICU

/// Turns the bytes of a file into a ``DecodedText``: byte-order marks, encoding detection with
/// ICU, strict decoding, and refusal of input that is not text.
///
/// The decision, in order:
/// 1. an explicit encoding (`--encoding`) is used as given, strictly (with a warning when the
///    file is valid UTF-8 with non-ASCII text but was named otherwise);
/// 2. a byte-order mark names UTF-8, UTF-16 or UTF-32;
/// 3. NUL bytes without a BOM mean UTF-16 when they all fall on one side of each byte pair and
///    the text decodes cleanly that way (``UTF16Evidence``), binary data otherwise;
/// 4. input that decodes as UTF-8 is UTF-8;
/// 5. input whose high bytes mostly form well-formed UTF-8 sequences but not all is broken UTF-8
///    (an error, never a silent re-reading as a legacy charset; ``UTF8Evidence``);
/// 6. otherwise the legacy charset is chosen among ICU's candidates and every Cyrillic charset ICU
///    converts (windows-1251, KOI8-R, IBM866, ISO-8859-5, MacCyrillic, …; ``CyrillicCharsetChooser``).
///
/// A DOS end-of-file mark (Ctrl-Z, U+001A) ending the text is dropped. Other control characters
/// are normalised by ``DecodedText`` (vertical tab: a line break; ESC, DEL and C1 controls:
/// dropped with a warning); the rest of C0 marks binary data.
public struct InputDecoder: Sendable {
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int

    /// The default limit: 512 MiB.
    public static let defaultMaxInputBytes = 512 * 1024 * 1024

    /// The largest input read whatever `maxInputBytes` says: ICU takes 32-bit lengths (UTF-16
    /// units, at most one per byte, plus a little room), and a longer text would trap.
    public static let largestSupportedBytes = Int(Int32.max) - 1024

    /// The limit applied: `maxInputBytes`, but no more than ``largestSupportedBytes``.
    var limit: Int { min(maxInputBytes, Self.largestSupportedBytes) }

    /// A decoder with the given size limit (bytes).
    public init(maxInputBytes: Int = InputDecoder.defaultMaxInputBytes) {
        self.maxInputBytes = maxInputBytes
    }

    /// Reads and decodes the file at `path`. `encoding` overrides detection (any ICU charset name).
    /// Any file is read with the size limit counted while reading: a device or a pipe
    /// (`/dev/zero`, `/dev/stdin`) that goes on past the limit is refused, not read without end.
    public func load(path: String, encoding: String? = nil) throws -> DecodedText {
        try decode(try readBytes(path: path), name: path, encoding: encoding)
    }

    /// The bytes of the file at `path`, read with the size limit counted while reading (as
    /// ``load(path:encoding:)`` reads them), undecoded: for readers of other formats (DOCX, EPUB, …).
    public func readBytes(path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let error = errno
            if error == ENOENT || error == ENOTDIR { throw InputError.fileNotFound(path: path) }
            throw InputError.unreadable(path: path, reason: error == EACCES ? "permission denied" : Self.systemMessage(error))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { throw InputError.unreadable(path: path, reason: "it is a directory") }
            if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit {
                throw InputError.tooLarge(path: path, bytes: Int(status.st_size), limit: limit)
            }
        }
        let sizeHint = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
        return try read(descriptor, name: path, sizeHint: sizeHint)
    }

    /// Reads what is left on an open `descriptor` (standard input: 0), named `name` in errors, and
    /// decodes it; the size limit is counted while reading. The descriptor stays open.
    public func load(descriptor: Int32, name: String, encoding: String? = nil) throws -> DecodedText {
        try decode(try readStream(descriptor: descriptor, name: name), name: name, encoding: encoding)
    }

    /// The bytes left on an open `descriptor`, named `name` in errors, read with the size limit as
    /// ``load(descriptor:name:encoding:)`` reads them. The descriptor stays open.
    public func readStream(descriptor: Int32, name: String) throws -> [UInt8] {
        try read(descriptor, name: name, sizeHint: 0)
    }

    /// The bytes left on `descriptor`, at most ``limit`` of them (more: ``InputError/streamTooLarge(path:limit:)``).
    private func read(_ descriptor: Int32, name: String, sizeHint: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(sizeHint, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                let error = errno
                if error == EINTR { continue }
                throw InputError.unreadable(path: name, reason: error == EISDIR ? "it is a directory" : Self.systemMessage(error))
            }
            guard bytes.count + count <= limit else { throw InputError.streamTooLarge(path: name, limit: limit) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// The system's words for `error` (`strerror`), lower-cased at the start.
    private static func systemMessage(_ error: Int32) -> String {
        let text = String(cString: strerror(error))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Decodes `bytes` (named `name` in errors). `encoding` overrides detection.
    public func decode(_ bytes: [UInt8], name: String, encoding: String? = nil) throws -> DecodedText {
        if bytes.count > limit {
            throw InputError.tooLarge(path: name, bytes: bytes.count, limit: limit)
        }
        if bytes.isEmpty { throw InputError.empty(path: name) }

        var units: [UInt16]
        let charset: String
        let detected: Bool
        var warnings: [String] = []
        if let encoding {
            guard Charset.isKnown(encoding) else { throw InputError.unknownEncoding(name: encoding) }
            let family = encoding.uppercased().filter { $0 != "-" && $0 != "_" }
            let wide = family.hasPrefix("UTF16") || family.hasPrefix("UTF32") || family.hasPrefix("UCS")
            let content = wide ? bytes : Self.withoutEndOfFileMarks(bytes)
            let payload = ByteOrderMark.strip(content, ifMatching: encoding)
            units = try strictDecode(payload, charset: encoding, name: name, fullBytes: bytes, leading: content.count - payload.count)
            charset = encoding
            detected = false
            if let warning = Self.utf8Warning(bytes, readAs: encoding, name: name) { warnings.append(warning) }
        } else if let bom = ByteOrderMark.detect(bytes) {
            let payload = Array(bytes.dropFirst(bom.length))
            units = try strictDecode(bom.charset == "UTF-8" ? Self.withoutEndOfFileMarks(payload) : payload,
                                     charset: bom.charset, name: name, fullBytes: bytes, leading: bom.length)
            charset = bom.charset
            detected = true
        } else if let nul = bytes.firstIndex(of: 0) {
            guard let order = UTF16Evidence.byteOrder(bytes) else {
                throw InputError.binary(path: name, line: Self.line(ofByte: nul, in: bytes))
            }
            // NUL bytes on one side of each pair: UTF-16 without a BOM, if it decodes as text.
            guard let decoded = try? Charset.decodeUTF16(bytes, charset: order), Self.firstBinaryControl(decoded) == nil,
                  UTF16Evidence.looksLikeText(decoded) else {
                throw InputError.binaryOrUTF16(path: name, line: Self.line(ofByte: nul, in: bytes), encoding: order)
            }
            units = decoded
            charset = order
            detected = true
        } else {
            let payload = Self.withoutEndOfFileMarks(bytes)
            if payload.isEmpty { throw InputError.empty(path: name) }
            (units, charset) = try detectAndDecode(payload, name: name)
            detected = true
        }

        while units.last == 0x1A { units.removeLast() } // the same mark in UTF-16 or UTF-32
        if let bad = Self.firstBinaryControl(units) {
            throw InputError.binary(path: name, line: Self.line(ofUnit: bad, in: units))
        }
        let text = DecodedText(name: name, text: String(utf16Units: units),
                               encoding: charset, encodingWasDetected: detected, warnings: warnings)
        // Blank as segmentation sees it (MarkupMask): White_Space scalars and U+FEFF. Swift's
        // `Character.isWhitespace` differs both ways: it misses U+FEFF (a file of BOMs would pass and
        // segment to nothing) and calls " " + a combining mark white space (text would be refused).
        if text.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw InputError.empty(path: name)
        }
        return text
    }

    /// `bytes` without the DOS end-of-file marks (Ctrl-Z, 0x1A) that end them, repeated to fill a
    /// record in some old files. Dropped as bytes, before decoding: IBM code pages in ICU map the
    /// byte 0x1A to U+001C. Only for charsets of single bytes or UTF-8, where 0x1A is no part of
    /// another character.
    static func withoutEndOfFileMarks(_ bytes: [UInt8]) -> [UInt8] {
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0x1A { end -= 1 }
        return end == bytes.count ? bytes : Array(bytes[..<end])
    }

    /// The warning for a file read in `encoding` as asked although it is valid UTF-8 with some
    /// non-ASCII text: most likely a UTF-8 file under an `--encoding` meant for the other file.
    /// Nil when `encoding` is UTF-8, or the bytes are ASCII or not UTF-8.
    static func utf8Warning(_ bytes: [UInt8], readAs encoding: String, name: String) -> String? {
        let family = encoding.uppercased().filter { $0 != "-" && $0 != "_" }
        guard family != "UTF8", bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let payload = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard (try? Charset.decodeUTF16(payload, charset: "UTF-8")) != nil else { return nil }
        return "\(name): the file is valid UTF-8 but was read as \(encoding), as asked; if it is UTF-8, "
            + "do not name its encoding (--source-encoding and --target-encoding name each file's own)"
    }

    // MARK: - Detection

    private func detectAndDecode(_ bytes: [UInt8], name: String) throws -> ([UInt16], String) {
        do {
            return (try Charset.decodeUTF16(bytes, charset: "UTF-8"), "UTF-8")
        } catch Charset.DecodingError.invalidBytes(let offset, _) {
            if UTF8Evidence.meantAsUTF8(bytes) {
                throw InputError.invalidEncoding(path: name, encoding: "UTF-8",
                                                 line: Self.line(ofByte: offset, in: bytes), byteOffset: offset)
            }
        }
        let candidates = Charset.detect(bytes).filter { !$0.name.hasPrefix("UTF") }
        for candidate in CyrillicCharsetChooser.rank(candidates, bytes: bytes) {
            if let units = try? Charset.decodeUTF16(bytes, charset: candidate.name) {
                return (units, candidate.name)
            }
        }
        throw InputError.undetectableEncoding(path: name)
    }

    /// `payload` — `fullBytes` without its first `leading` bytes (a BOM) and maybe some at the end —
    /// decoded strictly; an invalid sequence is an error naming its line and byte in `fullBytes`.
    private func strictDecode(_ payload: [UInt8], charset: String, name: String, fullBytes: [UInt8], leading: Int) throws -> [UInt16] {
        do {
            return try Charset.decodeUTF16(payload, charset: charset)
        } catch Charset.DecodingError.invalidBytes(let offset, _) {
            let absolute = offset + leading
            // Count the lines of the text decoded before the bad bytes: in UTF-16 and UTF-32 a byte
            // 0x0A is no line feed (it is half of `Њ`, U+040A).
            let before = try? Charset.decodeUTF16(Array(payload[..<min(max(offset, 0), payload.count)]), charset: charset)
            let line = before.map { Self.line(ofUnit: $0.count, in: $0) } ?? Self.line(ofByte: absolute, in: fullBytes)
            throw InputError.invalidEncoding(path: name, encoding: charset, line: line, byteOffset: absolute)
        } catch Charset.DecodingError.unknownCharset(let charset) {
            throw InputError.unknownEncoding(name: charset)
        }
    }

    // MARK: - Helpers

    /// 1-based line of byte `offset` of an ASCII-compatible text, counting the line ends before it
    /// as ``DecodedText`` does: LF, CRLF and a lone CR.
    static func line(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        lineNumber(bytes[..<min(max(offset, 0), bytes.count)].lazy.map(UInt16.init))
    }

    /// 1-based line of UTF-16 unit `offset`, counting LF, CRLF and lone CR before it.
    static func line(ofUnit offset: Int, in units: [UInt16]) -> Int {
        lineNumber(units[..<min(max(offset, 0), units.count)])
    }

    /// 1 + the line ends in `units` (LF, CRLF, lone CR).
    private static func lineNumber<C: Collection>(_ units: C) -> Int where C.Element == UInt16 {
        var line = 1
        var previousWasCR = false
        for unit in units {
            if unit == 10 {
                if !previousWasCR { line += 1 }
            } else if unit == 13 {
                line += 1
            }
            previousWasCR = unit == 13
        }
        return line
    }

    /// Index of the first UTF-16 unit that marks binary data: NUL, or a C0 control other than
    /// tab, LF, VT, FF, CR and ESC (which ``DecodedText`` normalises); nil when the text is clean.
    static func firstBinaryControl(_ units: [UInt16]) -> Int? {
        units.firstIndex { $0 < 0x20 && !(0x09...0x0D).contains($0) && $0 != 0x1B }
    }
}
