import Foundation
import Sverka
import SverkaReview
import SverkaTestSupport
import Testing

/// `sverka export PROJECT`: a review project's corrected alignment through the writers.
@Suite("sverka export")
struct ExportCommandTests {
    @Test("writes the corrected beads, confirmations and edits atomically to the file named")
    func export() throws {
        let folder = try TemporaryDirectory()
        let loader = DocumentLoader()
        var policy = AlignmentPolicy()
        policy.dictionary = .none
        let project = try ReviewProject.create(at: folder.path("t.sverka"),
                                               source: try loader.load(path: TestPaths.russianTelegram, language: "ru"),
                                               target: try loader.load(path: TestPaths.englishTelegram, language: "en"), policy: policy)
        let bead = try #require(project.state.beads.first { !$0.source.isEmpty && !$0.target.isEmpty && $0.kind == "alignment" })
        _ = try project.apply(.confirm(bead: bead.id))
        let state = try project.apply(.edit(side: .target, unit: bead.target[0], text: "An edited <line> & more"))
        let out = try folder.file("out.tmx", text: "old contents\n")
        let result = try SverkaProcess.run(["export", folder.path("t.sverka"), "--format", "tmx", "-o", out])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let tmx = try TestPaths.utf8Text(out)
        #expect(tmx.contains("<prop type=\"x-sverka-confirmed\">yes</prop>"))
        #expect(tmx.contains("<seg>An edited &lt;line&gt; &amp; more</seg>"))
        #expect(tmx.contains("<note>original target: "))
        let pairs = try SverkaProcess.run(["export", folder.path("t.sverka"), "--format", "pairs"])
        #expect(pairs.status == 0 && pairs.stdout.split(separator: "\n").count == state.beads.count, "\(pairs)")
    }

    @Test("a file that is not a project, or a missing one, is an input error in one line (exit 2)")
    func notProject() throws {
        let folder = try TemporaryDirectory()
        let text = try folder.file("x.sverka", text: "hello\n")
        for path in [text, folder.path("missing.sverka")] {
            let result = try SverkaProcess.run(["export", path, "--format", "tsv"])
            #expect(result.status == 2 && result.stderrLines.count == 1 && result.stdout.isEmpty, "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing.sverka")))
    }
}
