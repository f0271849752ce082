import Foundation

/// The formats an alignment can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// A summary for people: coverage, divergences, furniture.
    case report
    /// Vecalign/Bertalign beads, `[i,j]:[k]:score`.
    case pairs
    /// Tab-separated pairs with scores, types, ids and divergences.
    case tsv
    /// TMX 1.4b for CAT tools.
    case tmx
    /// Everything, as JSON.
    case json
    /// Two line-aligned plain-text files.
    case moses
    /// A self-contained side-by-side page.
    case html
    /// XLIFF 1.2 for CAT tools: one unit per bead, one-sided beads as untranslated units.
    case xliff
    /// XLIFF 2.1, the same units.
    case xliff2
    /// A review sheet (Office Open XML workbook): one row per bead with its texts, score, type,
    /// divergences and an empty reviewer column. Binary: rendered as ``Rendered/bytes(_:)``.
    case xlsx

    /// Options the writers take.
    public struct Options: Sendable {
        /// Report: colour with ANSI escapes.
        public var colour = false
        /// Report: the summary only.
        public var quiet = false
        /// Pairs: write the confidence.
        public var includeScores = true
        /// TMX: write one-sided beads.
        public var tmxIncludeNull = false
        /// TMX: write furniture.
        public var tmxIncludeFurniture = false
        /// TMX and Moses: leave out pairs below this confidence.
        public var minPairConfidence = 0.0
        /// HTML: mark pairs below this confidence.
        public var lowConfidence = 0.5
        /// JSON: the settings to record. ``OutputFormat/render(_:options:)`` adds how each text's
        /// paragraphs were found (`sourceParagraphs`, `targetParagraphs`: `blank-lines`, `lines`
        /// or `wrapped`).
        public var settings: [String: String] = [:]

        /// The defaults.
        public init() {}
    }

    /// The file(s) a format produces: one text, or (Moses) one per language, keyed by the file
    /// name suffix (`"ru"`, `"en"`; see ``mosesSuffixes(sourceLanguage:targetLanguage:)``).
    public enum Rendered: Equatable, Sendable {
        case single(String)
        case perLanguage([(suffix: String, text: String)])
        /// A binary file (XLSX).
        case bytes(Data)

        public static func == (a: Rendered, b: Rendered) -> Bool {
            switch (a, b) {
            case let (.single(x), .single(y)): return x == y
            case let (.perLanguage(x), .perLanguage(y)): return x.map(\.suffix) == y.map(\.suffix) && x.map(\.text) == y.map(\.text)
            case let (.bytes(x), .bytes(y)): return x == y
            default: return false
            }
        }
    }

    /// `output` written in this format.
    public func render(_ output: AlignmentPipeline.Output, options: Options = Options()) throws -> Rendered {
        try render(output.units, diagnosis: output.diagnosis, options: options)
    }

    /// `units` (an alignment seen at one level, with confirmations and edits when a review made
    /// them) and its `diagnosis` written in this format.
    public func render(_ units: AlignedUnits, diagnosis: Diagnosis, options: Options = Options()) throws -> Rendered {
        switch self {
        case .report:
            return .single(AlignmentReportWriter(colour: options.colour, quiet: options.quiet).write(units, diagnosis: diagnosis))
        case .pairs:
            return .single(PairsWriter.write(units.alignment ?? units.result.sentences, includeScores: options.includeScores))
        case .tsv:
            return .single(TSVWriter.write(units, diagnosis: diagnosis))
        case .tmx:
            return .single(TMXWriter(toolVersion: SverkaRelease.version, includeNullBeads: options.tmxIncludeNull,
                                     includeFurniture: options.tmxIncludeFurniture,
                                     minimumConfidence: options.minPairConfidence).write(units, diagnosis: diagnosis))
        case .json:
            var settings = options.settings
            settings["sourceParagraphs"] = units.result.source.paragraphConvention.rawValue
            settings["targetParagraphs"] = units.result.target.paragraphConvention.rawValue
            return .single(try AlignmentJSONWriter(toolVersion: SverkaRelease.version, settings: settings).write(units, diagnosis: diagnosis))
        case .xliff:
            return .single(XLIFFWriter(version: .v1_2, toolVersion: SverkaRelease.version).write(units, diagnosis: diagnosis))
        case .xliff2:
            return .single(XLIFFWriter(version: .v2_1, toolVersion: SverkaRelease.version).write(units, diagnosis: diagnosis))
        case .xlsx:
            return .bytes(try XLSXReviewWriter().write(units, diagnosis: diagnosis))
        case .html:
            return .single(HTMLWriter(toolVersion: SverkaRelease.version, lowConfidence: options.lowConfidence).write(units, diagnosis: diagnosis))
        case .moses:
            let corpus = MosesWriter(minimumConfidence: options.minPairConfidence).write(units)
            let suffixes = Self.mosesSuffixes(sourceLanguage: units.result.source.language,
                                              targetLanguage: units.result.target.language)
            return .perLanguage([(suffixes.source, corpus.source), (suffixes.target, corpus.target)])
        }
    }

    /// The file name suffixes of the two Moses files for a pair in these languages: the primary
    /// language codes (`ru`, `en`) when they differ; the full tags when only those differ (`en`,
    /// `en-gb`); `src.X` and `tgt.X` when both sides have the same tag. The two never collide, even
    /// on a file system that ignores case.
    public static func mosesSuffixes(sourceLanguage: String, targetLanguage: String) -> (source: String, target: String) {
        let source = LanguageCode.primary(sourceLanguage), target = LanguageCode.primary(targetLanguage)
        if source != target { return (source, target) }
        let fullSource = sourceLanguage.lowercased().replacingOccurrences(of: "_", with: "-")
        let fullTarget = targetLanguage.lowercased().replacingOccurrences(of: "_", with: "-")
        if fullSource != fullTarget { return (fullSource, fullTarget) }
        return ("src." + source, "tgt." + target)
    }

    /// Whether the format shows divergences (pairs and Moses carry only the beads).
    public var showsDivergences: Bool {
        switch self {
        case .pairs, .moses: return false
        case .report, .tsv, .tmx, .json, .html, .xliff, .xliff2, .xlsx: return true
        }
    }

    /// Whether the format is binary (XLSX): not for a terminal, and written only to a file named
    /// with `-o` (or `-o -` for standard output, explicitly).
    public var isBinary: Bool { self == .xlsx }

    /// The usual file name extension of the format (for batch outputs).
    public var fileExtension: String {
        switch self {
        case .report: return "report.txt"
        case .pairs: return "pairs"
        case .tsv: return "tsv"
        case .tmx: return "tmx"
        case .json: return "json"
        case .moses: return ""
        case .html: return "html"
        case .xliff: return "xlf"
        case .xliff2: return "xliff2.xlf"
        case .xlsx: return "xlsx"
        }
    }
}
