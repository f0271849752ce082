import SverkaAlign

/// Writes an alignment as a line-aligned parallel corpus, the plain-text format of Moses and most
/// MT training tools: two texts with the same number of lines, line `n` of one the translation of
/// line `n` of the other (the CLI writes them as `PREFIX.ru` and `PREFIX.en`).
///
/// One line per pairing bead — an alignment bead with both sides non-empty and a confidence of at
/// least `minimumConfidence` — in bead order. 1-0, 0-1 and furniture beads are left out, as is a
/// bead one of whose sides has no text once white space is collapsed (an empty line would break
/// the pairing for tools that drop empty lines). Each side's text (units joined with hyphenation
/// repaired, see ``AlignedUnits``) has every run of white space and control characters — tab,
/// line feed, carriage return, U+2028, U+2029, NEL, vertical tab, form feed, the C0 and C1
/// controls — turned into one space and is trimmed, so no text can split or join lines, whichever
/// of those a reader treats as a line break.
public struct MosesWriter {
    /// The two texts: `source` and `target`, the same number of lines, each line ending in `\n`
    /// (both empty when no bead qualifies).
    public struct Corpus: Equatable, Sendable {
        /// The original's lines.
        public let source: String
        /// The translation's lines.
        public let target: String
        /// The number of lines in each.
        public let lineCount: Int
    }

    /// Beads with a lower confidence (in [0, 1]) are left out; 0 keeps all pairing beads.
    public var minimumConfidence: Double

    /// A writer keeping the pairing beads whose confidence is at least `minimumConfidence`.
    public init(minimumConfidence: Double = 0) {
        self.minimumConfidence = minimumConfidence
    }

    /// The two texts for the alignment at `units.level` (both empty when that level was not aligned).
    public func write(_ units: AlignedUnits) -> Corpus {
        var source = ""
        var target = ""
        var count = 0
        for bead in units.alignment?.beads ?? [] {
            guard bead.kind == .alignment, !bead.isNull, bead.confidence >= minimumConfidence else { continue }
            let sourceLine = Self.line(units.sourceText(bead))
            let targetLine = Self.line(units.targetText(bead))
            guard !sourceLine.isEmpty, !targetLine.isEmpty else { continue }
            source += sourceLine + "\n"
            target += targetLine + "\n"
            count += 1
        }
        return Corpus(source: source, target: target, lineCount: count)
    }

    /// `text` as one line: each run of white space or control characters one space, none at either end.
    public static func line(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
