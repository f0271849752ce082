import Foundation
import SverkaAlign
import SverkaDiagnose
import SverkaSegment

/// Writes the whole result of a run as one JSON document: the tool, the settings, both documents,
/// the paragraph and sentence alignments with the moves found in each, and the diagnosis. Keys are
/// sorted and the output is pretty-printed, so the same input gives the same bytes.
///
/// The layout is `formatVersion` 2 (``formatVersion``; a change of any field bumps it):
/// ```
/// {
///   "formatVersion": 2,
///   "tool": {"name": "Sverka", "version": "…"},      // `toolVersion`
///   "settings": {"<name>": "<value>", …},            // as given by the caller
///   "level": "paragraph" | "sentence",               // the level the other outputs were written at
///   "lengthRatio": number | null,                    // target characters per source character
///   "source": Document, "target": Document,
///   "alignments": {"paragraph": Alignment | null, "sentence": Alignment},
///   "diagnosis": {"divergences": [Divergence], "thresholds": {"<name>": number | null, …}},
///   "summary": Summary | null                         // at `level`; null when that level was not aligned
/// }
/// Summary    = {"level", "beads", "beadTypes": {"1-1": int, …}, "meanPairConfidence": number | null,
///               "source": Side, "target": Side, "divergencesByKind": {…}, "divergencesBySeverity": {…}}
/// Side       = {"paragraphs", "sentences", "units", "content", "furniture", "paired", "unpaired", "omitted",
///               "pairedShare": number | null}   (``AlignmentSummary``; the report and HTML show the same)
/// Document   = {"name", "language", "paragraphs": [Paragraph]}   (as `sverka segment --format json`)
/// Paragraph  = {"index", "line", "text", "plain", "sentences": [Sentence]}
/// Sentence   = {"index", "line", "text", "plain"}
/// Alignment  = {"level", "sourceCount", "targetCount", "beads": [Bead], "moves": [Move]}
/// Bead       = {"index", "source": [int], "target": [int], "kind": "alignment" | "furniture" | "omission",
///               "type": "1-1" | "2-1" | "1-0" | … | "furniture" | "omission",
///               "cost": number | null, "confidence": number | null,
///               "confirmed": true, "sourceOriginal": string, "targetOriginal": string}
///              (the last three only from a review's export: a confirmed bead, the texts before editing)
/// Move       = {"sourceBead": int, "targetBead": int, "confidence": number | null}
///              (a source unit left without a counterpart at its place, in bead `sourceBead`, whose
///              translation stands elsewhere, in bead `targetBead`)
/// Divergence = {"kind", "severity": "info" | "warning" | "error", "level", "bead",
///               "source": [int], "target": [int], "sourceLine": int | null, "targetLine": int | null,
///               "sourceExcerpt", "targetExcerpt", "reason", "confidence": number, "evidence": [string]}
/// ```
/// Indices are 0-based: paragraph indices count the document's paragraphs, sentence indices its
/// sentences over the whole document (as in pairs and TSV output); a bead's `index` is its position
/// in `beads` (the TMX `tuid` and the HTML `#bead-N` anchor); a divergence's `bead` is an `index`
/// in the alignment at its `level`. Lines are 1-based. Text is the file's text, line breaks kept;
/// `plain` is the text the aligner scored. A number that is not finite (an infinite cost) is
/// written as `null`. Strings are written as JSONEncoder writes them (UTF-8, controls escaped), except
/// that U+FEFF, U+2028 and U+2029 are escaped too (see ``escapingInvisibleBreakers(_:)``).
public struct AlignmentJSONWriter {
    /// The version of this JSON layout.
    public static let formatVersion = 2

    /// The tool's version, written as `tool.version`.
    public var toolVersion: String
    /// The settings of the run, written as `settings` (e.g. `"maxBead": "3"`).
    public var settings: [String: String]

    /// A writer naming `toolVersion` and recording `settings`.
    public init(toolVersion: String, settings: [String: String] = [:]) {
        self.toolVersion = toolVersion
        self.settings = settings
    }

