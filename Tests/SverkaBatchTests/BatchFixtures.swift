import Foundation
import SverkaTestSupport
import SverkaBatch

/// Short Russian originals with their English translations, written for these tests, and helpers
/// to run batches of them.
enum BatchFixtures {
    /// Three paragraphs of a Russian story.
    static let russian = """
    Утром над рекой поднялся густой туман. Рыбаки ждали на берегу, пока он рассеется.

    К полудню солнце пробилось сквозь облака. Лодки одна за другой вышли в залив.

    Вечером в деревне говорили только об улове. Старый Пётр поймал щуку весом в восемь килограммов.
    """

    /// Their English translation, paragraph for paragraph.
    static let english = """
    In the morning a thick fog rose over the river. The fishermen waited on the bank until it cleared.

    By noon the sun broke through the clouds. One after another, the boats went out into the bay.

    In the evening the village talked of nothing but the catch. Old Pyotr had caught a pike weighing eight kilograms.
    """

    /// A one-paragraph pair.
    static let shortRussian = "Поезд опоздал на два часа. На вокзале нас никто не встретил."
    static let shortEnglish = "The train was two hours late. Nobody met us at the station."

    /// `object` as one line of JSON.
    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// The JSON objects of the lines of `data`.
    static func records(_ data: Data) throws -> [[String: Any]] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            guard let object = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] else {
                throw BatchError.input("not a JSON object: \($0)")
            }
            return object
        }
    }

    /// Runs `jsonLines` (standard input's text) through `aligner` on `workers` threads, as `sverka
    /// batch -` does; returns the bytes written and the counts.
    static func runStream(_ jsonLines: String, aligner: BatchPairAligner, workers: Int = 2,
                          shard: BatchShard = .whole, in scratch: TemporaryDirectory) throws -> (output: Data, summary: BatchSummary) {
        let path = try scratch.file("input-\(UUID().uuidString).jsonl", text: jsonLines)
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let collected = Collected()
        let output = BatchOrderedOutput { collected.append($0) }
        let summary = BatchRunner(workers: workers).run(BatchJobSource(stream: BatchLineReader(handle: handle), shard: shard),
                                                        aligner: aligner, output: output)
        return (collected.data, summary)
    }
}
