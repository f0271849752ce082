import Foundation
import SverkaAlign

/// Plugs sentence embeddings into the aligner: at sentence level each sentence and each run of up
/// to ``EmbeddingsSettings/windowWidth`` consecutive sentences is embedded as one text (the runs a
/// bead can cover); at paragraph level each paragraph. The vectors come through a shared
/// ``SentenceEmbedder`` (memory, disk cache, server).
///
/// When the server fails: with ``EmbeddingsSettings/optional`` the failure is reported once through
/// `warn` and the alignment goes on with the other evidence (this provider then offers none for
/// the rest of the process); otherwise the error is thrown and the alignment stops.
public final class EmbeddingEvidenceProvider: EvidenceProvider, @unchecked Sendable {
    /// The embedder.
    public let embedder: SentenceEmbedder
    /// Where a fallback is reported (optional embeddings only).
    private let warn: @Sendable (String) -> Void
    private let lock = NSLock()
    private var failure: EmbeddingsError?

    /// A provider over `embedder`; `warn` receives the one-line warning of a fallback.
    public init(embedder: SentenceEmbedder, warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.embedder = embedder
        self.warn = warn
    }

    /// The failure the alignment fell back from, if any (optional embeddings).
    public var fellBackFrom: EmbeddingsError? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    /// Paragraph level: each paragraph embedded on its own.
    public func evidence(source: [String], target: [String], sourceLanguage: String, targetLanguage: String) throws -> BeadEvidence? {
        try evidence(source: source, target: target, width: 1, weight: embedder.settings.paragraphWeight)
    }

    /// Sentence level: sentences and their short runs.
    public func evidence(sourceWords: UnitWords, targetWords: UnitWords, source: [String], target: [String]) throws -> BeadEvidence? {
        try evidence(source: source, target: target, width: embedder.settings.windowWidth, weight: embedder.settings.sentenceWeight)
    }

    private func evidence(source: [String], target: [String], width: Int, weight: Double) throws -> BeadEvidence? {
        guard weight > 0, !source.isEmpty, !target.isEmpty, fellBackFrom == nil else { return nil }
        do {
            let sourceRuns = Self.runs(source, width: width)
            let targetRuns = Self.runs(target, width: width)
            let vectors = try embedder.vectors(sourceRuns.flatMap { $0 } + targetRuns.flatMap { $0 })
            let dimension = vectors.first?.count ?? 0
            var offset = 0
            func take(_ runs: [[String]]) -> [[[Float]]] {
                runs.map { texts in
                    defer { offset += texts.count }
                    return Array(vectors[offset..<(offset + texts.count)])
                }
            }
            let sourceVectors = UnitVectors(count: source.count, dimension: dimension, embedded: take(sourceRuns))
            let targetVectors = UnitVectors(count: target.count, dimension: dimension, embedded: take(targetRuns))
            return EmbeddingEvidence(source: sourceVectors, target: targetVectors, weight: weight, hubness: embedder.settings.hubness)
        } catch let error as EmbeddingsError {
            guard embedder.settings.optional else { throw error }
            lock.lock()
            let first = failure == nil
            if first { failure = error }
            lock.unlock()
            if first { warn("\(error); aligning without embeddings (--embeddings-optional)") }
            return nil
        }
    }

    /// The texts of the runs of width 1…`width` of `units` (per width, in order), joined by a space.
    static func runs(_ units: [String], width: Int) -> [[String]] {
        (1...max(width, 1)).compactMap { w in
            guard w <= units.count else { return nil }
            return (0...(units.count - w)).map { units[$0..<($0 + w)].joined(separator: " ") }
        }
    }
}
