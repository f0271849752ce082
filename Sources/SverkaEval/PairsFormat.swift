import Foundation

/// Reads and writes the Vecalign/Bertalign bead format: one bead per line, `[i,j]:[k]`.
///
/// Accepted on input: `[0]:[0]`, `[6, 7]:[9, 10]` (spaces after commas, or around any token),
/// `[3]:[]` (deletion), `[]:[7]` (addition), an optional trailing `:score` such as
/// `[0]:[0]:0.8731` (any finite decimal number), `\n` or `\r\n` line breaks. Blank lines are
/// skipped. Indices are non-negative decimal integers.
public enum PairsFormat {
    /// The beads of `text`, in file order.
    ///
    /// - Throws: ``PairsFormatError`` for the first malformed line, with its 1-based number and
    ///   content (missing bracket or colon, negative or non-numeric index, trailing comma,
    ///   unparsable or non-finite score, text after the bead).
    public static func parse(_ text: String) throws -> [IndexBead] {
        var beads: [IndexBead] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                beads.append(try parseLine(line))
            } catch let reason as LineFailure {
                throw PairsFormatError(line: offset + 1, text: String(line), reason: reason.reason)
            }
        }
        return beads
    }

    /// `beads` in the canonical form: one `[i,j]:[k]` line each (no spaces), followed by
    /// `:score` with 4 decimals when the bead has a finite score; every line ends in `\n`.
    /// No beads give the empty string.
    public static func format(_ beads: [IndexBead]) -> String {
        var out = ""
        for bead in beads {
            out += formatLine(bead)
            out += "\n"
        }
        return out
    }

    /// One bead in the canonical form, without a line break (see ``format(_:)``).
    public static func formatLine(_ bead: IndexBead) -> String {
        func list(_ indices: [Int]) -> String { "[" + indices.map(String.init).joined(separator: ",") + "]" }
        var line = list(bead.source) + ":" + list(bead.target)
        if let score = bead.score, score.isFinite {
            line += ":" + fixedPoint(score)
        }
        return line
    }

    /// `value` with four decimals, as C's `%.4f` writes it (the same digits `String(format:)`
    /// gives, without Foundation's formatting machinery, which cost half a second on 100k beads).
    package static func fixedPoint(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 352) { buffer in
            _ = withVaList([value]) { vsnprintf(buffer.baseAddress, buffer.count, "%.4f", $0) }
            return String(cString: buffer.baseAddress!)
        }
    }

    private struct LineFailure: Error {
        let reason: String
    }

    private static func parseLine(_ line: Substring) throws -> IndexBead {
        var scanner = Scanner(bytes: Array(line.utf8))
        let source = try scanner.indexList()
        try scanner.expect(UInt8(ascii: ":"))
        let target = try scanner.indexList()
        var score: Double?
        if scanner.consume(UInt8(ascii: ":")) {
            score = try scanner.score()
        }
        scanner.skipSpaces()
        if !scanner.atEnd { throw LineFailure(reason: "unexpected text after the bead") }
        return IndexBead(source: source, target: target, score: score)
    }

    /// A cursor over one line's UTF-8 bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position >= bytes.count }

        mutating func skipSpaces() {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D {
                position += 1
            }
        }

        mutating func consume(_ byte: UInt8) -> Bool {
            skipSpaces()
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func expect(_ byte: UInt8) throws {
            if !consume(byte) { throw LineFailure(reason: "expected '\(Character(Unicode.Scalar(byte)))'") }
        }

        /// `[` index (`,` index)* `]`, or `[]`.
        mutating func indexList() throws -> [Int] {
            try expect(UInt8(ascii: "["))
            var indices: [Int] = []
            if consume(UInt8(ascii: "]")) { return indices }
            repeat {
                indices.append(try index())
            } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
            return indices
        }

        mutating func index() throws -> Int {
            skipSpaces()
            var value = 0
            let start = position
            while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
                let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[position] - 0x30))
                if overflow1 || overflow2 { throw LineFailure(reason: "index too large") }
                value = sum
                position += 1
            }
            if position == start { throw LineFailure(reason: "expected a non-negative integer index") }
            return value
        }

        /// The rest of the line as a finite decimal number.
        mutating func score() throws -> Double {
            let rest = String(decoding: bytes[position...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            position = bytes.count
            guard let value = Double(rest), value.isFinite else {
                throw LineFailure(reason: "expected a finite number as the score")
            }
            return value
        }
    }
}
