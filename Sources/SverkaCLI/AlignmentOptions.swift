import ArgumentParser
import Foundation
import Sverka

/// The options that say how a pair is aligned and written, shared by `sverka align` and `sverka
/// batch` (declared once, so the two commands cannot drift apart): the level, the bead shapes, the
/// clean-up, the writers' switches, and the hidden tuning knobs.
struct AlignmentOptions: ParsableArguments {
    /// What is aligned, and which beads are written.
    enum Level: String, ExpressibleByArgument, CaseIterable {
        case paragraph, nested, sentence
    }

    @Option(help: "What to align and write: paragraph, nested or sentence.")
    var level: Level = .paragraph

    @Flag(help: "Leave the confidence off pairs output.")
    var noScores = false

    @Option(help: "Largest bead on one side (1–4).")
    var maxBead = 3

    @Option(help: "Pairs below this confidence are reported as divergences.")
    var minConfidence = 0.5

    @Option(help: "Leave out divergences less confident than this (0 to 1; default 0: all).")
    var minDivergenceConfidence = 0.0

    @Flag(help: "TMX: also write beads with one side only (untranslated, added, omissions).")
    var tmxIncludeNull = false

    @Flag(help: "TMX: also write page furniture.")
    var tmxIncludeFurniture = false

    @Option(help: "TMX and Moses: leave out pairs below this confidence.")
    var minPairConfidence = 0.0

    @Flag(help: "Align page furniture (repeated headers, stamps, sheet numbers) like any text instead of setting it aside.")
    var keepFurniture = false

    @Flag(help: "Do not rejoin paragraphs broken across a page.")
    var noJoin = false

    @Option(help: "Threads used inside one alignment of a long text (default: the number of active processors).")
    var threads: Int?

    @Option(help: ArgumentHelp("Cost (nats) of leaving one unit unpaired; lower finds more omissions.", visibility: .hidden))
    var nullCost = AlignerSettings().nullCost

    @Option(help: ArgumentHelp("Extra cost of merging paragraphs.", visibility: .hidden))
    var paragraphMergeCost = AlignerSettings().paragraphMergeCost

    @Option(help: ArgumentHelp("Share of the null cost an empty unit costs.", visibility: .hidden))
    var nullFloor = AlignerSettings().nullFloor

    @Option(help: ArgumentHelp("Length from which a unit costs the full null cost.", visibility: .hidden))
    var nullPivot = AlignerSettings().nullPivotLength

    @Option(help: ArgumentHelp("Variance of the length model.", visibility: .hidden))
    var lengthVariance = AlignerSettings().lengthVariance

    @Option(help: ArgumentHelp("Share of its weight a word anchor found on both sides costs a bead holding it on one side only.", visibility: .hidden))
    var unmatchedWordShare = AlignerSettings().unmatchedWordShare

    @Option(help: ArgumentHelp("Nats by which a moved passage must pair better than with any background unit.", visibility: .hidden))
    var moveMargin = MovedUnits().margin

    @Option(help: ArgumentHelp("Nats under which a unit at the edge of a many-to-one bead counts as loose (0: never).", visibility: .hidden))
    var looseThreshold = MovedUnits().looseThreshold

    @Option(help: ArgumentHelp("Nats for paragraph beads opening with section headings of the same number.", visibility: .hidden))
    var headingBonus = AlignerSettings().headingMatchBonus

    @Option(help: ArgumentHelp("Nats against a paragraph bead holding a numbered heading anywhere but first.", visibility: .hidden))
    var headingPenalty = AlignerSettings().headingContinuationPenalty

    @Option(help: ArgumentHelp("Nats against a paragraph bead side mixing a title with body text.", visibility: .hidden))
    var titlePenalty = AlignerSettings().titleMixPenalty

    @Option(help: ArgumentHelp("Nats for each paragraph in a paragraph bead side that continues the one before it mid-sentence.", visibility: .hidden))
    var continuationBonus = AlignerSettings().continuationBonus

