import Foundation
import SverkaBatch

/// Bytes gathered from several threads.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()
    private var outcomes: [BatchOutcome] = []

    /// Appends `data`.
    func append(_ data: Data) {
        lock.lock()
        bytes.append(data)
        lock.unlock()
    }

    /// Keeps `outcome`.
    func keep(_ outcome: BatchOutcome) {
        lock.lock()
        outcomes.append(outcome)
        lock.unlock()
    }

    /// What was appended so far.
    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }

    /// The outcomes kept so far, in the order of their jobs.
    var sorted: [BatchOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.sorted { $0.sequence < $1.sequence }
    }
}
