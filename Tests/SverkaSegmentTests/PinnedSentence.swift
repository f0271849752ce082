import Foundation
import SverkaTestSupport

/// One pinned sentence of a golden file (`Tests/Fixtures/telegram-*.sentences.json`).
struct PinnedSentence: Decodable, Equatable, CustomStringConvertible {
    let paragraph: Int
    let line: Int
    let text: String

    var description: String { "¶\(paragraph) line \(line): \(text)" }

    /// The sentences pinned in the fixture file `fixture`.
    static func load(_ fixture: String) throws -> [PinnedSentence] {
        try JSONDecoder().decode([PinnedSentence].self, from: Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture(fixture))))
    }
}
