import Foundation
import SverkaEmbeddings
import SverkaTestSupport
import Testing

/// The HTTP client against the fake server of `Tests/Fixtures/fake-embeddings-server.py`.
@Suite struct EmbeddingsClientTests {
    static func settings(_ server: EmbeddingsServer, batch: Int = 2, timeout: Double = 10, retries: Int = 2) -> EmbeddingsSettings {
        var settings = EmbeddingsSettings(url: URL(string: server.url)!)
        settings.batchSize = batch
        settings.timeout = timeout
        settings.retries = retries
        settings.retryDelay = 0.05
        return settings
    }

    static let texts = ["Der Berg ist hoch.", "La montagne est haute.", "Wir stiegen auf.", "Nous sommes montés.", "Ende."]

    @Test func embedsEveryTextInOrderAcrossBatches() throws {
        let server = try EmbeddingsServer.fake("ok")
        let client = EmbeddingsClient(settings: Self.settings(server))
        let vectors = try client.embed(Self.texts)
        #expect(vectors.count == 5)
        #expect(vectors.allSatisfy { $0.count == 16 })
        // Equal texts get equal vectors wherever they stand in the batches.
        let again = try client.embed([Self.texts[4], Self.texts[0]])
        #expect(again[0] == vectors[4] && again[1] == vectors[0])
        #expect(try server.posts() == 3 + 1)
    }

    @Test func aRateLimitIsAnsweredByARetry() throws {
        let server = try EmbeddingsServer.fake("429-once")
        let vectors = try EmbeddingsClient(settings: Self.settings(server, batch: 8)).embed(Self.texts)
        #expect(vectors.count == 5)
        #expect(try server.posts() == 2)   // the 429, then the retry
    }

    @Test func aSlowServerHitsTheTimeout() throws {
        let server = try EmbeddingsServer.fake("slow", ["--delay", "5"])
        let start = Date()
        #expect {
            try EmbeddingsClient(settings: Self.settings(server, timeout: 0.5, retries: 1)).embed(Self.texts)
        } throws: { error in
            guard let error = error as? EmbeddingsError, case .timedOut = error else { return false }
            return error.description.contains(server.url) && error.description.contains("0.5 s")
        }
        #expect(Date().timeIntervalSince(start) < 4.5)   // two tries of 0.5 s, not the server's 5 s
    }

    @Test func aMalformedAnswerIsAClearError() throws {
        let server = try EmbeddingsServer.fake("malformed")
        #expect {
            try EmbeddingsClient(settings: Self.settings(server)).embed(Self.texts)
        } throws: { error in
            guard let error = error as? EmbeddingsError, case .malformed(_, let reason) = error else { return false }
            return reason == "no 'data' array"
        }
    }

    @Test func tooFewVectorsAreAClearError() throws {
        let server = try EmbeddingsServer.fake("wrong-count")
        #expect {
            try EmbeddingsClient(settings: Self.settings(server, batch: 3)).embed(Self.texts)
        } throws: { error in
            (error as? EmbeddingsError)?.description.contains("2 vectors for 3 texts") == true
        }
    }

    @Test func vectorsOfAnotherDimensionAreAClearError() throws {
        let server = try EmbeddingsServer.fake("wrong-dim")
        #expect {
            try EmbeddingsClient(settings: Self.settings(server, batch: 3)).embed(Self.texts)
        } throws: { error in
            (error as? EmbeddingsError)?.description.contains("8 dimensions, earlier vectors 16") == true
        }
    }

    @Test func aServerThatIsNotThereNamesItsURL() throws {
        let port = try EmbeddingsServer.freePort()
        var settings = EmbeddingsSettings(url: URL(string: "http://127.0.0.1:\(port)/v1")!)
        settings.retries = 1
        settings.retryDelay = 0.05
        #expect {
            try EmbeddingsClient(settings: settings).check()
        } throws: { error in
            guard let error = error as? EmbeddingsError, case .unreachable = error else { return false }
            return error.description.contains("http://127.0.0.1:\(port)/v1/embeddings")
        }
    }

    @Test func theEndpointIsCompletedFromTheAPIRoot() {
        #expect(EmbeddingsSettings(url: URL(string: "http://h:1/v1")!).endpoint.absoluteString == "http://h:1/v1/embeddings")
        #expect(EmbeddingsSettings(url: URL(string: "http://h:1")!).endpoint.absoluteString == "http://h:1/v1/embeddings")
        #expect(EmbeddingsSettings(url: URL(string: "http://h:1/api/v1/embeddings")!).endpoint.absoluteString == "http://h:1/api/v1/embeddings")
        #expect(EmbeddingsSettings(url: URL(string: "ftp://h/v1")!).problem != nil)
    }
}
