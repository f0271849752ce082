import Foundation
import SverkaICU

/// Turns the bytes of a file into a ``DecodedText``: byte-order marks, encoding detection with
/// ICU, strict decoding, and refusal of input that is not text.
///
/// The decision, in order:
/// 1. an explicit encoding (`--encoding`) is used as given, strictly;
/// 2. a byte-order mark names UTF-8, UTF-16 or UTF-32;
/// 3. NUL bytes without a BOM mean binary data;
/// 4. input that decodes as UTF-8 is UTF-8;
/// 5. input with well-formed UTF-8 multibyte sequences *and* invalid bytes is broken UTF-8 (an error,
///    never a silent re-reading as a legacy charset);
/// 6. otherwise ICU's detector picks a legacy charset (windows-1251, KOI8-R, ISO-8859-x, …).
public struct InputDecoder: Sendable {
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int

    /// The default limit: 512 MiB.
    public static let defaultMaxInputBytes = 512 * 1024 * 1024

    /// A decoder with the given size limit (bytes).
    public init(maxInputBytes: Int = InputDecoder.defaultMaxInputBytes) {
        self.maxInputBytes = maxInputBytes
    }

    /// Reads and decodes the file at `path`. `encoding` overrides detection (any ICU charset name).
    public func load(path: String, encoding: String? = nil) throws -> DecodedText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw InputError.unreadable(path: path, reason: "it is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxInputBytes {
            throw InputError.tooLarge(path: path, bytes: size, limit: maxInputBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError.unreadable(path: path, reason: "permission denied or I/O error")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw InputError.unreadable(path: path, reason: error.localizedDescription)
        }
        return try decode([UInt8](data), name: path, encoding: encoding)
    }

    /// Decodes `bytes` (named `name` in errors). `encoding` overrides detection.
    public func decode(_ bytes: [UInt8], name: String, encoding: String? = nil) throws -> DecodedText {
        if bytes.count > maxInputBytes {
            throw InputError.tooLarge(path: name, bytes: bytes.count, limit: maxInputBytes)
        }
        if bytes.isEmpty { throw InputError.empty(path: name) }

        let units: [UInt16]
        let charset: String
        let detected: Bool
        if let encoding {
            guard Charset.isKnown(encoding) else { throw InputError.unknownEncoding(name: encoding) }
            let payload = ByteOrderMark.strip(bytes, ifMatching: encoding)
            units = try strictDecode(payload, charset: encoding, name: name, fullBytes: bytes)
            charset = encoding
            detected = false
        } else if let bom = ByteOrderMark.detect(bytes) {
            units = try strictDecode(Array(bytes.dropFirst(bom.length)), charset: bom.charset, name: name, fullBytes: bytes)
            charset = bom.charset
            detected = true
        } else {
            if let nul = bytes.firstIndex(of: 0) {
                throw InputError.binary(path: name, line: Self.line(ofByte: nul, in: bytes))
            }
            (units, charset) = try detectAndDecode(bytes, name: name)
            detected = true
        }

        if let bad = Self.firstBinaryControl(units) {
            throw InputError.binary(path: name, line: 1 + units[..<bad].reduce(0) { $0 + ($1 == 10 ? 1 : 0) })
        }
        let text = DecodedText(name: name, text: String(decoding: units, as: UTF16.self),
                               encoding: charset, encodingWasDetected: detected)
        if text.text.allSatisfy({ $0.isWhitespace }) { throw InputError.empty(path: name) }
        return text
    }

    // MARK: - Detection

    private func detectAndDecode(_ bytes: [UInt8], name: String) throws -> ([UInt16], String) {
        do {
            return (try Charset.decodeUTF16(bytes, charset: "UTF-8"), "UTF-8")
        } catch Charset.DecodingError.invalidBytes(let offset, _) {
            if UTF8Evidence.hasMultibyteSequence(bytes) {
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

    private func strictDecode(_ payload: [UInt8], charset: String, name: String, fullBytes: [UInt8]) throws -> [UInt16] {
        do {
            return try Charset.decodeUTF16(payload, charset: charset)
        } catch Charset.DecodingError.invalidBytes(let offset, _) {
            let absolute = offset + (fullBytes.count - payload.count)
            throw InputError.invalidEncoding(path: name, encoding: charset,
                                             line: Self.line(ofByte: absolute, in: fullBytes), byteOffset: absolute)
        } catch Charset.DecodingError.unknownCharset(let charset) {
            throw InputError.unknownEncoding(name: charset)
        }
    }

    // MARK: - Helpers

    /// 1-based line of byte `offset`, counting LF bytes before it.
    static func line(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }

    /// Index of the first UTF-16 unit that marks binary data: NUL, or a C0 control other than
    /// tab, LF, VT, FF, CR and ESC; nil when the text is clean.
    static func firstBinaryControl(_ units: [UInt16]) -> Int? {
        units.firstIndex { $0 < 0x20 && !(0x09...0x0D).contains($0) && $0 != 0x1B }
    }
}