    /// The JSON text for `units.result` (both alignments, whatever `units.level`) and `diagnosis`,
    /// pretty-printed, ending in a newline.
    /// Throws what the encoder throws (nothing that Sverka's own records can cause: non-finite
    /// numbers are written as `null`).
    public func write(_ units: AlignedUnits, diagnosis: Diagnosis = Diagnosis(divergences: [], thresholds: [:])) throws -> String {
        let result = units.result
        let record = RootRecord(
            formatVersion: Self.formatVersion,
            tool: ToolRecord(name: "Sverka", version: toolVersion),
            settings: settings,
            level: units.level.rawValue,
            lengthRatio: Self.finite(result.lengthRatio),
            source: Self.document(result.source),
            target: Self.document(result.target),
            alignments: AlignmentsRecord(paragraph: result.paragraphs.map { Self.alignment($0, reviewed: units) },
                                         sentence: Self.alignment(result.sentences, reviewed: units)),
            diagnosis: DiagnosisRecord(
                divergences: diagnosis.divergences.map(Self.divergence),
                thresholds: diagnosis.thresholds.mapValues(Self.finite)
            ),
            summary: AlignmentSummary(units, diagnosis: diagnosis).map(SummaryRecord.init)
        )
        let data = try Self.encoder.encode(record)
        return Self.escapingInvisibleBreakers(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// The `alignments` object of ``write(_:diagnosis:)`` alone, as that writes it (the same
    /// records, the same encoder): for reading the bead indices back (`sverka align --verify`)
    /// without writing both documents and the diagnosis again.
    public func writeAlignments(_ result: DocumentAlignment) throws -> String {
        let record = AlignmentsRecord(paragraph: result.paragraphs.map { Self.alignment($0) }, sentence: Self.alignment(result.sentences))
        return String(decoding: try Self.encoder.encode(record), as: UTF8.self) + "\n"
    }

    /// The encoder of every JSON text written: pretty-printed, keys sorted, slashes as they are.
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `json` with U+FEFF, U+2028 and U+2029 written as `\ufeff`, `\u2028`, `\u2029`. JSON allows
    /// them raw, but readers stumble: swift-corelibs-foundation's `JSONSerialization` drops a raw
    /// U+FEFF at the start of a string or after an escape (taking it for a byte-order mark), and
    /// JavaScript before ES2019 ends a string literal at U+2028/U+2029. In encoder output these
    /// characters occur only inside strings, so replacing them keeps the JSON valid and its value equal.
    static func escapingInvisibleBreakers(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0 == "\u{FEFF}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "\u{FEFF}": out += "\\ufeff"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: - Records (the JSON layout)

    struct RootRecord: Encodable {
        let formatVersion: Int
        let tool: ToolRecord
        let settings: [String: String]
        let level: String
        let lengthRatio: Double?
        let source: DocumentRecord
        let target: DocumentRecord
        let alignments: AlignmentsRecord
        let diagnosis: DiagnosisRecord
        let summary: SummaryRecord?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(formatVersion, forKey: .formatVersion)
            try c.encode(tool, forKey: .tool)
            try c.encode(settings, forKey: .settings)
            try c.encode(level, forKey: .level)
            try c.encode(lengthRatio, forKey: .lengthRatio)
            try c.encode(source, forKey: .source)
            try c.encode(target, forKey: .target)
            try c.encode(alignments, forKey: .alignments)
            try c.encode(diagnosis, forKey: .diagnosis)
            try c.encode(summary, forKey: .summary)
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion, tool, settings, level, lengthRatio, source, target, alignments, diagnosis, summary
        }
    }

    /// ``AlignmentSummary`` as written.
    struct SummaryRecord: Encodable {
        struct Side: Encodable {
            let paragraphs, sentences, units, content, furniture, paired, unpaired, omitted: Int
            let pairedShare: Double?
        }
        let level: String
        let source: Side
        let target: Side
        let beads: Int
        let beadTypes: [String: Int]
        let meanPairConfidence: Double?
        let divergencesByKind: [String: Int]
        let divergencesBySeverity: [String: Int]

        init(_ summary: AlignmentSummary) {
            func side(_ s: AlignmentSummary.Side) -> Side {
                Side(paragraphs: s.paragraphs, sentences: s.sentences, units: s.units, content: s.content, furniture: s.furniture,
                     paired: s.paired, unpaired: s.unpaired, omitted: s.omitted, pairedShare: s.pairedShare.flatMap(AlignmentJSONWriter.finite))
            }
            level = summary.level.rawValue
            source = side(summary.source)
            target = side(summary.target)
            beads = summary.beads
            beadTypes = summary.beadTypes
            meanPairConfidence = summary.meanPairConfidence.flatMap(AlignmentJSONWriter.finite)
            divergencesByKind = Dictionary(uniqueKeysWithValues: summary.divergencesByKind.map { ($0.key.rawValue, $0.value) })
            divergencesBySeverity = Dictionary(uniqueKeysWithValues: summary.divergencesBySeverity.map { ($0.key.rawValue, $0.value) })
        }
    }

    /// The same layout as ``SegmentationJSONWriter``'s (the same record types).
    typealias DocumentRecord = SegmentationJSONWriter.DocumentRecord

    struct ToolRecord: Encodable {
        let name: String
        let version: String
    }

    struct AlignmentsRecord: Encodable {
        let paragraph: AlignmentRecord?
        let sentence: AlignmentRecord

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(paragraph, forKey: .paragraph) // null, not absent, when not aligned
            try c.encode(sentence, forKey: .sentence)
        }

        enum CodingKeys: String, CodingKey { case paragraph, sentence }
    }

    struct AlignmentRecord: Encodable {
        let level: String
        let sourceCount: Int
        let targetCount: Int
        let beads: [BeadRecord]
        let moves: [MoveRecord]
    }

    struct MoveRecord: Encodable {
        let sourceBead: Int
        let targetBead: Int
        let confidence: Double?
    }

    struct BeadRecord: Encodable {
        let index: Int
        let source: [Int]
        let target: [Int]
        let kind: String
        let type: String
        let cost: Double?
        let confidence: Double?
        /// A review's marks at the level written (absent otherwise).
        var confirmed = false
        var sourceOriginal: String?
        var targetOriginal: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            if confirmed { try c.encode(true, forKey: .confirmed) }
            try c.encodeIfPresent(sourceOriginal, forKey: .sourceOriginal)
            try c.encodeIfPresent(targetOriginal, forKey: .targetOriginal)
            try c.encode(index, forKey: .index)
            try c.encode(source, forKey: .source)
            try c.encode(target, forKey: .target)
            try c.encode(kind, forKey: .kind)
            try c.encode(type, forKey: .type)
            try c.encode(cost, forKey: .cost)
            try c.encode(confidence, forKey: .confidence)
        }

        enum CodingKeys: String, CodingKey { case index, source, target, kind, type, cost, confidence, confirmed, sourceOriginal, targetOriginal }
    }

