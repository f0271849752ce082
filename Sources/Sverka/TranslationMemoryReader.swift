import Foundation
import SverkaIngest

/// Reads an already aligned bilingual file into a ``TranslationMemory``: TMX, XLIFF 1.2 or 2.x
/// (parsed with Foundation's `XMLParser`, libxml2 underneath), or tab-separated text.
///
/// The kind is told from the content: a file whose first character (after a byte order mark and
/// white space) is `<` is XML, and its root element says which (`<tmx>`, `<xliff version="1.2">`,
/// `<xliff version="2.x">`); anything else is TSV. TSV comes in two layouts:
/// - `source⇥target`, one unit per line, exactly two columns, taken literally (a first line
///   `source⇥target` is a header and skipped; blank lines are skipped; an empty target is a unit
///   left untranslated);
/// - the TSV `sverka align --format tsv` writes, recognised by its header line: seven columns,
///   backslash escapes undone, one-sided beads as untranslated or added units, furniture and
///   omission markers kept but not checked.
///
/// Inline markup: the text of `<g>`, `<mrk>`, `<pc>`, `<hi>` counts; codes (`<bpt>`, `<ept>`,
/// `<ph>`, `<it>`, `<x/>`, `<sc/>`…) are left out; an XLIFF 2 `<cp hex="…"/>` is its character.
/// XLIFF 1.2 `<alt-trans>` proposals, `<seg-source>` and notes are not units. An XLIFF 2
/// `<segment>` is a unit of its own. Units marked `translate="no"` are kept but not checked.
///
/// Every failure is a ``Failure`` (an input error, one line naming the file) or an ``InputError``
/// (a file that cannot be read or decoded).
public struct TranslationMemoryReader: Sendable {
    /// Why a file is not a bilingual file Sverka can read.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not well-formed XML (where libxml2 stopped).
        case malformedXML(name: String, line: Int, column: Int, reason: String)
        /// Well-formed XML, but neither TMX nor XLIFF.
        case unknownXML(name: String, root: String)
        /// TSV with the wrong number of columns on a line.
        case wrongColumns(name: String, line: Int, found: Int, expected: Int)
        /// No translation unit with text in it.
        case noUnits(name: String, format: TranslationMemory.Format)

        /// One line for a person.
        public var description: String {
            switch self {
            case let .malformedXML(name, line, column, reason):
                return "\(name): not well-formed XML at line \(line), column \(column)\(reason.isEmpty ? "" : " (\(reason))")"
            case let .unknownXML(name, root):
                return "\(name): an XML file, but not TMX or XLIFF (its root element is <\(root)>)"
            case let .wrongColumns(name, line, found, expected):
                return "\(name): line \(line) has \(found) column\(found == 1 ? "" : "s"), expected \(expected) "
                    + (expected == 2 ? "(source<TAB>target)" : "(the columns of sverka's TSV)")
            case let .noUnits(name, format):
                return "\(name): no translation unit with text in it (read as \(format.rawValue))"
            }
        }
    }

    /// Larger files are refused before they are parsed.
    public var maxInputBytes: Int

    /// A reader refusing files over `maxInputBytes`.
    public init(maxInputBytes: Int = InputDecoder.defaultMaxInputBytes) {
        self.maxInputBytes = maxInputBytes
    }

    /// Reads the file at `path` (`-`: standard input).
    public func read(path: String) throws -> TranslationMemory {
        let name = path == "-" ? "standard input" : path
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw InputError.fileNotFound(path: path) }
            if isFolder.boolValue { throw InputError.unreadable(path: path, reason: "it is a folder") }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw InputError.unreadable(path: path, reason: "\((error as NSError).localizedDescription)")
            }
        }
        if data.count > maxInputBytes { throw InputError.tooLarge(path: name, bytes: data.count, limit: maxInputBytes) }
        return try parse(data, name: name)
    }

    /// Reads `data`, named `name` in messages.
    public func parse(_ data: Data, name: String) throws -> TranslationMemory {
        if data.isEmpty || data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { throw InputError.empty(path: name) }
        if Self.looksLikeXML(data) { return try TranslationMemoryXML.parse(data, name: name) }
        let decoded = try InputDecoder(maxInputBytes: maxInputBytes).decode([UInt8](data), name: name)
        return try Self.parseTSV(decoded.text, name: name)
    }

    /// Whether the first character after a byte order mark and white space is `<` (in UTF-8 or UTF-16).
    static func looksLikeXML(_ data: Data) -> Bool {
        for byte in data.prefix(4096) {
            switch byte {
            case 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x00, 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "<"): return true
            default: return false
            }
        }
        return false
    }

    /// The units of a TSV text: Sverka's layout when its header opens the text, else `source⇥target`.
    static func parseTSV(_ text: String, name: String) throws -> TranslationMemory {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last == "" { lines.removeLast() }
        let sverkaHeader = TSVWriter.columns.joined(separator: "\t")
        let isSverka = lines.first.map { String($0) == sverkaHeader } ?? false
        let expected = isSverka ? TSVWriter.columns.count : 2
        var units: [TranslationMemory.Unit] = []
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if offset == 0 && (isSverka || fields.map { $0.lowercased() } == ["source", "target"]) { continue }
            guard fields.count == expected else {
                throw Failure.wrongColumns(name: name, line: number, found: fields.count, expected: expected)
            }
            if isSverka {
                let type = fields[3]
                units.append(TranslationMemory.Unit(
                    id: "b\(units.count)", source: unescape(fields[0]), target: unescape(fields[1]),
                    sourceLine: number, targetLine: number, translatable: type != "furniture" && type != "omission"))
            } else {
                units.append(TranslationMemory.Unit(source: fields[0], target: fields[1], sourceLine: number, targetLine: number))
            }
        }
        let memory = TranslationMemory(name: name, format: .tsv, units: units)
        guard memory.units.contains(where: { !$0.source.isEmpty || !$0.target.isEmpty }) else {
            throw Failure.noUnits(name: name, format: .tsv)
        }
        return memory
    }

    /// `field` with the escapes of ``TSVWriter/escape(_:)`` undone (`\\`, `\t`, `\n`, `\r`).
    static func unescape(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var out = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        if escaping { out.append("\\") }
        return out
    }
}
