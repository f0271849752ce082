import Foundation

/// Gives the vectors of texts, asking the server only for what neither this process (in memory)
/// nor the disk cache already holds, and counts both; every vector comes back normalised to
/// length 1. Shared by every alignment of a process (safe from several threads).
public final class SentenceEmbedder: @unchecked Sendable {
    /// The settings.
    public let settings: EmbeddingsSettings
    /// The HTTP client.
    public let client: EmbeddingsClient
    /// The disk cache (nil: none).
    public let cache: EmbeddingsCache?
    private let lock = NSLock()
    private var memory: [String: [Float]] = [:]
    private var counts = Statistics()
    private var warnings: [String] = []

    /// What an embedder has done so far.
    public struct Statistics: Sendable, Equatable {
        /// Texts asked for.
        public var requested = 0
        /// Of those, already embedded by this process.
        public var inMemory = 0
        /// Of those, found in the disk cache.
        public var onDisk = 0
        /// Of those, embedded by the server.
        public var embedded = 0
        /// Seconds spent waiting for the server.
        public var serverSeconds = 0.0

        /// Share of the texts not already in memory that the disk cache held (1 when there were none).
        public var hitRate: Double { onDisk + embedded == 0 ? 1 : Double(onDisk) / Double(onDisk + embedded) }
    }

    /// An embedder for `settings` (with the disk cache it names).
    public init(settings: EmbeddingsSettings) {
        self.settings = settings
        client = EmbeddingsClient(settings: settings)
        cache = settings.cacheDirectory.map {
            EmbeddingsCache(directory: $0, identity: settings.cacheIdentity, limit: settings.cacheLimit)
        }
    }

    /// What has been done so far.
    public var statistics: Statistics {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    /// The normalised vectors of `texts`, in order (one server round for all the missing ones).
    public func vectors(_ texts: [String]) throws -> [[Float]] {
        var result = [[Float]?](repeating: nil, count: texts.count)
        var missing: [String] = []
        var missingIndex: [String: [Int]] = [:]
        lock.lock()
        for (k, text) in texts.enumerated() {
            if let known = memory[text] { result[k] = known; continue }
            if missingIndex[text] == nil { missing.append(text) }
            missingIndex[text, default: []].append(k)
        }
        lock.unlock()
        // The disk cache, then the server for the rest.
        var fromDisk: [(String, [Float])] = []
        var toEmbed: [String] = []
        for text in missing {
            if let stored = cache?.vector(for: cacheKey(text)) {
                fromDisk.append((text, stored))
            } else {
                toEmbed.append(text)
            }
        }
        let start = Date()
        // Each batch goes to the disk cache as it arrives: a run stopped half-way keeps its work.
        let cache = self.cache
        let keys = toEmbed.map(cacheKey)
        let embedded = try client.embed(toEmbed, done: 0, total: toEmbed.count) { range, vectors in
            for (k, vector) in zip(range, vectors) { cache?.store(Self.normalised(vector), for: keys[k]) }
        }.map(Self.normalised)
        let seconds = toEmbed.isEmpty ? 0 : Date().timeIntervalSince(start)
        lock.lock()
        for (text, vector) in fromDisk + zip(toEmbed, embedded).map({ ($0, $1) }) {
            memory[text] = vector
            for k in missingIndex[text] ?? [] { result[k] = vector }
        }
        counts.requested += texts.count
        counts.onDisk += fromDisk.count
        counts.embedded += toEmbed.count
        counts.inMemory += texts.count - fromDisk.count - toEmbed.count
        counts.serverSeconds += seconds
        lock.unlock()
        let dimension = result.first??.count ?? 0
        if result.contains(where: { $0?.count != dimension }) {
            throw EmbeddingsError.malformed(url: settings.endpoint.absoluteString,
                                            reason: "vectors of different dimensions (the cache holds another model's under this name?)")
        }
        return result.map { $0! }
    }

    /// Checks before any work that the server answers (a one-text request).
    public func checkServer() throws {
        try client.check()
    }

    /// Keeps a warning for the caller to report (a fallback of optional embeddings).
    public func addWarning(_ warning: String) {
        lock.lock()
        warnings.append(warning)
        lock.unlock()
    }

    /// The warnings kept since the last call.
    public func takeWarnings() -> [String] {
        lock.lock()
        defer { warnings = []; lock.unlock() }
        return warnings
    }

    /// Keeps the disk cache under its bound (call once a run is over).
    public func trimCache() {
        cache?.trim()
    }

    /// The cache's key of a text: the text as sent (cut as the client cuts it).
    private func cacheKey(_ text: String) -> String {
        String(text.prefix(settings.maxCharacters))
    }

    /// `vector` scaled to length 1 (a zero vector stays zero).
    static func normalised(_ vector: [Float]) -> [Float] {
        var sum: Float = 0
        for value in vector { sum += value * value }
        guard sum > 0 else { return vector }
        let scale = 1 / sum.squareRoot()
        return vector.map { $0 * scale }
    }
}
