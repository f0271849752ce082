import CSverkaICU

/// One candidate of ICU's charset detector.
public struct CharsetGuess: Equatable, Sendable {
    /// The charset's canonical ICU name, such as `"windows-1251"` or `"KOI8-R"`.
    public let name: String
    /// ICU's confidence, 0–100 (not a probability; comparable only between candidates).
    public let confidence: Int

    /// A candidate with ICU's canonical `name` and a `confidence` of 0–100.
    public init(name: String, confidence: Int) {
        self.name = name
        self.confidence = confidence
    }
}

/// Charset detection and strict decoding with ICU (`ucsdet`, `ucnv`).
public enum Charset {
    /// The candidates ICU's detector finds for `bytes`, best first; empty when none matches.
    public static func detect(_ bytes: [UInt8], maxCandidates: Int = 16) -> [CharsetGuess] {
        guard !bytes.isEmpty else { return [] }
        var names = [CChar](repeating: 0, count: 64 * maxCandidates)
        var confidences = [Int32](repeating: 0, count: maxCandidates)
        let count = bytes.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { chars in
                sv_charset_detect_all(chars.baseAddress, Int32(chars.count), &names, Int32(names.count),
                                      &confidences, Int32(maxCandidates))
            }
        }
        guard count > 0 else { return [] }
        let joined = String(cString: names)
        return zip(joined.split(separator: "\n"), confidences.prefix(Int(count))).map {
            CharsetGuess(name: String($0.0), confidence: Int($0.1))
        }
    }

    /// Whether ICU has a converter for `name` (any of its aliases, case-insensitive).
    public static func isKnown(_ name: String) -> Bool {
        sv_charset_is_known(name) == 1
    }

    /// Why strict decoding failed.
    public enum DecodingError: Error, Equatable {
        /// ICU has no converter of that name.
        case unknownCharset(String)
        /// An illegal or unmappable byte sequence at this 0-based byte offset.
        case invalidBytes(offset: Int, icuError: String)
    }

    /// Decodes `bytes` in `charset` into UTF-16 units; the first illegal sequence is an error.
    /// An empty input gives an empty result.
    public static func decodeUTF16(_ bytes: [UInt8], charset: String) throws -> [UInt16] {
        guard isKnown(charset) else { throw DecodingError.unknownCharset(charset) }
        guard !bytes.isEmpty else { return [] }
        var errorOffset: Int32 = -1
        do {
            return try fillUTF16(initialCapacity: bytes.count + 16) { buffer, capacity in
                bytes.withUnsafeBufferPointer { raw in
                    raw.withMemoryRebound(to: CChar.self) { chars in
                        sv_charset_to_utf16(charset, chars.baseAddress, Int32(chars.count), buffer, capacity, &errorOffset)
                    }
                }
            }
        } catch let error as ICUError {
            throw DecodingError.invalidBytes(offset: max(0, Int(errorOffset)), icuError: error.name)
        }
    }
}
