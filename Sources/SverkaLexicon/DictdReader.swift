import CSverkaGzip
import Foundation

/// Reads a dictd dictionary (`NAME.index` + `NAME.dict.dz`) such as Debian's `mueller7-dict`
/// (Mueller's English–Russian dictionary) into single-word translation pairs.
///
/// Each article is a headword line followed by indented lines. From an article only the plain
/// translations are kept: transcriptions (`[…]`), grammar labels (`_n.`, `_attr.`), numbering
/// (`1.`, `2)`, `а)`), parenthesised glosses and whole example phrases (any segment with a Latin
/// letter in it) are dropped; what remains is split at `;` and `,`, and a segment that is one
/// Cyrillic word is a translation. Multi-word headwords are skipped; at most `maxPerHeadword`
/// translations are kept per headword, in article order (the commonest senses come first).
public struct DictdReader: Sendable {
    /// The largest number of translations kept per headword.
    public var maxPerHeadword: Int

    /// A reader with the given fan-out cap.
    public init(maxPerHeadword: Int = 6) {
        self.maxPerHeadword = maxPerHeadword
    }

    /// Why reading failed.
    public enum ReadError: Error, Equatable, CustomStringConvertible {
        /// The file cannot be read (no permission, a folder, a broken archive).
        case unreadable(String)
        /// There is no file at that path.
        case notFound(String)
        /// The file is not UTF-8 text (`reason` says what it holds instead).
        case notText(String, reason: String)
        /// The file holds no translation pair in a format Sverka reads.
        case noEntries(String)

        /// One line for a person.
        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): cannot read the dictionary"
            case .notFound(let path): return "\(path): no such dictionary file"
            case let .notText(path, reason): return "\(path): not a dictionary: \(reason)"
            case .noEntries(let path):
                return "\(path): no translation pairs in the dictionary (expected source<TAB>target or `target @ source` lines)"
            }
        }
    }

    /// The Mueller 7 dictionary as Debian installs it.
    public static let muellerPath = "/usr/share/dictd/mueller7.dict.dz"

    /// Reads the dictd data file at `path` (`.dict.dz` compressed, or plain `.dict`), whose articles
    /// translate `headwordLanguage` into `translationLanguage`.
    public func read(path: String, headwordLanguage: String = "en", translationLanguage: String = "ru") throws -> BilingualDictionary {
        BilingualDictionary(firstLanguage: headwordLanguage, secondLanguage: translationLanguage,
                            entries: parse(bytes: try Self.bytes(of: path)), source: path)
    }

    /// The translation pairs of a dictd data text.
    public func parse(_ text: String) -> [BilingualDictionary.Entry] {
        parse(bytes: Array(text.utf8))
    }

    /// The translation pairs of a dictd data text given as UTF-8 bytes. Works on bytes throughout:
    /// Mueller's 13 MB parse in a fraction of a second.
    public func parse(bytes: [UInt8]) -> [BilingualDictionary.Entry] {
        var entries: [BilingualDictionary.Entry] = []
        entries.reserveCapacity(60_000)
        var headword: ArraySlice<UInt8>?
        var bodyStart = 0
        var lineStart = 0
        func flush(bodyEnd: Int) {
            guard let word = headword, Self.isSingleWord(word) else { return }
            let first = String(decoding: word, as: UTF8.self).lowercased()
            var seen = Set<String>()
            for translation in translations(in: bytes[bodyStart..<bodyEnd]) where seen.insert(translation).inserted {
                entries.append(BilingualDictionary.Entry(first: first, second: translation))
                if seen.count >= maxPerHeadword { break }
            }
        }
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let first = bytes[lineStart]
            if first != 0x20 && first != 0x09 && first != 0x0D && lineEnd > lineStart {
                flush(bodyEnd: lineStart)
                headword = bytes[lineStart..<(bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd)]
                bodyStart = min(lineEnd + 1, bytes.count)
            }
            lineStart = lineEnd + 1
        }
        flush(bodyEnd: bytes.count)
        return entries
    }

    /// The one-word Cyrillic translations in an article body (UTF-8), in order.
    func translations(in body: ArraySlice<UInt8>) -> [String] {
        var result: [String] = []
        var depth = 0
        var words: [ArraySlice<UInt8>] = []
        var wordStart: Int?
        var index = body.startIndex
        func endWord() {
            if let start = wordStart {
                let word = body[start..<index]
                if !Self.isLabel(word) { words.append(word) }
                wordStart = nil
            }
        }
        func endSegment() {
            endWord()
            if words.count == 1, let word = words.first, let translation = Self.cyrillicWord(word) {
                result.append(translation)
            }
            words.removeAll(keepingCapacity: true)
        }
        while index < body.endIndex {
            let byte = body[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                endWord()
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                if depth > 0 {
                    depth -= 1
                } else if wordStart == nil {
                    break
                }
            case UInt8(ascii: ";"), UInt8(ascii: ","), 0x0A:
                if depth == 0 { endSegment() }
            case 0x20, 0x09, 0x0D:   // a CR of a CRLF line end is white space too
                if depth == 0 { endWord() }
            default:
                if depth == 0 && wordStart == nil { wordStart = index }
            }
            index += 1
        }
        endSegment()
        return result
    }

    /// Grammar labels and numbering: `_n.`, `1.`, `2)`, `а)`.
    static func isLabel(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, let last = word.last else { return true }
        if first == UInt8(ascii: "_") { return true }
        if last == UInt8(ascii: ")") { return true }
        if last == UInt8(ascii: ".") && word.count <= 4 { return true }
        return word.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
    }

    /// The word lower-cased when it is all Cyrillic letters (and hyphens) of two letters or more,
    /// trailing punctuation removed; nil otherwise.
    static func cyrillicWord(_ word: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in String(decoding: word, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x0410...0x042F: scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x0401: scalars.append("ё")
            case 0x0430...0x044F, 0x0451, 0x2D: scalars.append(scalar)
            case 0x2E, 0x3A, 0x21, 0x3F, 0x22, 0x27, 0xAB, 0xBB: continue // trailing punctuation
            default: return nil
            }
        }
        guard scalars.count >= 2, scalars.first != "-" else { return nil }
        return String(scalars)
    }

    static func isSingleWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, first != UInt8(ascii: "0"), first != UInt8(ascii: "_") else { return false }
        return word.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }
    }

    /// The decompressed text of a `.dz`/`.gz` file, or the plain text of another.
    static func contents(of path: String) throws -> String {
        String(decoding: try bytes(of: path), as: UTF8.self)
    }

    /// The decompressed bytes of a `.dz`/`.gz` file, or the bytes of another.
    static func bytes(of path: String) throws -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else { throw ReadError.notFound(path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw ReadError.unreadable(path) }
        if path.hasSuffix(".dz") || path.hasSuffix(".gz") {
            var buffer: UnsafeMutablePointer<UInt8>?
            let length = sv_gzip_read_file(path, 1 << 30, &buffer)
            defer { sv_gzip_free(buffer) }
            guard length >= 0, let buffer else { throw ReadError.unreadable(path) }
            return Array(UnsafeBufferPointer(start: buffer, count: Int(length)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError.unreadable(path) }
        return [UInt8](data)
    }
}
