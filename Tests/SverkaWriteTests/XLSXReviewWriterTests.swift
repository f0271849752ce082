import Foundation
import Testing
import SverkaAlign
import SverkaDiagnose
import SverkaTestSupport
import ZIPFoundation
@testable import SverkaWrite

private typealias Support = WriterTestSupport

@Suite("XLSXReviewWriter")
struct XLSXReviewWriterTests {
    /// The parts of a workbook, by path.
    private func parts(of data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test("a zip of well-formed parts: one row per bead after a frozen header, texts inline, scores numbers")
    func structure() throws {
        let result = HandMade.result()
        let units = AlignedUnits(result: result, level: .paragraph)
        let diagnosis = Diagnosis(divergences: [HandMade.divergence()], thresholds: [:])
        let data = try XLSXReviewWriter().write(units, diagnosis: diagnosis)
        let parts = try parts(of: data)
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/workbook.xml",
                                    "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        for (path, xml) in parts { #expect(throws: Never.self, "\(path)") { _ = try XMLTree.parse(xml) } }
        let sheet = try XMLTree.parse(try #require(parts["xl/worksheets/sheet1.xml"]))
        let pane = try #require(sheet.descendants("pane").first)
        #expect(pane.attributes["state"] == "frozen" && pane.attributes["ySplit"] == "1")
        let rows = sheet.descendants("row")
        #expect(rows.count == HandMade.beads.count + 1)
        #expect(rows[0].descendants("t").map(\.text) == XLSXReviewWriter.columns)
        let first = rows[1].children("c")
        #expect(first[0].allText == "Привет & <мир>" && first[1].allText == "Hello & <world>")
        #expect(first[2].children("v").first?.text == "0.9731")
        #expect(first[3].allText == "1-1")
        #expect(first[4].allText == "number-mismatch: \"1952\" & <b> missing")
        #expect(rows.dropFirst().map { $0.children("c")[3].allText } == ["1-1", "1-0 untranslated", "furniture", "0-1 added"])
        // The same alignment gives the same bytes.
        #expect(try XLSXReviewWriter().write(units, diagnosis: diagnosis) == data)
    }

    @Test("characters XML cannot hold become _xHHHH_, a literal _xHHHH_ keeps its underscore, long text is cut")
    func escaping() {
        #expect(XLSXReviewWriter.ooxmlEscaped("a\u{01}b\u{FFFF}") == "a_x0001_b_xFFFF_")
        #expect(XLSXReviewWriter.ooxmlEscaped("_x0041_ and _x00_ and __") == "_x005F_x0041_ and _x00_ and __")
        let long = String(repeating: "Ж", count: XLSXReviewWriter.cellLimit + 10)
        let cut = XLSXReviewWriter.cut(long)
        #expect(cut.utf16.count <= XLSXReviewWriter.cellLimit)
        #expect(cut.hasSuffix("more characters not shown; see the TMX or JSON output]"))
        #expect(cut.hasPrefix(String(repeating: "Ж", count: 30_000)))
    }

    @Test("LibreOffice opens the telegram's sheet; its CSV holds every bead's texts, Cyrillic included",
          Support.requires(.libreoffice))
    func libreOffice() throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: .paragraph)
        let beads = try #require(units.alignment).beads
        let rows = try csvRows(of: try XLSXReviewWriter().write(units))
        #expect(rows.first == XLSXReviewWriter.columns)
        #expect(rows.count == beads.count + 1)
        for (bead, row) in zip(beads, rows.dropFirst()) {
            #expect(row.count >= 4)
            guard row.count >= 4 else { continue }
            #expect(row[0] == units.sourceText(bead))
            #expect(row[1] == units.targetText(bead))
            #expect(abs((Double(row[2]) ?? -1) - bead.confidence) <= 0.005, "score \(row[2]) for \(bead.confidence)")
        }
        let cyrillic = rows.dropFirst().filter { $0[0].unicodeScalars.contains { (0x0410...0x044F).contains($0.value) } }
        #expect(cyrillic.count * 2 >= beads.count, "the original's Cyrillic text read back in most rows")
    }

    @Test("LibreOffice reads escaped characters back as they were", Support.requires(.libreoffice))
    func libreOfficeEscapes() throws {
        let source = ["Тире\u{01}контроль", "буквально _x0041_ и & < >", "СЕКРЕТНО"]
        let result = HandMade.result(source: source, target: ["Dash\u{01}control", "literally _x0041_"])
        let rows = try csvRows(of: try XLSXReviewWriter().write(AlignedUnits(result: result, level: .paragraph)))
        #expect(rows.count == HandMade.beads.count + 1)
        guard rows.count > 2 else { return }
        #expect(rows[1][0] == source[0] && rows[1][1] == "Dash\u{01}control")
        #expect(rows[2][0] == source[1])
    }

    /// The sheet converted to CSV (UTF-8, comma, double quotes) by headless LibreOffice, parsed.
    private func csvRows(of data: Data) throws -> [[String]] {
        let soffice = try Support.require(.libreoffice)
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = directory.appendingPathComponent("review.xlsx")
        try data.write(to: sheet)
        let profile = directory.appendingPathComponent("profile")
        let run = try Support.run(soffice, [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", directory.path, sheet.path,
        ], timeout: 180)
        let csv = directory.appendingPathComponent("review.csv")
        try #require(FileManager.default.fileExists(atPath: csv.path), "soffice made no CSV: \(run.stdout) \(run.stderr)")
        return Self.parseCSV(String(decoding: try Data(contentsOf: csv), as: UTF8.self))
    }

    /// RFC 4180 CSV: fields in double quotes may hold commas, line breaks and doubled quotes.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = scalars.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r": break
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
