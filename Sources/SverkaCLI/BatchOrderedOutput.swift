import Foundation

/// Writes the JSON Lines result records of a batch to standard output in input order, each as soon
/// as every earlier one is written (a record finished early waits for those before it).
///
/// A class because the workers share it; every access holds its lock.
final class BatchOrderedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let encoder: JSONEncoder
    private var nextSequence = 0
    private var waiting: [Int: Data] = [:]

    /// An output with keys sorted, one compact record per line.
    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Takes the record of `outcome`, and writes it with any records it was holding back.
    func deliver(_ outcome: BatchOutcome) {
        lock.lock()
        defer { lock.unlock() }
        var line: Data
        do {
            line = try encoder.encode(outcome)
        } catch {
            line = Data("{\"status\":\"error\",\"error\":\"cannot encode the result\"}".utf8)
        }
        line.append(UInt8(ascii: "\n"))
        waiting[outcome.sequence] = line
        var ready = Data()
        while let next = waiting.removeValue(forKey: nextSequence) {
            ready.append(next)
            nextSequence += 1
        }
        if !ready.isEmpty { FileHandle.standardOutput.write(ready) }
    }
}
