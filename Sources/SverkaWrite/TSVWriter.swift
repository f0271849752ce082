import SverkaAlign
import SverkaDiagnose

/// Writes an alignment as tab-separated values, one bead per line:
/// `source text, target text, score, bead type, source ids, target ids, divergences`
/// (ids comma-separated, 0-based; divergence kinds of the bead comma-separated, empty for none).
/// A header line names the columns. Inside text, backslash, tab,
/// line feed and carriage return are escaped as `\\`, `\t`, `\n`, `\r`, so every bead stays one line.
public enum TSVWriter {
    /// The header line's columns.
    public static let columns = ["source", "target", "score", "type", "source_ids", "target_ids", "divergences"]

    /// The TSV text for the alignment at `units.level`, header included, each line ending in `\n`;
    /// only the header when there are no beads at that level.
    public static func write(_ units: AlignedUnits, diagnosis: Diagnosis = Diagnosis(divergences: [], thresholds: [:])) -> String {
        var out = columns.joined(separator: "\t") + "\n"
        guard let alignment = units.result.alignment(at: units.level) else { return out }
        var kinds: [Int: [String]] = [:]
        for divergence in diagnosis.divergences where divergence.level == units.level {
            if !(kinds[divergence.bead]?.contains(divergence.kind.rawValue) ?? false) {
                kinds[divergence.bead, default: []].append(divergence.kind.rawValue)
            }
        }
        for (index, bead) in alignment.beads.enumerated() {
            let fields = [
                escape(units.sourceText(bead)),
                escape(units.targetText(bead)),
                formatScore(bead.confidence),
                bead.typeName,
                bead.source.map(String.init).joined(separator: ","),
                bead.target.map(String.init).joined(separator: ","),
                (kinds[index] ?? []).joined(separator: ","),
            ]
            out += fields.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// `text` with `\`, tab, LF and CR escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func formatScore(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return String(scaled)
    }
}
