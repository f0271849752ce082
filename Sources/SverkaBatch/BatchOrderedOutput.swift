import Foundation
import Sverka

/// Writes the JSON Lines result records of a batch in input order, each as soon as every earlier
/// one is written (a record finished early waits for those before it): to standard output, or to
/// any sink the caller gives.
///
/// A class because the workers share it; every access holds its lock.
public final class BatchOrderedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let encoder: JSONEncoder
    private let sink: (@Sendable (Data) -> Void)?
    private var nextSequence = 0
    private var waiting: [Int: Data] = [:]
    private var writeFailure: String?

    /// An output with keys sorted, one compact record per line, handing whole lines (one or
    /// several) to `sink` in order; without a sink, they go to standard output, and the first
    /// failure to write them (a closed pipe, a full disk) stops the writing and is kept in
    /// ``failure``.
    public init(sink: (@Sendable (Data) -> Void)? = nil) {
        self.sink = sink
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Why writing to standard output failed (no `sink` given), in one line; nil while it works.
    public var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return writeFailure
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
        guard !ready.isEmpty else { return }
        if let sink {
            sink(ready)
        } else if writeFailure == nil {
            do {
                try ready.withUnsafeBytes { _ = try OutputWriter.write(bytes: $0, to: .standardOutput) }
            } catch {
                writeFailure = "\(error)"
            }
        }
    }
}
