/// A fuzzer's bytes read as a recipe: leading option bytes, then one text or two.
///
/// Texts are the bytes decoded as UTF-8 with invalid sequences replaced by U+FFFD, so that every
/// input reaches the stage under test (the decoder's refusals are fuzzed by `FuzzIngest`).
public struct FuzzInput {
    /// The bytes not consumed yet.
    public private(set) var rest: ArraySlice<UInt8>

    /// A recipe over `bytes`.
    public init(_ bytes: [UInt8]) {
        rest = bytes[...]
    }

    /// The next byte (consumed), or 0 when none is left.
    public mutating func option() -> UInt8 {
        rest.popFirst() ?? 0
    }

    /// The rest as one text.
    public var text: String {
        Self.text(rest)
    }

    /// The rest as two texts: cut at the first NUL byte (which the decoder never lets into a text),
    /// or in the middle when there is none.
    public var texts: (String, String) {
        if let cut = rest.firstIndex(of: 0) {
            return (Self.text(rest[..<cut]), Self.text(rest[(cut + 1)...]))
        }
        let middle = rest.startIndex + rest.count / 2
        return (Self.text(rest[..<middle]), Self.text(rest[middle...]))
    }

    /// `bytes` as UTF-8, invalid sequences replaced by U+FFFD.
    public static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
