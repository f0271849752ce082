/// One pair of a batch: where its two texts come from, where its outputs go, and where it was
/// listed (for messages and for the order of results).
struct BatchJob: Sendable {
    /// A text to align: a file, or (JSON Lines) the text itself.
    enum Text: Sendable {
        /// A file at this path.
        case file(String)
        /// The text, given inline.
        case inline(String)
    }

    /// What the manifest line asks for, or why it cannot be used.
    enum Request: Sendable {
        /// Align these two texts.
        case pair(source: Text, target: Text)
        /// The line is malformed; the pair fails with this message.
        case malformed(String)
    }

    /// The 0-based position of the pair in the manifest (blank lines and comments not counted):
    /// shards are split on it.
    let position: Int
    /// The 1-based line of the manifest (or of standard input) that lists the pair.
    let line: Int
    /// The 0-based order of the pair among those this run takes (set by ``BatchJobSource``):
    /// JSON Lines results are written in this order.
    var sequence = 0
    /// JSON Lines: the record's `id`, echoed in its result.
    let id: BatchRecordID?
    /// Where the outputs go (`PREFIX.pairs`, `PREFIX.ru` …); nil: into the JSON Lines result.
    let outputPrefix: String?
    /// The language of the original for this pair; nil: the command's `--source-lang`.
    let sourceLanguage: String?
    /// The language of the translation for this pair; nil: the command's `--target-lang`.
    let targetLanguage: String?
    /// What to do.
    let request: Request

    /// A job listed at `line`, the `position`-th pair of its manifest.
    init(position: Int, line: Int, id: BatchRecordID? = nil, outputPrefix: String?,
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
