import CSverkaStemmer
import SverkaSegment

/// A Snowball stemmer (libstemmer) for one language. Words must be lower case (lower-case them
/// with ICU first: Snowball expects it).
///
/// Not thread-safe: give each thread its own.
public final class Stemmer {
    private let handle: OpaquePointer
    /// The language (as given).
    public let language: String

    /// A stemmer for `language` (an ISO 639 code such as `ru`, or a Snowball algorithm name);
    /// nil when Snowball has none for it.
    public init?(language: String) {
        let primary = LanguageCode.primary(language)
        guard let handle = sv_stemmer_open(primary) ?? sv_stemmer_open(language) else { return nil }
        self.handle = handle
        self.language = language
    }

    deinit { sv_stemmer_close(handle) }

    /// The stem of lower-case `word`; the word itself if stemming fails.
    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.count < Int32.max / 2 else { return word }
        var out = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let capacity = Int32(out.count)
        let length = bytes.withUnsafeMutableBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in
                sv_stemmer_stem(handle, chars.baseAddress, Int32(chars.count), &out, capacity)
            }
        }
        guard length > 0, length <= capacity else { return word }
        bytes = out.prefix(Int(length)).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
