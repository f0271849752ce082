import Foundation
import Testing
import SverkaTestSupport

/// `--format moses` writes two files that never collide, whatever the two languages.
@Suite("sverka align --format moses: file names")
struct MosesOutputTests {
    @Test("two variants of one language, or one language twice, get distinct suffixes", arguments: [
        ("en", "en-GB", ["x.en", "x.en-gb"]),
        ("en", "en", ["x.src.en", "x.tgt.en"]),
        ("en-GB", "en_gb", ["x.src.en", "x.tgt.en"]),
        ("ru", "en", ["x.en", "x.ru"]),
    ])
    func suffixes(source: String, target: String, files: [String]) throws {
        let scratch = try TemporaryDirectory()
        let result = try SverkaProcess.run(["align", TestPaths.englishTelegram, TestPaths.englishTelegram, "--format", "moses",
                                            "-o", "x", "--source-lang", source, "--target-lang", target, "--no-dictionary"],
                                           in: scratch.url)
        #expect(result.status == 0, "\(result)")
        let written = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        #expect(written == files)
        // The telegram aligned with itself: both files hold the same lines, one per pair.
        let texts = try written.map { try TestPaths.utf8Text(scratch.path($0)) }
        #expect(texts[0] == texts[1])
        #expect(texts[0].split(separator: "\n").count > 30)
    }
}
