/// The `id` of a JSON Lines input record, echoed in its result record: a string or an integer.
public enum BatchRecordID: Codable, Hashable, Sendable {
    /// A JSON string.
    case string(String)
    /// A JSON integer.
    case integer(Int)

    /// Reads a JSON string or integer.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            throw DecodingError.typeMismatch(BatchRecordID.self, .init(codingPath: decoder.codingPath,
                                                                      debugDescription: "\"id\" must be a string or an integer"))
        }
    }

    /// Writes the id back as it came.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        }
    }
}
