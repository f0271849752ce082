import Foundation
import GRDB

/// The project file: an SQLite database (through GRDB) with a key–value table for the texts,
/// policy and current model, and the undo history one change a row. Every save is one
/// transaction, so a process killed at any moment leaves the last saved state.
final class ReviewStore: @unchecked Sendable {
    /// `PRAGMA application_id` of a Sverka review project ("Svrk").
    static let applicationID: Int32 = 0x5376_726B
    /// The layout's version, kept as `meta.format`.
    static let format = 1

    let path: String
    private let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// A new, empty project file at `path` (which must not exist).
    static func create(at path: String) throws -> ReviewStore {
        if FileManager.default.fileExists(atPath: path) {
            throw ReviewError.saveFailed(path: path, reason: "a file is already there (open it, or remove it first)")
        }
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                try db.create(table: "meta") { t in
                    t.primaryKey("key", .text)
                    t.column("value", .blob).notNull()
                }
                try db.create(table: "history") { t in
                    t.primaryKey("seq", .integer)
                    t.column("change", .blob).notNull()
                }
            }
            return ReviewStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: path)
            throw ReviewError.saveFailed(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// The project file at `path`, checked to be one.
    static func open(at path: String) throws -> ReviewStore {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReviewError.notAProject(path: path, reason: "no such file")
        }
        guard !isFolder.boolValue else { throw ReviewError.notAProject(path: path, reason: "it is a folder") }
        do {
            var configuration = Configuration()
            configuration.label = "sverka-review"
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let id = try queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0 }
            guard id == applicationID else { throw ReviewError.notAProject(path: path, reason: "not made by sverka") }
            return ReviewStore(path: path, queue: queue)
        } catch let error as DatabaseError {
            throw ReviewError.notAProject(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// What a project keeps.
    struct Contents {
        var meta: [String: Data]
        var history: [Data]
    }

    /// Everything in the file.
    func load() throws -> Contents {
        do {
            return try queue.read { db in
                var meta: [String: Data] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { meta[row["key"]] = row["value"] }
                let history = try Data.fetchAll(db, sql: "SELECT change FROM history ORDER BY seq")
                return Contents(meta: meta, history: history)
            }
        } catch let error as DatabaseError {
            throw ReviewError.notAProject(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// In one transaction: sets the `meta` values given, and makes the history `history`'s first
    /// `keep` rows followed by `append`.
    func save(meta: [String: Data], keepHistory keep: Int, append: [Data]) throws {
        do {
            try queue.write { db in
                for (key, value) in meta {
                    try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
                }
                try db.execute(sql: "DELETE FROM history WHERE seq >= ?", arguments: [keep])
                for (k, change) in append.enumerated() {
                    try db.execute(sql: "INSERT INTO history(seq, change) VALUES (?, ?)", arguments: [keep + k, change])
                }
            }
        } catch let error as DatabaseError {
            throw ReviewError.saveFailed(path: path, reason: error.message ?? "\(error)")
        }
    }
}
