/// The secret a review session is driven with: 256 random bits from the system's cryptographic
/// generator, written as 64 lowercase hexadecimal digits. It is in the URL the command prints and
/// must come with every API call, so other local users and other sites' pages cannot drive the editor.
public struct SessionToken: Sendable, Equatable, CustomStringConvertible {
    /// The token as sent: 64 hexadecimal digits.
    public let value: String

    /// A new random token.
    public init() {
        var generator = SystemRandomNumberGenerator()
        var text = ""
        for _ in 0..<4 {
            let word = generator.next() as UInt64
            let hex = String(word, radix: 16)
            text += String(repeating: "0", count: 16 - hex.count) + hex
        }
        value = text
    }

    /// A given token (tests); it must not be empty.
    public init(_ value: String) {
        precondition(!value.isEmpty, "a session token cannot be empty")
        self.value = value
    }

    /// Whether `candidate` is this token, compared in time that depends only on the lengths (no early
    /// exit at the first differing byte, so the comparison's time tells nothing of the token).
    public func matches(_ candidate: Substring?) -> Bool {
        guard let candidate else { return false }
        let expected = Array(value.utf8)
        let given = Array(candidate.utf8)
        var difference = UInt8(truncatingIfNeeded: expected.count ^ given.count)
        for index in 0..<expected.count {
            let byte = index < given.count ? given[index] : ~expected[index]
            difference |= expected[index] ^ byte
        }
        return difference == 0 && expected.count == given.count
    }

    public var description: String { value }
}
