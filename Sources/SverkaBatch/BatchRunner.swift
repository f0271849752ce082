import Foundation

/// Runs the jobs of a batch on `workers` threads, each taking the next job as soon as it has
/// finished one, so long and short pairs balance out. Every pipeline builds its own ICU objects and
/// the rest is values, so pairs run concurrently with no shared mutable state but the job source,
/// the observer and the ordered output, which lock.
public struct BatchRunner: Sendable {
    /// How many pairs run at once.
    public var workers: Int
    /// The stack of each worker thread (the main thread's is 8 MiB).
    public var stackSize = 16 << 20

    /// A runner of `workers` threads (at least one).
    public init(workers: Int) {
        self.workers = workers
    }

    /// Runs every job `source` hands out through `aligner`, writing their records to `output`
    /// (JSON Lines) when given, then passing each outcome to `observe` (progress, error lines),
    /// from the worker that finished it. Returns the counts when all have finished.
    @discardableResult
    public func run(_ source: BatchJobSource, aligner: BatchPairAligner, output: BatchOrderedOutput? = nil,
                    observe: @escaping @Sendable (BatchOutcome) -> Void = { _ in }) -> BatchSummary {
        let group = DispatchGroup()
        let lock = NSLock()
        nonisolated(unsafe) var summary = BatchSummary()
        for number in 0..<max(1, workers) {
            group.enter()
            let thread = Thread {
                while let job = source.next() {
                    let outcome = aligner.process(job)
                    output?.deliver(outcome)
                    observe(outcome)
                    lock.lock()
                    summary.count(outcome.status)
                    lock.unlock()
                }
                group.leave()
            }
            thread.name = "sverka-batch-\(number + 1)"
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return summary
    }
}
