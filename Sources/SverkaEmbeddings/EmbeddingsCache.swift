import Foundation

/// Sentence vectors on disk, one small file per text under a folder per model:
/// `DIR/<hash of the model, prefix>/<2 digits>/<hash of the text>.f32` (little-endian Float32).
///
/// Files are written to a temporary name and renamed, so a reader — another `sverka` process, a
/// `batch` job — sees a whole vector or none, and two writers of the same text write the same
/// bytes. ``trim()`` keeps the folder under its size bound by removing the oldest files.
public final class EmbeddingsCache: @unchecked Sendable {
    /// The cache's root folder.
    public let directory: URL
    /// Size bound in bytes.
    public let limit: Int
    /// This model's folder.
    private let modelDirectory: URL
    private let fileManager = FileManager()

    /// A cache in `directory` for vectors of the model (and prefix) `identity`, at most `limit` bytes.
    public init(directory: URL, identity: String, limit: Int) {
        self.directory = directory
        self.limit = limit
        modelDirectory = directory.appendingPathComponent(TextHash.hex(identity), isDirectory: true)
    }

    /// The stored vector of `text`, or nil (absent, unreadable, or of another dimension than `dimension`).
    public func vector(for text: String, dimension: Int? = nil) -> [Float]? {
        guard let data = try? Data(contentsOf: file(for: text)), data.count >= 4, data.count % 4 == 0 else { return nil }
        let count = data.count / 4
        if let dimension, dimension != count { return nil }
        var vector = [Float](repeating: 0, count: count)
        vector.withUnsafeMutableBytes { out in
            data.withUnsafeBytes { raw in
                for k in 0..<count {
                    out.storeBytes(of: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * k, as: UInt32.self)),
                                   toByteOffset: 4 * k, as: UInt32.self)
                }
            }
        }
        return vector
    }

    /// Stores `vector` for `text` (atomically; errors ignored: the cache only saves work).
    public func store(_ vector: [Float], for text: String) {
        let target = file(for: text)
        let folder = target.deletingLastPathComponent()
        try? fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        var data = Data(capacity: vector.count * 4)
        for value in vector {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard fileManager.createFile(atPath: temporary.path, contents: data) else { return }
        if rename(temporary.path, target.path) != 0 { unlink(temporary.path) }
    }

    /// Removes the oldest vector files (by modification time) until the cache holds at most 90% of
    /// its bound, when it holds more than the bound. Returns the number of files removed.
    @discardableResult
    public func trim() -> Int {
        guard let walker = fileManager.enumerator(at: directory, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]) else { return 0 }
        var files: [(url: URL, size: Int, date: Date)] = []
        var total = 0
        for case let url as URL in walker where url.pathExtension == "f32" {
            guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]),
                  values.isRegularFile == true else { continue }
            let size = values.fileSize ?? 0
            files.append((url, size, values.contentModificationDate ?? .distantPast))
            total += size
        }
        guard total > limit else { return 0 }
        var removed = 0
        for entry in files.sorted(by: { $0.date < $1.date }) where total > limit / 10 * 9 {
            if (try? fileManager.removeItem(at: entry.url)) != nil {
                total -= entry.size
                removed += 1
            }
        }
        return removed
    }

    /// The file of `text`'s vector (for tests that age it).
    public func fileForTesting(_ text: String) -> URL { file(for: text) }

    /// The file of `text`'s vector.
    func file(for text: String) -> URL {
        let hash = TextHash.hex(text)
        return modelDirectory.appendingPathComponent(String(hash.prefix(2)), isDirectory: true)
            .appendingPathComponent(hash + ".f32")
    }
}
