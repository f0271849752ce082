import Foundation

extension SentenceEmbedder {
    private static let registryLock = NSLock()
    nonisolated(unsafe) private static var registry: [String: SentenceEmbedder] = [:]

    /// The process's embedder for `settings` (one per distinct settings, so that every pair of a
    /// batch shares its memory, its statistics and its connections).
    public static func shared(for settings: EmbeddingsSettings) -> SentenceEmbedder {
        let key = "\(settings)"
        registryLock.lock()
        defer { registryLock.unlock() }
        if let known = registry[key] { return known }
        let made = SentenceEmbedder(settings: settings)
        registry[key] = made
        return made
    }
}
