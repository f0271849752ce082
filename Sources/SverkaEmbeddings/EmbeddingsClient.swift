import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Asks an OpenAI-compatible `/v1/embeddings` endpoint for the vectors of texts, through
/// Foundation's `URLSession` (libcurl on Linux): batches of ``EmbeddingsSettings/batchSize`` texts,
/// up to ``EmbeddingsSettings/concurrency`` requests at once, each with a timeout, retried with
/// exponential backoff on 429, 5xx, timeouts and lost connections, and every answer checked (one
/// vector per text, in order, all of one dimension, finite numbers).
///
/// Blocking calls, safe from several threads.
public final class EmbeddingsClient: @unchecked Sendable {
    /// The settings.
    public let settings: EmbeddingsSettings
    private let session: URLSession
    private let lock = NSLock()
    /// The vectors' dimension, fixed by the first answer.
    private var dimension: Int?

    /// A client for the server of `settings`.
    public init(settings: EmbeddingsSettings) {
        self.settings = settings
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.timeout
        configuration.timeoutIntervalForResource = settings.timeout
        configuration.httpMaximumConnectionsPerHost = max(settings.concurrency, 1)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// The vectors of `texts` (as given: the prefix is added here), in order. `done` is reported
    /// in errors as the number of texts embedded before this call; `received` is told of each
    /// batch as it arrives (its range in `texts` and its vectors), from any thread, so that what
    /// was embedded is kept even when a later batch fails.
    public func embed(_ texts: [String], done: Int = 0, total: Int? = nil,
                      received: @Sendable (Range<Int>, [[Float]]) -> Void = { _, _ in }) throws -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let size = settings.batchSize
        let batches = stride(from: 0, to: texts.count, by: size).map { $0..<min($0 + size, texts.count) }
        var results = [Result<[[Float]], Error>?](repeating: nil, count: batches.count)
        let next = Counter()
        let finished = Counter()
        let failed = Flag()
        let workers = min(settings.concurrency, batches.count)
        results.withUnsafeMutableBufferPointer { out in
            let out = out
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while !failed.isSet {
                    let k = next.increment() - 1
                    guard k < batches.count else { return }
                    let result = Result { try self.request(Array(texts[batches[k]]), done: done + finished.value,
                                                           total: total ?? (done + texts.count)) }
                    switch result {
                    case .failure: failed.set()
                    case .success(let vectors):
                        received(batches[k], vectors)
                        _ = finished.add(batches[k].count)
                    }
                    out[k] = result
                }
            }
        }
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        for result in results {
            guard let result else { continue }
            vectors += try result.get()
        }
        return vectors
    }

    /// Embeds one short text: a check, before any work, that the server answers.
    public func check() throws {
        _ = try request(["Sverka"], done: 0, total: 0)
    }

    /// One request, with its retries.
    private func request(_ texts: [String], done: Int, total: Int) throws -> [[Float]] {
        let url = settings.endpoint
        var body: [String: Any] = ["input": texts.map { settings.prefix + String($0.prefix(settings.maxCharacters)) }]
        if let model = settings.model { body["model"] = model }
        var request = URLRequest(url: url, timeoutInterval: settings.timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let key = settings.apiKey, !key.isEmpty { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        var attempt = 0
        while true {
            let outcome = send(request)
            let retryable: EmbeddingsError
            var wait = settings.retryDelay * pow(2, Double(attempt))
            switch outcome {
            case .answer(let code, let data, let retryAfter):
                if code == 200 { return try decode(data, count: texts.count) }
                let error = EmbeddingsError.status(url: url.absoluteString, code: code, message: Self.message(in: data),
                                                   done: done, total: total)
                guard code == 429 || (500...599).contains(code) else { throw error }
                if let retryAfter { wait = min(max(retryAfter, 0), 30) }
                retryable = error
            case .timedOut:
                retryable = .timedOut(url: url.absoluteString, seconds: settings.timeout, done: done, total: total)
            case .failed(let reason):
                retryable = .unreachable(url: url.absoluteString, reason: reason, done: done, total: total)
            }
            guard attempt < settings.retries else { throw retryable }
            attempt += 1
            Thread.sleep(forTimeInterval: wait)
        }
    }

    /// What one HTTP exchange gave.
    private enum Outcome {
        case answer(code: Int, data: Data, retryAfter: Double?)
        case timedOut
        case failed(String)
    }

    /// Sends `request` and waits for its answer (at most the timeout and a little more).
    private func send(_ request: URLRequest) -> Outcome {
        let semaphore = DispatchSemaphore(value: 0)
        let box = OutcomeBox<Outcome>()
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                let code = (error as? URLError)?.code
                box.outcome = code == .timedOut ? .timedOut : .failed(Self.reason(error))
            } else if let response = response as? HTTPURLResponse {
                let retryAfter = (response.value(forHTTPHeaderField: "Retry-After")).flatMap(Double.init)
                box.outcome = .answer(code: response.statusCode, data: data ?? Data(), retryAfter: retryAfter)
            } else {
                box.outcome = .failed("no HTTP response")
            }
            semaphore.signal()
        }
        task.resume()
        if semaphore.wait(timeout: .now() + settings.timeout + 5) == .timedOut {
            task.cancel()
            return .timedOut
        }
        return box.outcome ?? .failed("no answer")
    }

    /// The vectors of an answer to `count` texts, checked.
    private func decode(_ data: Data, count: Int) throws -> [[Float]] {
        let url = settings.endpoint.absoluteString
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw EmbeddingsError.malformed(url: url, reason: "not a JSON object (\(Self.snippet(data)))")
        }
        guard let items = object["data"] as? [Any] else {
            throw EmbeddingsError.malformed(url: url, reason: "no 'data' array")
        }
        guard items.count == count else {
            throw EmbeddingsError.malformed(url: url, reason: "\(items.count) vectors for \(count) texts")
        }
        var vectors = [[Float]?](repeating: nil, count: count)
        for (position, item) in items.enumerated() {
            guard let entry = item as? [String: Any], let values = entry["embedding"] as? [Any] else {
                throw EmbeddingsError.malformed(url: url, reason: "item \(position) has no 'embedding' array")
            }
            let index = (entry["index"] as? NSNumber)?.intValue ?? position
            guard index >= 0, index < count, vectors[index] == nil else {
                throw EmbeddingsError.malformed(url: url, reason: "item \(position) has index \(index)")
            }
            var vector = [Float]()
            vector.reserveCapacity(values.count)
            for value in values {
                guard let number = value as? NSNumber, number.doubleValue.isFinite else {
                    throw EmbeddingsError.malformed(url: url, reason: "item \(position) holds a value that is not a finite number")
                }
                vector.append(number.floatValue)
            }
            guard !vector.isEmpty else { throw EmbeddingsError.malformed(url: url, reason: "item \(position) is an empty vector") }
            try checkDimension(vector.count, item: position)
            vectors[index] = vector
        }
        return vectors.map { $0! }
    }

    /// Fixes the dimension on the first vector and checks every later one against it.
    private func checkDimension(_ count: Int, item: Int) throws {
        lock.lock()
        defer { lock.unlock() }
        if let dimension, dimension != count {
            throw EmbeddingsError.malformed(url: settings.endpoint.absoluteString,
                                            reason: "item \(item) has \(count) dimensions, earlier vectors \(dimension)")
        }
        dimension = count
    }

    /// The `error.message` of an OpenAI-style error body, or a snippet of the body.
    static func message(in data: Data) -> String {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
            if let message = object["error"] as? String { return message }
        }
        return snippet(data)
    }

    static func snippet(_ data: Data) -> String {
        let text = String(decoding: data.prefix(120), as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.isEmpty ? "empty body" : text
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? URLError {
            switch error.code {
            case .cannotConnectToHost: return "connection refused"
            case .networkConnectionLost: return "connection lost"
            case .cannotFindHost: return "host not found"
            case .notConnectedToInternet: return "not connected"
            default: return error.localizedDescription
            }
        }
        return error.localizedDescription
    }
}

/// The outcome a data task's handler leaves for the waiting thread.
private final class OutcomeBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    var outcome: Value? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}

/// A counter shared by threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    /// Adds one and returns the new value.
    func increment() -> Int { add(1) }
    /// Adds `n` and returns the new value.
    func add(_ n: Int) -> Int { lock.lock(); defer { lock.unlock() }; count += n; return count }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// A flag set once by any thread.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var state = false
    func set() { lock.lock(); state = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return state }
}
