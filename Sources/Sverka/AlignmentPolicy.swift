import Foundation

/// Everything a user may choose about aligning one pair, with Sverka's defaults: the one place
/// where the defaults live. ``AlignmentPipeline/standard(sourceLanguage:targetLanguage:policy:diagnoses:)``
/// turns a policy into a pipeline; `sverka align` and `sverka batch` only parse their options
/// into one, so the library and the command give the same alignment for the same choices.
public struct AlignmentPolicy: Sendable {
    /// What is aligned, and which beads are written and diagnosed.
    public enum Level: String, Sendable, CaseIterable {
        /// Paragraphs, with sentences aligned inside each paragraph pair (written: paragraphs).
        case paragraph
        /// Paragraphs, then sentences inside them (written: sentences).
        case nested
        /// Sentences only, across the whole text.
        case sentence
    }

    /// What is aligned and written.
    public var level: Level = .paragraph
    /// Largest bead on one side at sentence level (1–4); paragraph beads may hold one more.
    public var maxBead = 3
    /// Pairs below this confidence are reported as `low-confidence` divergences.
    public var minConfidence = 0.5
    /// Divergences less confident than this are left out (0: all).
    public var minDivergenceConfidence = 0.0
    /// Whether page furniture (running heads, page numbers, stamps) is set aside.
    public var removesFurniture = true
    /// Whether paragraphs broken across a page are rejoined.
    public var joinsBrokenParagraphs = true
    /// Whether the input is pre-segmented (one sentence per line): no clean-up then.
    public var presegmented = false
    /// How the texts' paragraphs are marked; nil: detected for each text. Recorded in JSON output;
    /// the texts are read with it by ``DocumentLoader/paragraphs``.
    public var paragraphs: ParagraphConvention?
    /// Threads inside one alignment (nil: the active processors).
    public var threads: Int?

    /// Where the bilingual dictionary comes from (Debian's mueller7-dict for Russian–English by default).
    public var dictionary: LexiconCache.Source = .system
    /// Nats per unit of lexical z-score of the dictionary's evidence.
    public var lexicalWeight = 1.2
    /// Whether a lexicon is learnt from a first alignment when no dictionary serves the pair.
    public var selfTraining = true
    /// Nats per unit of z-score of the learnt lexicon.
    public var trainedWeight = 2.5
    /// Sentence embeddings from an OpenAI-compatible server as extra evidence and for the
    /// `meaning` divergence; nil (the default): none, and Sverka aligns exactly as without them.
    public var embeddings: EmbeddingsSettings?

    /// The cost model's tuning (null cost, length variance, heading and continuation evidence…),
    /// tuned on the development sets; the bead shapes are set from ``maxBead``.
    public var tuning = AlignerSettings()
    /// The thresholds of moved passages and loosely held units.
    public var moves = MovedUnits()
    /// Beads every alignment must contain (`--anchors FILE`; the beads confirmed in a review):
    /// the same search runs between them. None by default.
    public var anchors = BeadAnchors()

    /// Sverka's defaults.
    public init() {}

    /// The aligner's settings this policy describes.
    public var alignerSettings: AlignerSettings {
        var settings = tuning
        settings.shapes = BeadShapes(maxSide: maxBead, maxTotal: maxBead + 1)
        settings.paragraphShapes = BeadShapes(maxSide: min(maxBead + 1, 4), maxTotal: maxBead + 2)
        if settings.moves != nil { settings.moves = moves }
        if let threads { settings.search.threads = threads }
        settings.anchors = anchors
        return settings
    }

    /// The settings recorded in JSON output (with the languages as the user gave them, or empty).
    public func recordedSettings(sourceLanguage: String?, targetLanguage: String?) -> [String: String] {
        let settings = alignerSettings
        return [
            "level": level.rawValue,
            "sourceLanguage": sourceLanguage ?? "",
            "targetLanguage": targetLanguage ?? "",
            "maxBead": String(maxBead),
            "nullCost": String(settings.nullCost),
            "nullFloor": String(settings.nullFloor),
            "nullPivotLength": String(settings.nullPivotLength),
            "lengthVariance": String(settings.lengthVariance),
            "unmatchedWordShare": String(settings.unmatchedWordShare),
            "minConfidence": String(minConfidence),
            "minDivergenceConfidence": String(minDivergenceConfidence),
            "presegmented": String(presegmented),
            "paragraphs": paragraphs?.rawValue ?? "auto",
            "furnitureSetAside": String(removesFurniture && !presegmented),
            "brokenParagraphsJoined": String(joinsBrokenParagraphs && !presegmented),
        ]
    }

    /// The writers' options for this policy: the report's `colour` and `quiet`, scores on pairs
    /// output, the TMX switches and least pair confidence as given, and the settings recorded in JSON.
    public func writerOptions(sourceLanguage: String? = nil, targetLanguage: String? = nil, colour: Bool = false,
                              quiet: Bool = false, includeScores: Bool = true, tmxIncludeNull: Bool = false,
                              tmxIncludeFurniture: Bool = false, minPairConfidence: Double = 0) -> OutputFormat.Options {
        var options = OutputFormat.Options()
        options.colour = colour
        options.quiet = quiet
        options.includeScores = includeScores
        options.tmxIncludeNull = tmxIncludeNull
        options.tmxIncludeFurniture = tmxIncludeFurniture
        options.minPairConfidence = minPairConfidence
        options.lowConfidence = minConfidence
        options.settings = recordedSettings(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        return options
    }

    /// Why a policy cannot be used, in words for a one-line error (the first of ``problems``); nil
    /// when it can.
    public var problem: String? { problems.first?.description ?? embeddings?.problem }
}
