import Foundation

/// Why sentence embeddings could not be had from the server: each case names the server's URL and,
/// where it matters, how far the run had got, so that the one-line error says what to fix.
public enum EmbeddingsError: Error, CustomStringConvertible, Sendable {
    /// The server could not be reached or stopped answering (connection refused, reset, DNS).
    case unreachable(url: String, reason: String, done: Int, total: Int)
    /// No answer within the timeout (after the retries).
    case timedOut(url: String, seconds: Double, done: Int, total: Int)
    /// The server answered with an HTTP error status (after the retries, for 429 and 5xx).
    case status(url: String, code: Int, message: String, done: Int, total: Int)
    /// The answer was not the `/v1/embeddings` JSON, or its vectors did not fit the request.
    case malformed(url: String, reason: String)

    /// The server's URL.
    public var url: String {
        switch self {
        case .unreachable(let url, _, _, _), .timedOut(let url, _, _, _), .status(let url, _, _, _, _), .malformed(let url, _):
            return url
        }
    }

    public var description: String {
        switch self {
        case .unreachable(let url, let reason, let done, let total):
            return "embeddings server \(url) unreachable (\(reason))\(Self.progress(done, total))"
        case .timedOut(let url, let seconds, let done, let total):
            return "embeddings server \(url) did not answer within \(Self.number(seconds)) s\(Self.progress(done, total))"
        case .status(let url, let code, let message, let done, let total):
            let detail = message.isEmpty ? "" : ": \(message)"
            return "embeddings server \(url) answered HTTP \(code)\(detail)\(Self.progress(done, total))"
        case .malformed(let url, let reason):
            return "embeddings server \(url) sent a malformed answer: \(reason)"
        }
    }

    /// ", after N of M texts were embedded" when some were.
    private static func progress(_ done: Int, _ total: Int) -> String {
        total > 0 ? "; \(done) of \(total) texts had been embedded, nothing was written" : ""
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
