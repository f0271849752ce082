import Foundation
import SverkaEval
import Testing
import Sverka
import SverkaTestSupport

/// `ROOT/../shared/eval-data/real-ru-en-dev`: real published ru–en pairs with hand-made paragraph
/// gold (novels, manuals, a policy text, a press release). Not in a user's clone: these tests are
/// skipped without it, and required when the `CI` environment variable is set.
private let realDevSet = TestPaths.evalData.appendingPathComponent("real-ru-en-dev")
private let hasRealDevSet = FileManager.default.fileExists(atPath: realDevSet.path)

@Suite("The real ru–en development set, aligned with the defaults")
struct RealDevSetTests {
    /// The pairs' names (`NAME.ru.txt`, `NAME.en.txt`, `NAME.para.gold`).
    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: realDevSet.path)
            .filter { $0.hasSuffix(".para.gold") }.map { String($0.dropLast(".para.gold".count)) }.sorted()
    }

    /// Each pair's predicted paragraph beads, aligned by one `sverka batch` run with `options`.
    static func predictions(_ options: [String], in folder: TemporaryDirectory) throws -> [String: [IndexBead]] {
        let names = try names()
        let manifest = names.map { name in
            [realDevSet.appendingPathComponent("\(name).ru.txt").path, realDevSet.appendingPathComponent("\(name).en.txt").path,
             folder.path(name), "ru", "en"].joined(separator: "\t")
        }.joined(separator: "\n") + "\n"
        let result = try SverkaProcess.run(["batch", try folder.file("manifest.tsv", text: manifest), "--format", "pairs",
                                            "--level", "paragraph", "--quiet"] + options)
        try #require(result.status == 0, "\(result)")
        var predicted: [String: [IndexBead]] = [:]
        for name in names {
            predicted[name] = try PairsFormat.parse(String(contentsOfFile: folder.path("\(name).pairs"), encoding: .utf8))
        }
        return predicted
    }

    @Test("strict paragraph F1 ≥ 0.97 overall, 1.000 on every lock-step pair, never worse than with the clean-up off",
          .enabled(if: hasRealDevSet || TestPaths.inCI, "no real-ru-en-dev at \(realDevSet.path); skipping the real-document check"))
    func devSet() throws {
        try #require(hasRealDevSet, "CI is set but \(realDevSet.path) is missing")
        let folder = try TemporaryDirectory()
        let plainFolder = try TemporaryDirectory()
        let defaults = try Self.predictions([], in: folder)
        let plain = try Self.predictions(["--keep-furniture", "--no-join"], in: plainFolder)
        var files: [(gold: [IndexBead], predicted: [IndexBead])] = []
        for name in try Self.names() {
            let gold = try PairsFormat.parse(String(contentsOfFile: realDevSet.appendingPathComponent("\(name).para.gold").path,
                                                    encoding: .utf8))
            let predicted = try #require(defaults[name])
            let f1 = AlignmentMetrics.score(gold: gold, predicted: predicted).strict.f1
            let plainF1 = AlignmentMetrics.score(gold: gold, predicted: try #require(plain[name])).strict.f1
            if gold.allSatisfy({ $0.source.count == 1 && $0.target.count == 1 }) {
                #expect(f1 == 1, "\(name): lock-step, strict F1 \(f1)")
            }
            #expect(f1 >= plainF1, "\(name): \(f1) with the defaults, \(plainF1) with the clean-up off")
            files.append((gold, predicted))
        }
        let overall = AlignmentMetrics.score(files: files).strict.f1
        #expect(overall >= 0.97, "overall strict F1 \(overall)")
    }
}
