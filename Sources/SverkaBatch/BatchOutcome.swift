/// What became of one pair of a batch; encoded, it is the pair's JSON Lines result record:
/// `{"id", "output", "status", "error", "beads", "divergences", "result"}` (absent keys omitted).
public struct BatchOutcome: Encodable, Sendable {
    /// How the pair ended.
    public enum Status: String, Encodable, Sendable {
        /// Aligned, outputs written.
        case ok
        /// Not aligned; `error` says why.
        case error
        /// Resumed: its outputs were all there already.
        case skipped
    }

    /// The rendered output of a pair with no output prefix: one text, or (several formats, or
    /// Moses) the texts keyed by file name suffix (`pairs`, `tsv`, `ru`, `en` …).
    public enum Rendered: Encodable, Sendable, Equatable {
        /// The only output.
        case text(String)
        /// The outputs by suffix.
        case files([String: String])

        /// A JSON string, or an object of strings.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .files(let files): try container.encode(files)
            }
        }
    }

    /// The order of the pair in the run (``BatchJob/sequence``).
    public let sequence: Int
    /// The line of the manifest that lists the pair.
    public let line: Int
    /// JSON Lines: the record's id.
    public let id: BatchRecordID?
    /// The output prefix, as given.
    public let output: String?
    /// How it ended.
    public let status: Status
    /// Why it failed.
    public let error: String?
    /// The number of beads written (at the output level).
    public let beads: Int?
    /// The number of divergences of each kind (every kind, zeros included).
    public let divergences: [String: Int]?
    /// The rendered output, when there is no output prefix.
    public let result: Rendered?
    /// Warnings for standard error (a dictionary that could not be loaded), not part of the record.
    public let warnings: [String]

    /// An outcome of `job`.
    init(job: BatchJob, status: Status, error: String? = nil, beads: Int? = nil,
         divergences: [String: Int]? = nil, result: Rendered? = nil, warnings: [String] = []) {
        sequence = job.sequence
        line = job.line
        id = job.id
        output = job.outputPrefix
        self.status = status
        self.error = error
        self.beads = beads
        self.divergences = divergences
        self.result = result
        self.warnings = warnings
    }

    /// The keys of the record (`sequence`, `line` and `warnings` are not written).
    enum CodingKeys: String, CodingKey {
        case id, output, status, error, beads, divergences, result
    }
}
