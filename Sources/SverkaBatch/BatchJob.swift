/// One pair of a batch: where its two texts come from, where its outputs go, and where it was
/// listed (for messages and for the order of results).
public struct BatchJob: Sendable {
    /// A text to align: a file, or (JSON Lines) the text itself.
    public enum Text: Sendable, Equatable {
        /// A file at this path.
        case file(String)
        /// The text, given inline.
        case inline(String)
    }

    /// What the manifest line asks for, or why it cannot be used.
    public enum Request: Sendable, Equatable {
        /// Align these two texts.
        case pair(source: Text, target: Text)
        /// The line is malformed; the pair fails with this message.
        case malformed(String)
    }

    /// The 0-based position of the pair in the manifest (blank lines and comments not counted):
    /// shards are split on it.
    public let position: Int
    /// The 1-based line of the manifest (or of standard input) that lists the pair.
    public let line: Int
    /// The 0-based order of the pair among those this run takes (set by ``BatchJobSource``):
    /// JSON Lines results are written in this order.
    public internal(set) var sequence = 0
    /// JSON Lines: the record's `id`, echoed in its result.
    public let id: BatchRecordID?
    /// Where the outputs go (`PREFIX.pairs`, `PREFIX.ru` …); nil: into the JSON Lines result.
    public let outputPrefix: String?
    /// The language of the original for this pair; nil: the batch's (``BatchPairAligner/sourceLanguage``).
    public let sourceLanguage: String?
    /// The language of the translation for this pair; nil: the batch's (``BatchPairAligner/targetLanguage``).
    public let targetLanguage: String?
    /// What to do.
    public let request: Request

    /// A job listed at `line`, the `position`-th pair of its manifest.
    public init(position: Int, line: Int, id: BatchRecordID? = nil, outputPrefix: String?,
         sourceLanguage: String? = nil, targetLanguage: String? = nil, request: Request) {
        self.position = position
        self.line = line
        self.id = id
        self.outputPrefix = outputPrefix
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.request = request
    }
}
