import Foundation

/// The results of work done in chunks on several threads, kept in chunk order: each chunk sets
/// its own slot once; `values()` reads them all in order (rethrowing the first failure) after the
/// work is done.
final class ChunkedResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Value, Error>?]

    /// Room for `count` chunks.
    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Sets chunk `index`'s result.
    func set(_ index: Int, _ result: Result<Value, Error>) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
    }

    /// Every chunk's value, in order; throws the first failure.
    func values() throws -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return try slots.map { try ($0 ?? .failure(CancellationError())).get() }
    }
}
