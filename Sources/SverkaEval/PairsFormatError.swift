/// A line of a bead file that ``PairsFormat`` cannot parse.
public struct PairsFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based number of the offending line.
    public let line: Int
    /// The offending line as read (without its line break).
    public let text: String
    /// What is wrong with it, e.g. `expected ']'`.
    public let reason: String

    /// An error for line `line` (1-based) whose content is `text`.
    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }

    /// `line N: reason: <text>`, for messages that add the file name in front.
    public var description: String { "line \(line): \(reason): \(text)" }
}
