/// Why a batch, or one pair of it, cannot go on: one line for a person, and whether the fault lies
/// with the input (a manifest, a record, a file) or inside Sverka.
public struct BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Whose fault it is.
    public enum Kind: Sendable {
        /// The input cannot be used (a caller can fix it).
        case input
        /// A failure inside Sverka: a bug, or ICU missing data.
        case `internal`
    }

    /// What is wrong, in one line.
    public let message: String
    /// Whose fault it is.
    public let kind: Kind

    /// An error of `kind` saying `message`.
    public init(_ message: String, kind: Kind = .input) {
        self.message = message
        self.kind = kind
    }

    /// A fault of the input.
    public static func input(_ message: String) -> BatchError { BatchError(message, kind: .input) }

    /// A fault inside Sverka.
    public static func `internal`(_ message: String) -> BatchError { BatchError(message, kind: .internal) }

    /// The message.
    public var description: String { message }
}
