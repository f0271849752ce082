import Foundation
import SverkaEmbeddings
import SverkaTestSupport
import Testing

/// The disk cache: reused across runs (no request the second time), written atomically, bounded.
@Suite struct EmbeddingsCacheTests {
    @Test func aSecondRunAsksTheServerForNothing() throws {
        let server = try EmbeddingsServer.fake("ok")
        let folder = try TemporaryDirectory()
        var settings = EmbeddingsClientTests.settings(server, batch: 4)
        settings.cacheDirectory = folder.url
        let texts = EmbeddingsClientTests.texts + ["Der Berg ist hoch."]   // a repeat inside one call
        let first = SentenceEmbedder(settings: settings)
        let vectors = try first.vectors(texts)
        #expect(first.statistics.embedded == 5)
        let posts = try server.posts()
        // A new embedder (another run) reads every vector from disk.
        let second = SentenceEmbedder(settings: settings)
        #expect(try second.vectors(texts) == vectors)
        #expect(second.statistics.onDisk == 5 && second.statistics.inMemory == 1 && second.statistics.embedded == 0 && second.statistics.hitRate == 1)
        #expect(try server.posts() == posts)
        // Another model's vectors are kept apart.
        var other = settings
        other.model = "another-model"
        let third = SentenceEmbedder(settings: other)
        _ = try third.vectors(Array(texts.prefix(2)))
        #expect(third.statistics.embedded == 2)
    }

    @Test func storedVectorsReadBackFromManyThreads() throws {
        let folder = try TemporaryDirectory()
        let cache = EmbeddingsCache(directory: folder.url, identity: "m", limit: 1 << 20)
        let vector: [Float] = (0..<384).map { Float($0) / 384 - 0.5 }
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            for n in 0..<20 { cache.store(vector, for: "text \(n % 10) \(k % 2)") }
        }
        for n in 0..<10 {
            #expect(cache.vector(for: "text \(n) 0") == vector)
            #expect(cache.vector(for: "text \(n) 1", dimension: 384) == vector)
        }
        #expect(cache.vector(for: "text 1 0", dimension: 16) == nil)
        // No temporary file is left behind.
        let left = FileManager.default.enumerator(atPath: folder.url.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".tmp") } ?? []
        #expect(left.isEmpty)
    }

    @Test func trimmingKeepsTheCacheUnderItsBound() throws {
        let folder = try TemporaryDirectory()
        let cache = EmbeddingsCache(directory: folder.url, identity: "m", limit: 10 * 1536)
        let vector = [Float](repeating: 0.25, count: 384)   // 1,536 bytes each
        for n in 0..<20 {
            cache.store(vector, for: "text \(n)")
            // Older files are older on disk.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(n - 100))],
                                                  ofItemAtPath: cache.fileForTesting("text \(n)").path)
        }
        #expect(cache.trim() == 11)   // down to 9 files, 90% of the bound
        #expect(cache.vector(for: "text 0") == nil)
        #expect(cache.vector(for: "text 19") == vector)
    }
}
