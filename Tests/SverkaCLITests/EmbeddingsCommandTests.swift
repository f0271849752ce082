import Foundation
import SverkaTestSupport
import Testing

/// `sverka align --embeddings` when the server is not there, goes away half-way, or is optional.
@Suite struct EmbeddingsCommandTests {
    static let russian = TestPaths.fixture("story-ru.txt")
    static let english = TestPaths.fixture("story-en.txt")

    /// The options of one run against `url`, writing pairs to `output`, with the cache in `cache`.
    static func arguments(_ url: String, output: String, cache: String, _ extra: [String] = []) -> [String] {
        ["align", "--format", "pairs", "-o", output, "--embeddings", url, "--embeddings-cache", cache,
         "--embeddings-timeout", "5"] + extra + [russian, english]
    }

    /// The pairs without embeddings.
    static func lexicalPairs() throws -> String {
        let run = try SverkaProcess.run(["align", "--format", "pairs", russian, english])
        try #require(run.status == 0, "\(run)")
        return run.stdout
    }

    @Test func aServerDownAtStartStopsBeforeAnyWork() throws {
        let folder = try TemporaryDirectory()
        let url = "http://127.0.0.1:\(try EmbeddingsServer.freePort())/v1"
        let run = try SverkaProcess.run(Self.arguments(url, output: folder.path("out.pairs"), cache: folder.path("cache")))
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains(url) && run.stderr.contains("unreachable"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.pairs")))
    }

    @Test func anOptionalServerDownAtStartFallsBackWithAWarning() throws {
        let folder = try TemporaryDirectory()
        let url = "http://127.0.0.1:\(try EmbeddingsServer.freePort())/v1"
        let run = try SverkaProcess.run(Self.arguments(url, output: folder.path("out.pairs"), cache: folder.path("cache"), ["--embeddings-optional"]))
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("warning") && run.stderr.contains(url) && run.stderr.contains("without embeddings"), "\(run)")
        #expect(try String(contentsOfFile: folder.path("out.pairs"), encoding: .utf8) == Self.lexicalPairs())
    }

    @Test func aServerGoneMidRunNamesItAndWritesNothing() throws {
        let folder = try TemporaryDirectory()
        let server = try EmbeddingsServer.fake("die-after", ["--after", "1"])   // answers the check, then stops
        let run = try SverkaProcess.run(Self.arguments(server.url, output: folder.path("out.pairs"), cache: folder.path("cache")))
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains(server.url) && run.stderr.contains("nothing was written"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.pairs")))
    }

    @Test func anOptionalServerGoneMidRunFallsBackWithAWarning() throws {
        let folder = try TemporaryDirectory()
        let server = try EmbeddingsServer.fake("die-after", ["--after", "1"])
        let run = try SverkaProcess.run(Self.arguments(server.url, output: folder.path("out.pairs"), cache: folder.path("cache"), ["--embeddings-optional"]))
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("warning") && run.stderr.contains(server.url), "\(run)")
        #expect(try String(contentsOfFile: folder.path("out.pairs"), encoding: .utf8) == Self.lexicalPairs())
    }

    @Test func aRunWithAServerUsesItAndTheCacheTheSecondTime() throws {
        let folder = try TemporaryDirectory()
        let server = try EmbeddingsServer.fake("ok")
        let arguments = Self.arguments(server.url, output: folder.path("out.pairs"), cache: folder.path("cache"), ["--embeddings-statistics"])
        let first = try SverkaProcess.run(arguments)
        #expect(first.status == 0, "\(first)")
        let posts = try server.posts()
        let second = try SverkaProcess.run(arguments)
        #expect(second.status == 0, "\(second)")
        #expect(second.stderr.contains(" 0 embedded") && second.stderr.contains("hit rate 100.0%"), "\(second)")
        #expect(try server.posts() == posts + 1)   // only the check at start
    }

    @Test func embeddingsOptionsNeedTheURLAndAKeyIsNeverAFlag() throws {
        let run = try SverkaProcess.run(["align", "--embeddings-model", "m", Self.russian, Self.english])
        #expect(run.status == 1 && run.stderr.contains("need --embeddings URL"), "\(run)")
        let key = try SverkaProcess.run(["align", "--embeddings-api-key", "k", Self.russian, Self.english])
        #expect(key.status == 1, "\(key)")
    }
}
