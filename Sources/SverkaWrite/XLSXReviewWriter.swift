import Foundation
import SverkaAlign
import SverkaDiagnose
import ZIPFoundation

/// Writes an alignment as a review sheet: an Office Open XML workbook (`.xlsx`) that a reviewer
/// opens in a spreadsheet program, one row per bead at the level written, in document order.
///
/// Columns: `source`, `target`, `score` (the bead's confidence, a number), `type` (the bead's
/// shape, `1-1`, `2-1`, or what a one-sided bead is: `1-0 untranslated`, `0-1 added`,
/// `furniture`, `omission`), `divergences` (one `kind: reason` line per divergence of the bead at
/// that level) and an empty `reviewer` column for the reviewer's verdict. The header row is frozen
/// and bold, text wraps, and the columns are sized for reading (the two texts widest).
///
/// Text goes in as inline strings, escaped for XML. Characters XML 1.0 cannot hold (C0 controls
/// but tab, LF and CR; U+FFFE, U+FFFF) are written the OOXML way, `_xHHHH_`, which spreadsheet
/// programs read back as the character, and a literal `_xHHHH_` in the text has its underscore
/// written `_x005F_`, so that it reads back unchanged. A cell holds at most 32,767 characters (the
/// format's limit): longer text is cut there, and the cut says how much was left out (the full
/// texts are in the other formats). The parts are zipped with ZIPFoundation, deflated, with a
/// fixed date, so the same alignment gives the same bytes.
public struct XLSXReviewWriter {
    /// The header row's columns.
    public static let columns = ["source", "target", "score", "type", "divergences", "reviewer"]
    /// The most characters a cell holds.
    public static let cellLimit = 32_767
    /// The most rows a sheet holds (the header included).
    public static let rowLimit = 1_048_576

    /// Why a sheet could not be made.
    public enum Failure: Error, CustomStringConvertible {
        /// More beads than a sheet has rows.
        case tooManyRows(Int)
        /// The zip library failed (its error kept).
        case zip(Error)

        public var description: String {
            switch self {
            case .tooManyRows(let count): return "\(count) beads do not fit in one sheet (at most \(rowLimit - 1) rows)"
            case .zip(let error): return "cannot write the XLSX archive: \(error)"
            }
        }
    }

    /// A writer.
    public init() {}