    func validate() throws {
        guard (1...4).contains(maxBead) else { throw ValidationError("--max-bead must be 1 to 4") }
        guard (0...1).contains(minDivergenceConfidence) else { throw ValidationError("--min-divergence-confidence must be between 0 and 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        for (name, value) in [("--null-cost", nullCost), ("--null-floor", nullFloor), ("--length-variance", lengthVariance),
                              ("--paragraph-merge-cost", paragraphMergeCost), ("--min-confidence", minConfidence),
                              ("--unmatched-word-share", unmatchedWordShare), ("--heading-bonus", headingBonus),
                              ("--heading-penalty", headingPenalty), ("--title-penalty", titlePenalty),
                              ("--continuation-bonus", continuationBonus),
                              ("--min-pair-confidence", minPairConfidence)] where !value.isFinite {
            throw ValidationError("\(name) must be a finite number")
        }
        guard nullCost >= 0, lengthVariance > 0, nullPivot >= 1, unmatchedWordShare >= 0 else {
            throw ValidationError("--null-cost and --unmatched-word-share must be ≥ 0, --length-variance > 0 and --null-pivot ≥ 1")
        }
    }

    /// The aligner's settings these options describe.
    var settings: AlignerSettings {
        var settings = AlignerSettings(shapes: BeadShapes(maxSide: maxBead, maxTotal: maxBead + 1),
                                       paragraphShapes: BeadShapes(maxSide: min(maxBead + 1, 4), maxTotal: maxBead + 2),
                                       paragraphMergeCost: paragraphMergeCost,
                                       nullCost: nullCost, nullFloor: nullFloor, nullPivotLength: nullPivot,
                                       lengthVariance: lengthVariance)
        settings.unmatchedWordShare = unmatchedWordShare
        settings.headingMatchBonus = headingBonus
        settings.headingContinuationPenalty = headingPenalty
        settings.titleMixPenalty = titlePenalty
        settings.continuationBonus = continuationBonus
        settings.moves?.margin = moveMargin
        settings.moves?.looseThreshold = looseThreshold
        if let threads { settings.search.threads = threads }
        return settings
    }

    /// The pipeline for documents in `sourceLanguage` → `targetLanguage`, decoded and segmented
    /// as `input` says, with the evidence `lexicon` provides; `diagnoses` says whether divergences
    /// are looked for (only when the output shows them).
    func pipeline(input: InputOptions, lexicon: LexiconOptions, sourceLanguage: String, targetLanguage: String,
                  diagnoses: Bool) -> AlignmentPipeline {
        var pipeline = AlignmentPipeline(
            strategy: level == .sentence ? .sentencesOnly : .twoLevel,
            outputLevel: level == .paragraph ? .paragraph : .sentence,
            settings: settings,
            // Pre-segmented input is structured by its maker: no furniture hunt, no joined lines.
            cleaner: ArchivalCleaner(removesFurniture: !keepFurniture && !input.presegmented,
                                     joinsBrokenParagraphs: !noJoin && !input.presegmented),
            detector: {
                var detector = DivergenceDetector(minConfidence: minConfidence)
                detector.minDivergenceConfidence = minDivergenceConfidence
                if let threads { detector.threads = threads }
                detector.nameTranslations = diagnoses ? lexicon.nameTranslations(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) : nil
                return detector
            }(),
            providers: lexicon.providers(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage),
            trainer: lexicon.trainer(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage))
        pipeline.trainedWeight = lexicon.trainedWeight
        pipeline.diagnoses = diagnoses
        return pipeline
    }

    /// The writers' options: `colour` and `quiet` for the report, the rest from these options;
    /// `languages` (as given, or empty) and `presegmented` are recorded in JSON output.
    func writerOptions(colour: Bool, quiet: Bool, languages: (source: String?, target: String?),
                       presegmented: Bool) -> OutputFormat.Options {
        var options = OutputFormat.Options()
        options.colour = colour
        options.quiet = quiet
        options.includeScores = !noScores
        options.tmxIncludeNull = tmxIncludeNull
        options.tmxIncludeFurniture = tmxIncludeFurniture
        options.minPairConfidence = minPairConfidence
        options.lowConfidence = minConfidence
        let settings = self.settings
        options.settings = [
            "level": level.rawValue,
            "sourceLanguage": languages.source ?? "",
            "targetLanguage": languages.target ?? "",
            "maxBead": String(maxBead),
            "nullCost": String(settings.nullCost),
            "nullFloor": String(settings.nullFloor),
            "nullPivotLength": String(settings.nullPivotLength),
            "lengthVariance": String(settings.lengthVariance),
            "unmatchedWordShare": String(settings.unmatchedWordShare),
            "minConfidence": String(minConfidence),
            "minDivergenceConfidence": String(minDivergenceConfidence),
            "presegmented": String(presegmented),
            "furnitureSetAside": String(!keepFurniture && !presegmented),
            "brokenParagraphsJoined": String(!noJoin && !presegmented),
        ]
        return options
    }
}
