import Foundation
import SverkaIngest
import ZIPFoundation

/// A zip archive (DOCX, ODT, EPUB) opened from its bytes, its parts inflated on demand with every
/// inflated byte counted against one budget: a part that would take the total past it is refused
/// (``InputError/inflatesTooLarge(path:entry:limit:)``) by its declared size before any
/// inflating, and while inflating when the declared size lies, so a zip bomb costs at most the
/// budget. A damaged archive or part is ``InputError/unreadableDocument(path:format:reason:)``.
final class ZipPackage {
    /// The file, for messages.
    let path: String
    /// What the archive should be, for messages.
    let format: DocumentFormat
    private let archive: Archive
    private let limit: Int
    private var inflated = 0

    /// Opens the archive in `bytes` (the file `path`, which should be `format`), with `limit`
    /// bytes to inflate in all.
    init(bytes: [UInt8], path: String, format: DocumentFormat, limit: Int) throws {
        self.path = path
        self.format = format
        self.limit = limit
        // Local file header, or the end record of an empty archive.
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw InputError.unreadableDocument(path: path, format: format.displayName,
                                                reason: bytes.isEmpty ? "the file is empty" : "not a zip archive")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw InputError.unreadableDocument(path: path, format: format.displayName,
                                                reason: "a damaged or truncated zip archive: its central directory is missing")
        }
    }

    /// Whether the archive holds a file `entry`.
    func contains(_ entry: String) -> Bool {
        if case .file? = archive[entry]?.type { return true }
        return false
    }

    /// The inflated bytes of the file `entry`; nil when the archive has no such file.
    func read(_ entry: String) throws -> [UInt8]? {
        guard let item = archive[entry], item.type == .file else { return nil }
        let room = limit - inflated
        if item.uncompressedSize > UInt64(max(room, 0)) {
            throw InputError.inflatesTooLarge(path: path, entry: entry, limit: limit)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(item.uncompressedSize))
        let checksum: CRC32
        do {
            checksum = try archive.extract(item, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= room else { throw InputError.inflatesTooLarge(path: path, entry: entry, limit: limit) }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.unreadableDocument(path: path, format: format.displayName, reason: "\(entry) is damaged in the zip archive")
        }
        if checksum != item.checksum || bytes.count != Int(item.uncompressedSize) {
            throw InputError.unreadableDocument(path: path, format: format.displayName,
                                                reason: "\(entry) is damaged in the zip archive (its checksum or size is wrong)")
        }
        inflated += bytes.count
        return bytes
    }

    /// The inflated bytes of `entry`, which the format requires (missing: an error).
    func require(_ entry: String) throws -> [UInt8] {
        guard let bytes = try read(entry) else {
            throw InputError.unreadableDocument(path: path, format: format.displayName, reason: "no \(entry) in the zip archive")
        }
        return bytes
    }

    /// The events of the XML part `entry` (required); not well-formed: an error naming it.
    func xml(_ entry: String) throws -> [MarkupEvent] {
        try parseXML(try require(entry), entry: entry)
    }

    /// The events of the XML part `entry`, nil when the archive has none.
    func optionalXML(_ entry: String) throws -> [MarkupEvent]? {
        try read(entry).map { try parseXML($0, entry: entry) }
    }

    private func parseXML(_ bytes: [UInt8], entry: String) throws -> [MarkupEvent] {
        do {
            return try MarkupParser.parseXML(bytes)
        } catch let failure as MarkupParser.Failure {
            throw InputError.unreadableDocument(path: path, format: format.displayName, reason: "\(entry) is not well-formed XML: \(failure.message)")
        }
    }
}
