import Foundation
import Testing
import Sverka
import SverkaTestSupport

/// `sverka` on real PDFs made by LibreOffice in the test run (``PDFSamples``).
@Suite("sverka reads PDFs", PDFSamples.requiresLibreOffice)
struct PDFInputTests {
    /// One bead of TSV output: the words of each side, sorted (a table's cells come in the PDF's
    /// reading order, and a line broken after a dash reads with a space), and whether it pairs.
    struct Bead: Equatable, CustomStringConvertible {
        let source: [Substring]
        let target: [Substring]
        let pairs: Bool
        var description: String { "\(source.prefix(6)) → \(target.prefix(6))\(pairs ? "" : " (unpaired)")" }
    }

    /// The beads of `sverka align arguments… --format tsv`.
    static func beads(_ arguments: [String]) throws -> [Bead] {
        let result = try SverkaProcess.run(["align"] + arguments + ["--format", "tsv"])
        #expect(result.status == 0, "\(result)")
        return result.stdout.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func words(_ field: Substring) -> [Substring] {
                field.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\t", with: " ")
                    .split(whereSeparator: { $0.isWhitespace || $0 == "—" }).map { Substring($0) }.sorted()
            }
            return Bead(source: words(fields[0]), target: words(fields[1]), pairs: !fields[0].isEmpty && !fields[1].isEmpty)
        }
    }

    @Test("the telegram's PDFs align into the paragraph beads of its text files, PDF with PDF and PDF with text")
    func telegramBeads() throws {
        let files = try PDFSamples.files()
        let plain = try Self.beads([files.telegramRussianText, files.telegramEnglishText])
        #expect(plain.count > 40)
        let pdfs = try Self.beads([files.telegramRussian, files.telegramEnglish])
        #expect(pdfs == plain)
        let mixed = try Self.beads([files.telegramRussian, files.telegramEnglishText])
        #expect(mixed == plain)
    }

    @Test("a PDF's running heads and page numbers are set aside, the word hyphenated across pages rejoined")
    func pageFurniture() throws {
        let files = try PDFSamples.files()
        let pages = try PDFReader().read(path: files.report).text.split(separator: "\u{0C}").count
        #expect(pages >= 4)
        let result = try SverkaProcess.run(["align", files.report, files.reportEnglishText, "--no-dictionary"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Page furniture set aside (\(2 * pages))"), "\(result)")
        let listed = result.stdout.components(separatedBy: "Page furniture set aside")[1].split(separator: "\n").dropFirst()
            .prefix { $0.hasPrefix("  ") }.map { $0.components(separatedBy: ": ").dropFirst().joined(separator: ": ") }
        #expect(listed.filter { $0 == ExpeditionReport.runningHead }.count == pages, "\(listed)")
        #expect(listed.filter { $0.hasPrefix("–") }.map { $0.filter(\.isNumber) } == (1...pages).map(String.init), "\(listed)")
        #expect(result.stdout.contains("Divergences: 0"), "\(result)")
        // Every English paragraph pairs with Russian text, the broken one with both parts, joined.
        let tsv = try SverkaProcess.run(["align", files.report, files.reportEnglishText, "--format", "tsv", "--no-dictionary"])
        let rows = tsv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.filter { !$0[1].isEmpty }.count == ExpeditionReport.english.count)
        #expect(rows.contains { $0[0].contains(ExpeditionReport.brokenWord) && $0[1].contains("agreed to help") }, "\(tsv)")
        #expect(!rows.contains { $0[0].contains("помо-") })
    }

    @Test("segment reads a PDF's text layer: paragraphs, with line numbers of the text taken out")
    func segment() throws {
        let files = try PDFSamples.files()
        let result = try SverkaProcess.run(["segment", files.telegramRussian])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Товарищу Ф И Л И П П О В У"))
        #expect(result.stdout.contains("Посылаю Вам для ознакомления текст моей телеграммы"))
    }

    @Test("a PDF on standard input is read as one; --verify passes; batch aligns a PDF pair")
    func standardInputVerifyAndBatch() throws {
        let files = try PDFSamples.files()
        let piped = try SverkaProcess.run(["segment", "-"], input: files.telegramRussian)
        let named = try SverkaProcess.run(["segment", files.telegramRussian])
        #expect(piped.status == 0, "\(piped)")
        #expect(piped.stdout == named.stdout)
        let verified = try SverkaProcess.run(["align", files.telegramRussian, files.telegramEnglish, "--verify", "--quiet"])
        #expect(verified.status == 0, "\(verified)")
        let scratch = try TemporaryDirectory()
        let manifest = try scratch.file("pairs.tsv", text: "\(files.report)\t\(files.reportEnglishText)\t\(scratch.path("out/report"))\n")
        let batch = try SverkaProcess.run(["batch", manifest, "--format", "tsv"])
        #expect(batch.status == 0, "\(batch)")
        let tsv = try String(contentsOfFile: scratch.path("out/report.tsv"), encoding: .utf8)
        #expect(tsv.contains(ExpeditionReport.brokenWord))
    }

    @Test("an encrypted PDF, a PDF without text, a .pdf that is not one: one line, exit 2, for segment and align")
    func refused() throws {
        let files = try PDFSamples.files()
        let scratch = try TemporaryDirectory()
        let fake = try scratch.file("telegram.pdf", text: try TestPaths.utf8Text(files.telegramRussianText))
        let cases: [(String, String)] = [(files.encrypted, "encrypted"), (files.scan, "no text layer"), (fake, "not a PDF")]
        for (path, words) in cases {
            for arguments in [["segment", path], ["align", path, files.telegramEnglishText], ["align", files.telegramRussian, path]] {
                let result = try SverkaProcess.run(arguments)
                #expect(result.status == 2, "\(arguments): \(result)")
                #expect(result.stderrLines.count == 1, "\(arguments): \(result)")
                #expect(result.stderr.hasPrefix("sverka: error: \(path): ") && result.stderr.contains(words), "\(result)")
                #expect(result.stdout.isEmpty)
            }
        }
    }

    @Test("--max-input-size counts a PDF's bytes: exit 2 past it")
    func sizeLimit() throws {
        let path = try PDFSamples.files().telegramRussian
        let size = try TestPaths.bytes(path).count
        let refused = try SverkaProcess.run(["segment", path, "--max-input-size", String(size - 1)])
        #expect(refused.status == 2 && refused.stderr.contains("more than the limit"), "\(refused)")
        let read = try SverkaProcess.run(["segment", path, "--max-input-size", String(size)])
        #expect(read.status == 0, "\(read)")
    }
}
