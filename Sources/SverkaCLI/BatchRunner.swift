import Foundation

/// Runs the jobs of a batch on `workers` threads, each taking the next job as soon as it has
/// finished one, so long and short pairs balance out. Every pipeline builds its own ICU objects and
/// the rest is values, so pairs run concurrently with no shared mutable state but the job source,
/// the reporter and the ordered output, which lock.
struct BatchRunner {
    /// How many pairs run at once.
    let workers: Int
    /// The stack of each worker thread (the main thread's is 8 MiB).
    var stackSize = 16 << 20

    /// Runs every job `source` hands out through `aligner`, counting them in `reporter` and, for
    /// JSON Lines, writing their records to `output`; returns when all have finished.
    func run(_ source: BatchJobSource, aligner: BatchPairAligner, reporter: ProgressReporter, output: BatchOrderedOutput?) {
        let group = DispatchGroup()
        for number in 0..<max(1, workers) {
            group.enter()
            let thread = Thread {
                while let job = source.next() {
                    let outcome = aligner.process(job)
                    output?.deliver(outcome)
                    reporter.record(outcome)
                }
                group.leave()
            }
            thread.name = "sverka-batch-\(number + 1)"
            thread.stackSize = stackSize
            thread.start()
        }
        group.wait()
    }
}
