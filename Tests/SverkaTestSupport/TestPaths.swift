import Foundation
import Testing

/// Paths of the repository, found from this source file (`Tests/SverkaTestSupport/TestPaths.swift`),
/// and whether the evaluation data beside it is there.
public enum TestPaths {
    /// The repository root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // SverkaTestSupport
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The Russian part of the bundled telegram.
    public static let russianTelegram = corpus("wilson-113642-telegram-21646.ru.md")
    /// The English part of the bundled telegram.
    public static let englishTelegram = corpus("wilson-113642-telegram-21646.en.md")
    /// The whole telegram: catalogue header, Russian, English.
    public static let wholeTelegram = corpus("wilson-113642-telegram-21646.md")

    /// `../shared/eval-data` beside the repository: there for developers and CI, not in a user's clone.
    public static let evalData = root.deletingLastPathComponent().appendingPathComponent("shared/eval-data")
    /// Whether the `CI` environment variable is set (not empty, `0` or `false`).
    public static let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "0" && $0 != "false" } ?? false
    /// Whether tests reading ``evalData`` run: when it is there, and always under CI, where its
    /// absence is a failure.
    public static let hasEvalData = FileManager.default.fileExists(atPath: evalData.path) || inCI
    /// Why those tests are skipped otherwise.
    public static let noEvalData: Comment = "no ../shared/eval-data beside the repository; skipping a test that reads it"

    /// Whether a test reading `path` (under ``evalData``) runs: when the file is there, and always
    /// under CI.
    public static func hasEvalFile(_ path: String) -> Bool {
        FileManager.default.isReadableFile(atPath: path) || inCI
    }

    /// A file of `Corpus/`.
    public static func corpus(_ name: String) -> String {
        root.appendingPathComponent("Corpus").appendingPathComponent(name).path
    }

    /// A file of `Tests/Fixtures/`.
    public static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// The bytes of a file.
    public static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The contents of a UTF-8 file.
    public static func utf8Text(_ path: String) throws -> String {
        String(decoding: try bytes(path), as: UTF8.self)
    }
}
