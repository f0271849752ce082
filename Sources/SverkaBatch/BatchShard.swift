/// `--shard K/N`: the part of a manifest one process takes, so that N processes (a Slurm job
/// array, a Kubernetes indexed Job, GNU parallel) share one manifest with no coordination.
///
/// K is 1-based: shard K of N takes the pairs whose 0-based position p in the manifest (blank lines
/// and comments not counted) has p mod N = K − 1. Shards 1/N … N/N together take every pair once.
public struct BatchShard: Equatable, Sendable {
    /// Which shard, 1 to `count`.
    public let index: Int
    /// How many shards the manifest is split into.
    public let count: Int

    /// The whole manifest: shard 1 of 1.
    public static let whole = BatchShard(index: 1, count: 1)

    /// Shard `index` (1-based) of `count`; needs 1 ≤ `index` ≤ `count`.
    public init(index: Int, count: Int) {
        precondition(count >= 1 && (1...count).contains(index), "a shard K/N needs 1 ≤ K ≤ N")
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, with 1 ≤ K ≤ N; a ``BatchError`` says what is wrong.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw BatchError.input("--shard must be K/N, such as 1/4; got '\(text)'")
        }
        guard count >= 1 else { throw BatchError.input("--shard K/N needs N ≥ 1; got '\(text)'") }
        guard (1...count).contains(index) else {
            let hint = index == 0 ? " (K is 1-based: from a 0-based index such as JOB_COMPLETION_INDEX, pass index+1)" : ""
            throw BatchError.input("--shard K/N needs 1 ≤ K ≤ N; got '\(text)'\(hint)")
        }
        self.init(index: index, count: count)
    }

    /// Whether the pair at 0-based `position` in the manifest belongs to this shard.
    public func contains(position: Int) -> Bool {
        position % count == index - 1
    }
}