    /// The workbook's bytes for the alignment at `units.level`, with the divergences of
    /// `diagnosis` at that level; only the header row when that level was not aligned.
    public func write(_ units: AlignedUnits, diagnosis: Diagnosis = Diagnosis(divergences: [], thresholds: [:])) throws -> Data {
        let beads = units.alignment?.beads ?? []
        guard beads.count < Self.rowLimit else { throw Failure.tooManyRows(beads.count) }
        let notes = Dictionary(grouping: diagnosis.divergences.filter { $0.level == units.level }, by: \.bead)
        var rows: [[Cell]] = [Self.columns.map { .text($0) }]
        for (index, bead) in beads.enumerated() {
            rows.append([
                .text(units.sourceText(bead)),
                .text(units.targetText(bead)),
                .number(bead.confidence.isFinite ? bead.confidence : 0),
                .text(Self.typeLabel(bead)),
                .text((notes[index] ?? []).map { "\($0.kind.rawValue): \($0.reason)" }.joined(separator: "\n")),
                .text(""),
            ])
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/app.xml", Self.application),
            ("xl/workbook.xml", Self.workbook(level: units.level)),
            ("xl/_rels/workbook.xml.rels", Self.workbookRelationships),
            ("xl/styles.xml", Self.styles),
            ("xl/worksheets/sheet1.xml", Self.sheet(rows)),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // A fixed date (the zip epoch): the same alignment gives the same bytes.
            let date = Date(timeIntervalSince1970: 315_532_800)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw Failure.zip(CocoaError(.fileWriteUnknown)) }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.zip(error)
        }
    }

    /// The `type` column: the bead's shape, and for one-sided beads what they are.
    static func typeLabel(_ bead: Bead) -> String {
        if bead.isUntranslated { return "\(bead.typeName) untranslated" }
        if bead.isAdded { return "\(bead.typeName) added" }
        return bead.typeName
    }

    /// One cell's value.
    enum Cell {
        case text(String)
        case number(Double)
    }

    /// The style index of a cell: 1 header, 2 wrapped text, 3 a score.
    private static func style(row: Int, cell: Cell) -> Int {
        if row == 0 { return 1 }
        if case .number = cell { return 3 }
        return 2
    }

    /// The column letter of 0-based column `index` (A–Z is enough for six columns).
    private static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index)))
    }

    static func sheet(_ rows: [[Cell]]) -> String {
        let lastCell = "\(letter(columns.count - 1))\(max(rows.count, 1))"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        out += " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        out += "<dimension ref=\"A1:\(lastCell)\"/>"
        out += "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
        out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        out += "</sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        // Widths in characters: the two texts wide, score and type narrow, divergences wide, reviewer medium.
        let widths = [60.0, 60.0, 8.0, 16.0, 48.0, 24.0]
        out += "<cols>"
        for (index, width) in widths.enumerated() {
            out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        out += "</cols><sheetData>"
        for (r, row) in rows.enumerated() {
            out += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let reference = "\(letter(c))\(r + 1)"
                let style = style(row: r, cell: cell)
                switch cell {
                case .number(let value):
                    out += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(TSVWriter.formatScore(value))</v></c>"
                case .text(let text) where text.isEmpty:
                    out += "<c r=\"\(reference)\" s=\"\(style)\"/>"
                case .text(let text):
                    out += "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    out += cellText(text)
                    out += "</t></is></c>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        out += "</worksheet>\n"
        return out
    }

    /// `text` as a cell's XML content: cut to the cell limit, OOXML-escaped (`_xHHHH_`), then
    /// escaped for XML.
    static func cellText(_ text: String) -> String {
        XMLEscaping.text(ooxmlEscaped(cut(text)))
    }

    /// `text` cut to ``cellLimit`` characters (UTF-16 code units, as spreadsheets count them),
    /// the cut saying how many characters were left out.
    static func cut(_ text: String) -> String {
        let count = text.utf16.count
        guard count > cellLimit else { return text }
        var kept = ""
        var used = 0
        // Room for the note (and for escapes that make a character longer when read back: none,
        // `_xHHHH_` reads back as one character).
        let note = { (left: Int) in " […\(left) more characters not shown; see the TMX or JSON output]" }
        let budget = cellLimit - note(count).utf16.count
        for character in text {
            let length = character.utf16.count
            if used + length > budget { break }
            kept.append(character)
            used += length
        }
        return kept + note(count - used)
    }

    /// `text` with the characters XML 1.0 cannot hold as `_xHHHH_`, and the underscore of a
    /// literal `_xHHHH_` as `_x005F_` (ECMA-376 ST_Xstring).
    static func ooxmlEscaped(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !XMLEscaping.isAllowed($0) || $0 == "_" }) else { return text }
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if !XMLEscaping.isAllowed(scalar) {
                out.append(contentsOf: String(format: "_x%04X_", scalar.value).unicodeScalars)
            } else if scalar == "_" && looksEscaped(scalars, at: i) {
                out.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `scalars[i...]` reads `_xHHHH_` (four hex digits, either case).
    private static func looksEscaped(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < scalars.count, scalars[i + 1] == "x" || scalars[i + 1] == "X", scalars[i + 6] == "_" else { return false }
        return scalars[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
    </Types>

    """

    static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>

    """

    static let application = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Sverka</Application></Properties>

    """

    /// The workbook: one sheet, named after the level (`paragraphs`, `sentences`).
    static func workbook(level: AlignmentLevel) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <bookViews><workbookView/></bookViews>\
        <sheets><sheet name="\(level.rawValue)s" sheetId="1" r:id="rId1"/></sheets>\
        </workbook>

        """
    }

    static let workbookRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    </Relationships>

    """

    /// Styles: 0 the default; 1 the header (bold, wrapped); 2 text (wrapped, top); 3 a score (0.00, top).
    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="4">\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>\
    </cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>

    """
}
