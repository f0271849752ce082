import Foundation
import Testing
import SverkaTestSupport

/// `--format xlsx` on the command line: a binary file, written only where `-o` says.
@Suite("sverka --format xlsx")
struct XLSXOutputTests {
    @Test("-o FILE writes the sheet; -o - writes the same bytes to standard output; check writes one too")
    func written() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path("review.xlsx")
        let run = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "xlsx", "-o", file])
        #expect(run.status == 0 && run.stdout.isEmpty, "\(run)")
        let bytes = try TestPaths.bytes(file)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) && bytes.count > 5_000)
        let piped = try SverkaProcess.runShell("\"$SVERKA\" align \(TestPaths.russianTelegram) \(TestPaths.englishTelegram) --format xlsx -o - > \(directory.path("piped.xlsx"))")
        #expect(piped.status == 0, "\(piped)")
        #expect(try TestPaths.bytes(directory.path("piped.xlsx")) == bytes, "the same sheet, byte for byte")

        let tsv = try directory.file("memory.tsv", text: "Один.\tOne.\nДва.\tTwo.\n")
        let checked = try SverkaProcess.run(["check", tsv, "--format", "xlsx", "-o", directory.path("memory.xlsx")])
        #expect(checked.status == 0, "\(checked)")
        #expect(try TestPaths.bytes(directory.path("memory.xlsx")).starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
