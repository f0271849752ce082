import Foundation
import Testing

/// Paths of the repository, found from this source file (`Tests/SverkaCLITests/TestPaths.swift`).
enum TestPaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // SverkaCLITests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The Russian part of the bundled telegram.
    static let russianTelegram = corpus("wilson-113642-telegram-21646.ru.md")
    /// The English part of the bundled telegram.
    static let englishTelegram = corpus("wilson-113642-telegram-21646.en.md")

    /// `../shared/eval-data` beside the repository: there for developers and CI, not in a user's clone.
    static let evalData = root.deletingLastPathComponent().appendingPathComponent("shared/eval-data")
    /// Whether the `CI` environment variable is set (not empty, `0` or `false`).
    static let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "0" && $0 != "false" } ?? false
    /// Whether tests reading `evalData` run: when it is there, and always under CI, where its
    /// absence is a failure.
    static let hasEvalData = FileManager.default.fileExists(atPath: evalData.path) || inCI
    /// Why those tests are skipped otherwise.
    static let noEvalData: Comment = "no ../shared/eval-data beside the repository; skipping a test that reads it"

    /// A file of `Corpus/`.
    static func corpus(_ name: String) -> String {
        root.appendingPathComponent("Corpus").appendingPathComponent(name).path
    }

    /// A file of `Tests/Fixtures/`.
    static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }
}

/// A fresh temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sverka-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the directory (not created).
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` inside the directory and returns its path.
    func file(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// Writes `text` as UTF-8 to `name` inside the directory and returns its path.
    func file(_ name: String, text: String) throws -> String {
        try file(name, bytes: Array(text.utf8))
    }
}
