import Foundation

/// Reads a plain-text dictionary for any language pair: a two-column TSV (`source<TAB>target`), or
/// hunalign's format (`target @ source`, one pair a line), with LF or CRLF line ends. Lines
/// starting with `#` and blank lines are skipped. The languages are not in the file: the columns are taken as the pair's source and
/// target (for hunalign's, the right-hand side is the source).
public enum TabularDictionaryReader {
    /// Reads the file at `path` (plain, or compressed `.gz`/`.dz`); throws ``DictdReader/ReadError``
    /// when it cannot be read, is not UTF-8 text (a binary file) or holds no pair.
    public static func read(path: String) throws -> BilingualDictionary {
        let bytes = try DictdReader.bytes(of: path)
        if bytes.contains(0) { throw DictdReader.ReadError.notText(path, reason: "binary data (NUL bytes)") }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw DictdReader.ReadError.notText(path, reason: "not UTF-8 text")
        }
        let entries = parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if entries.isEmpty { throw DictdReader.ReadError.noEntries(path) }
        return BilingualDictionary(firstLanguage: nil, secondLanguage: nil, entries: entries, source: path)
    }

    /// The pairs of a TSV or hunalign text, oriented source first.
    public static func parse(_ text: String) -> [BilingualDictionary.Entry] {
        var entries: [BilingualDictionary.Entry] = []
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.contains("\t") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 2 else { continue }
                let source = columns[0].trimmingCharacters(in: .whitespaces)
                let target = columns[1].trimmingCharacters(in: .whitespaces)
                if !source.isEmpty && !target.isEmpty { entries.append(.init(first: source.lowercased(), second: target.lowercased())) }
            } else if let at = line.range(of: " @ ") {
                let target = line[..<at.lowerBound].trimmingCharacters(in: .whitespaces)
                let source = line[at.upperBound...].trimmingCharacters(in: .whitespaces)
                if !source.isEmpty && !target.isEmpty { entries.append(.init(first: source.lowercased(), second: target.lowercased())) }
            }
        }
        return entries
    }
}
