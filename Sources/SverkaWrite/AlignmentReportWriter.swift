import Foundation
import SverkaAlign
import SverkaDiagnose
import SverkaSegment

/// Writes the human report: what was aligned and how much of each side found a counterpart, the
/// divergences by kind with the thresholds used, then each divergence with line numbers, excerpts of
/// both sides and its reason, and finally the page furniture set aside.
///
/// Colour (ANSI) marks severities when `colour` is on; `quiet` stops after the summary.
public struct AlignmentReportWriter {
    /// Whether to colour severities with ANSI escapes.
    public var colour: Bool
    /// Whether to write the summary only.
    public var quiet: Bool

    /// A writer.
    public init(colour: Bool = false, quiet: Bool = false) {
        self.colour = colour
        self.quiet = quiet
    }

    /// The report for `units` (its level decides which beads are described) and `diagnosis`.
    public func write(_ units: AlignedUnits, diagnosis: Diagnosis) -> String {
        let result = units.result
        var out = bold("Sverka alignment") + ": \(result.source.name) (\(result.source.language)) → \(result.target.name) (\(result.target.language))\n"
        out += "  original:    \(result.source.paragraphs.count) paragraphs, \(result.source.sentences.count) sentences"
            + " (paragraphs \(result.source.paragraphConvention.summary))\n"
        out += "  translation: \(result.target.paragraphs.count) paragraphs, \(result.target.sentences.count) sentences"
            + " (paragraphs \(result.target.paragraphConvention.summary))\n"
        guard let summary = AlignmentSummary(units, diagnosis: diagnosis) else {
            return out + "  no \(units.level.rawValue) alignment was made\n"
        }
        let unit = units.level == .paragraph ? "paragraphs" : "sentences"
        out += "\n" + bold("\(units.level == .paragraph ? "Paragraph" : "Sentence") alignment") + ": \(summary.beads) beads\n"
        out += "  original \(unit) translated:  \(summary.source.paired) of \(summary.source.content) (\(percent(summary.source.pairedShare)))"
        out += summary.source.furniture > 0 ? ", \(summary.source.furniture) more set aside as page furniture\n" : "\n"
        out += "  translation \(unit) with a source: \(summary.target.paired) of \(summary.target.content) (\(percent(summary.target.pairedShare)))"
        out += summary.target.furniture > 0 ? ", \(summary.target.furniture) more set aside as page furniture\n" : "\n"
        let types = summary.beadTypes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        out += "  bead types: \(types.joined(separator: ", "))\n"
        if let mean = summary.meanPairConfidence {
            out += "  mean confidence of pairs: \(format(mean, 2))\n"
        }

        let counts = summary.divergencesByKind
        out += "\n" + bold("Divergences") + ": \(diagnosis.divergences.count)"
        if counts.isEmpty {
            out += "\n"
        } else {
            out += " (" + Divergence.Kind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) \($0)" } }.joined(separator: ", ") + ")\n"
        }
        out += "  thresholds: " + diagnosis.thresholds.sorted { $0.key < $1.key }.map { "\($0.key) \(format($0.value, 3))" }.joined(separator: ", ") + "\n"
        if quiet { return out }

        for kind in Divergence.Kind.allCases {
            let items = diagnosis.divergences.filter { $0.kind == kind }
            guard !items.isEmpty else { continue }
            out += "\n" + bold(Self.title(kind)) + " (\(items.count))\n"
            for item in items {
                out += "  " + severity(item.severity) + " " + location(item) + ": " + item.reason + "\n"
                if !item.sourceExcerpt.isEmpty { out += "      original:    \(item.sourceExcerpt)\n" }
                if !item.targetExcerpt.isEmpty { out += "      translation: \(item.targetExcerpt)\n" }
                if !item.evidence.isEmpty || item.confidence < 1 {
                    out += "      evidence:    " + (item.evidence + ["confidence \(String(format: "%.2f", item.confidence))"]).joined(separator: "; ") + "\n"
                }
            }
        }
        let furniture = units.alignment?.beads.filter { $0.kind == .furniture } ?? []
        if !furniture.isEmpty {
            out += "\n" + bold("Page furniture set aside") + " (\(furniture.count))\n"
            for bead in furniture {
                let side = bead.source.isEmpty ? "translation" : "original"
                let line = units.sourceLine(bead) ?? units.targetLine(bead) ?? 0
                let text = (bead.source.isEmpty ? units.targetText(bead) : units.sourceText(bead))
                    .split(whereSeparator: \.isWhitespace).joined(separator: " ")
                out += "  \(side) line \(line): \(text.prefix(70))\n"
            }
        }
        return out
    }

    static func title(_ kind: Divergence.Kind) -> String {
        switch kind {
        case .untranslated: return "Untranslated"
        case .added: return "Added in the translation"
        case .moved: return "Moved elsewhere in the translation"
        case .partial: return "Partial or summarised"
        case .sourceLanguage: return "Left in the original's language"
        case .numberMismatch: return "Numbers that differ"
        case .nameMismatch: return "Names that differ"
        case .translatorInsertion: return "Translator's insertions"
        case .omissionMarker: return "Marked as omitted"
        case .lowConfidence: return "Low confidence"
        case .meaning: return "Meaning differs"
        }
    }

    private func location(_ item: Divergence) -> String {
        [item.sourceLine.map { "original line \($0)" }, item.targetLine.map { "translation line \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    private func severity(_ severity: Divergence.Severity) -> String {
        let label = "[\(severity.rawValue)]"
        guard colour else { return label }
        switch severity {
        case .error: return "\u{1B}[31m\(label)\u{1B}[0m"
        case .warning: return "\u{1B}[33m\(label)\u{1B}[0m"
        case .info: return "\u{1B}[36m\(label)\u{1B}[0m"
        }
    }

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    private func percent(_ share: Double?) -> String {
        share.map { format(100 * $0, 1) + "%" } ?? "–"
    }

    private func format(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return String((value * scale).rounded() / scale)
    }
}
