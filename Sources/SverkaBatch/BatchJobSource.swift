import Foundation

/// Hands the jobs of a run to the workers one at a time, in manifest order: from a parsed
/// manifest, or read record by record from a stream (standard input), so a stream is aligned as
/// it arrives. Only the jobs of the shard are handed out, each with its `sequence`.
///
/// A class because the workers share it; every access holds its lock.
public final class BatchJobSource: @unchecked Sendable {
    /// The number of jobs of the shard, when known in advance (a manifest file): for the ETA.
    public let total: Int?

    private let lock = NSLock()
    private let shard: BatchShard
    private var pending: [BatchJob]
    private var nextPending = 0
    private var reader: BatchLineReader?
    private var linesRead = 0
    private var recordsRead = 0
    private var handedOut = 0

    /// The jobs of a manifest file.
    public init(jobs: [BatchJob], shard: BatchShard = .whole) {
        self.shard = shard
        pending = jobs.filter { shard.contains(position: $0.position) }
        total = pending.count
    }

    /// The JSON Lines records read by `reader` (blank lines skipped).
    public init(stream reader: BatchLineReader, shard: BatchShard = .whole) {
        self.shard = shard
        self.reader = reader
        pending = []
        total = nil
    }

    /// The next job, or nil when there are no more.
    public func next() -> BatchJob? {
        lock.lock()
        defer { lock.unlock() }
        guard var job = nextJob() else { return nil }
        job.sequence = handedOut
        handedOut += 1
        return job
    }

    /// The next job of the shard (the lock held).
    private func nextJob() -> BatchJob? {
        guard reader != nil else {
            guard nextPending < pending.count else { return nil }
            defer { nextPending += 1 }
            return pending[nextPending]
        }
        while let line = reader?.next() {
            linesRead += 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) { continue }
            let position = recordsRead
            recordsRead += 1
            if shard.contains(position: position) {
                return BatchJSONRecord.job(from: line, line: linesRead, position: position)
            }
        }
        return nil
    }
}
