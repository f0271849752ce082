import Foundation

/// Paths of the repository, found from this source file (`Tests/SverkaIngestTests/TestPaths.swift`).
enum TestPaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // SverkaIngestTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The Russian part of the bundled telegram.
    static let russianTelegram = corpus("wilson-113642-telegram-21646.ru.md")
    /// The English part of the bundled telegram.
    static let englishTelegram = corpus("wilson-113642-telegram-21646.en.md")

    /// A file of `Corpus/`.
    static func corpus(_ name: String) -> String {
        root.appendingPathComponent("Corpus").appendingPathComponent(name).path
    }

    /// A file of `Tests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// The bytes of a file.
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The contents of a UTF-8 file.
    static func utf8Text(_ path: String) throws -> String {
        String(decoding: try bytes(path), as: UTF8.self)
    }
}

/// A fresh temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sverka-ingest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to a file called `name` inside the directory and returns its path.
    func file(_ name: String, bytes: [UInt8]) throws -> String {
        let fileURL = url.appendingPathComponent(name)
        try Data(bytes).write(to: fileURL)
        return fileURL.path
    }

    /// Writes `text` as UTF-8 to a file called `name` and returns its path.
    func file(_ name: String, text: String) throws -> String {
        try file(name, bytes: Array(text.utf8))
    }
}
