import Foundation

/// Paths of the repository, found from this source file (`Tests/SverkaICUTests/TestPaths.swift`).
enum TestPaths {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // SverkaICUTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// A file of `Tests/Fixtures/`.
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The bytes of a fixture file.
    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixture(name)))
    }
}