    struct DiagnosisRecord: Encodable {
        let divergences: [DivergenceRecord]
        let thresholds: [String: Double?]
    }

    struct DivergenceRecord: Encodable {
        let kind: String
        let severity: String
        let level: String
        let bead: Int
        let source: [Int]
        let target: [Int]
        let sourceLine: Int?
        let targetLine: Int?
        let sourceExcerpt: String
        let targetExcerpt: String
        let reason: String
        let confidence: Double
        let evidence: [String]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(severity, forKey: .severity)
            try c.encode(level, forKey: .level)
            try c.encode(bead, forKey: .bead)
            try c.encode(source, forKey: .source)
            try c.encode(target, forKey: .target)
            try c.encode(sourceLine, forKey: .sourceLine)
            try c.encode(targetLine, forKey: .targetLine)
            try c.encode(sourceExcerpt, forKey: .sourceExcerpt)
            try c.encode(targetExcerpt, forKey: .targetExcerpt)
            try c.encode(reason, forKey: .reason)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(evidence, forKey: .evidence)
        }

        enum CodingKeys: String, CodingKey {
            case kind, severity, level, bead, source, target, sourceLine, targetLine, sourceExcerpt, targetExcerpt, reason,
                 confidence, evidence
        }
    }

    // MARK: - Building the records

    static func document(_ document: Document) -> DocumentRecord {
        SegmentationJSONWriter.record(document)
    }

    /// The record of `alignment`; at the level of `reviewed`, with a review's confirmations and
    /// the originals of edited texts.
    static func alignment(_ alignment: Alignment, reviewed: AlignedUnits? = nil) -> AlignmentRecord {
        let marks = reviewed.flatMap { $0.level == alignment.level ? $0 : nil }
        return AlignmentRecord(
            level: alignment.level.rawValue, sourceCount: alignment.sourceCount, targetCount: alignment.targetCount,
            beads: alignment.beads.enumerated().map { index, bead in
                var record = BeadRecord(index: index, source: bead.source, target: bead.target, kind: bead.kind.rawValue,
                                        type: bead.typeName, cost: finite(bead.cost), confidence: finite(bead.confidence))
                if let marks {
                    record.confirmed = marks.confirmed.contains(index)
                    record.sourceOriginal = marks.sourceOriginal(bead)
                    record.targetOriginal = marks.targetOriginal(bead)
                }
                return record
            },
            moves: alignment.moves.map { MoveRecord(sourceBead: $0.sourceBead, targetBead: $0.targetBead, confidence: finite($0.confidence)) }
        )
    }

    /// `value`, or nil when it is infinite or NaN (JSON has no such numbers).
    static func finite(_ value: Double) -> Double? {
        value.isFinite ? value : nil
    }

    static func divergence(_ divergence: Divergence) -> DivergenceRecord {
        DivergenceRecord(
            kind: divergence.kind.rawValue, severity: divergence.severity.rawValue, level: divergence.level.rawValue,
            bead: divergence.bead, source: divergence.source, target: divergence.target,
            sourceLine: divergence.sourceLine, targetLine: divergence.targetLine,
            sourceExcerpt: divergence.sourceExcerpt, targetExcerpt: divergence.targetExcerpt, reason: divergence.reason,
            confidence: divergence.confidence, evidence: divergence.evidence
        )
    }
}

