import Foundation

/// Writes the JSON Lines result records of a batch in input order, each as soon as every earlier
/// one is written (a record finished early waits for those before it): to standard output, or to
/// any sink the caller gives.
///
/// A class because the workers share it; every access holds its lock.
public final class BatchOrderedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let encoder: JSONEncoder
    private let sink: @Sendable (Data) -> Void
    private var nextSequence = 0
    private var waiting: [Int: Data] = [:]

    /// An output with keys sorted, one compact record per line, handing whole lines (one or
    /// several) to `sink` in order: by default, standard output.
    public init(sink: @escaping @Sendable (Data) -> Void = { FileHandle.standardOutput.write($0) }) {
        self.sink = sink
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Takes the record of `outcome`, and writes it with any records it was holding back.
    public func deliver(_ outcome: BatchOutcome) {
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
        if !ready.isEmpty { sink(ready) }
    }
}
