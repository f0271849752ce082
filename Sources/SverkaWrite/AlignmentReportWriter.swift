import SverkaAlign
import SverkaSegment

/// Writes a readable summary of an alignment for the terminal: what was aligned, coverage, bead
/// shapes, the unpaired units (untranslated source, added target) and the beads of low confidence,
/// each with line numbers and a short excerpt of both sides.
public struct AlignmentReportWriter {
    /// Beads below this confidence are listed as doubtful.
    public var lowConfidence: Double
    /// Longest excerpt shown per side (characters).
    public var excerptLength: Int

    /// A writer with the given thresholds.
    public init(lowConfidence: Double = 0.5, excerptLength: Int = 70) {
        self.lowConfidence = lowConfidence
        self.excerptLength = excerptLength
    }

    /// The report for `units` (its level decides which beads are listed).
    public func write(_ units: AlignedUnits) -> String {
        let result = units.result
        var out = ""
        out += "Sverka alignment: \(result.source.name) (\(result.source.language)) → \(result.target.name) (\(result.target.language))\n"
        out += "  source: \(result.source.paragraphs.count) paragraphs, \(result.source.sentences.count) sentences\n"
        out += "  target: \(result.target.paragraphs.count) paragraphs, \(result.target.sentences.count) sentences\n"
        out += "  length ratio (target/source characters): \(format(result.lengthRatio, digits: 3))\n"
        guard let alignment = result.alignment(at: units.level) else {
            return out + "  no \(units.level.rawValue) alignment was made\n"
        }
        let unitName = units.level == .paragraph ? "paragraphs" : "sentences"
        let pairedSource = alignment.beads.filter { !$0.isNull }.reduce(0) { $0 + $1.source.count }
        let pairedTarget = alignment.beads.filter { !$0.isNull }.reduce(0) { $0 + $1.target.count }
        let furniture = alignment.beads.filter { $0.kind == .furniture }
        out += "\n\(units.level == .paragraph ? "Paragraph" : "Sentence") alignment: \(alignment.beads.count) beads\n"
        out += "  source \(unitName) paired: \(pairedSource) of \(alignment.sourceCount) (\(percent(pairedSource, alignment.sourceCount)))\n"
        out += "  target \(unitName) paired: \(pairedTarget) of \(alignment.targetCount) (\(percent(pairedTarget, alignment.targetCount)))\n"
        let types = alignment.typeCounts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        out += "  bead types: \(types.joined(separator: ", "))\n"
        if !alignment.beads.isEmpty {
            let mean = alignment.beads.reduce(0) { $0 + $1.confidence } / Double(alignment.beads.count)
            out += "  mean confidence: \(format(mean, digits: 2))\n"
        }

        let untranslated = alignment.beads.filter(\.isUntranslated)
        let added = alignment.beads.filter(\.isAdded)
        let doubtful = alignment.beads.filter { !$0.isNull && $0.confidence < lowConfidence }
        out += section("Source \(unitName) with no counterpart (untranslated?)", untranslated, units)
        out += section("Target \(unitName) with no source (added?)", added, units)
        out += section("Passages marked as left out ([...]) with the source they stand for",
                       alignment.beads.filter { $0.kind == .omission }, units)
        out += section("Page furniture (headers, stamps, sheet numbers; not aligned)", furniture, units)
        out += section("Pairs with confidence below \(format(lowConfidence, digits: 2))", doubtful, units)
        return out
    }

    private func section(_ title: String, _ beads: [Bead], _ units: AlignedUnits) -> String {
        guard !beads.isEmpty else { return "\n\(title): none\n" }
        var out = "\n\(title): \(beads.count)\n"
        for bead in beads {
            let where_ = [units.sourceLine(bead).map { "src line \($0)" }, units.targetLine(bead).map { "tgt line \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
            out += "  [\(bead.typeName)] \(where_), confidence \(format(bead.confidence, digits: 2))\n"
            if !bead.source.isEmpty { out += "      src: \(excerpt(units.sourceText(bead)))\n" }
            if !bead.target.isEmpty { out += "      tgt: \(excerpt(units.targetText(bead)))\n" }
        }
        return out
    }

    private func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count <= excerptLength ? flat : String(flat.prefix(excerptLength - 1)) + "…"
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : format(100 * Double(part) / Double(whole), digits: 1) + "%"
    }

    private func format(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return String(rounded)
    }
}
