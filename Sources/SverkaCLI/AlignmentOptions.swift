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

    @Option(parsing: .unconditional, help: "Largest bead on one side (1–4).")
    var maxBead = AlignmentPolicy().maxBead

    @Option(parsing: .unconditional, help: "Pairs below this confidence are reported as divergences.")
    var minConfidence = AlignmentPolicy().minConfidence

    @Option(parsing: .unconditional, help: "Leave out divergences less confident than this (0 to 1; default 0: all).")
    var minDivergenceConfidence = AlignmentPolicy().minDivergenceConfidence

    @Flag(help: "TMX: also write beads with one side only (untranslated, added, omissions).")
    var tmxIncludeNull = false

    @Flag(help: "TMX: also write page furniture.")
    var tmxIncludeFurniture = false

    @Option(parsing: .unconditional, help: "TMX and Moses: leave out pairs below this confidence.")
    var minPairConfidence = 0.0

    @Flag(help: "Align page furniture (repeated headers, stamps, sheet numbers) like any text instead of setting it aside.")
    var keepFurniture = false

    @Flag(help: "Do not rejoin paragraphs broken across a page.")
    var noJoin = false

    @Option(parsing: .unconditional, help: "Threads used inside one alignment of a long text (default: the number of active processors).")
    var threads: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Cost (nats) of leaving one unit unpaired; lower finds more omissions.", visibility: .hidden))
    var nullCost = AlignmentPolicy().tuning.nullCost

    @Option(parsing: .unconditional, help: ArgumentHelp("Extra cost of merging paragraphs.", visibility: .hidden))
    var paragraphMergeCost = AlignmentPolicy().tuning.paragraphMergeCost

    @Option(parsing: .unconditional, help: ArgumentHelp("Share of the null cost an empty unit costs.", visibility: .hidden))
    var nullFloor = AlignmentPolicy().tuning.nullFloor

    @Option(parsing: .unconditional, help: ArgumentHelp("Length from which a unit costs the full null cost.", visibility: .hidden))
    var nullPivot = AlignmentPolicy().tuning.nullPivotLength

    @Option(parsing: .unconditional, help: ArgumentHelp("Variance of the length model.", visibility: .hidden))
    var lengthVariance = AlignmentPolicy().tuning.lengthVariance

    @Option(parsing: .unconditional, help: ArgumentHelp("Share of its weight a word anchor found on both sides costs a bead holding it on one side only.", visibility: .hidden))
    var unmatchedWordShare = AlignmentPolicy().tuning.unmatchedWordShare

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats by which a moved passage must pair better than with any background unit.", visibility: .hidden))
    var moveMargin = AlignmentPolicy().moves.margin

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats under which a unit at the edge of a many-to-one bead counts as loose (0: never).", visibility: .hidden))
    var looseThreshold = AlignmentPolicy().moves.looseThreshold

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats for paragraph beads opening with section headings of the same number.", visibility: .hidden))
    var headingBonus = AlignmentPolicy().tuning.headingMatchBonus

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats against a paragraph bead holding a numbered heading anywhere but first.", visibility: .hidden))
    var headingPenalty = AlignmentPolicy().tuning.headingContinuationPenalty

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats against a paragraph bead side mixing a title with body text.", visibility: .hidden))
    var titlePenalty = AlignmentPolicy().tuning.titleMixPenalty

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats for each paragraph in a paragraph bead side that continues the one before it mid-sentence.", visibility: .hidden))
    var continuationBonus = AlignmentPolicy().tuning.continuationBonus

    func validate() throws {
        guard (0...1).contains(minPairConfidence) else { throw ValidationError("--min-pair-confidence must be between 0 and 1") }
        try PolicyFlags.check(policy)
    }

    /// The policy these options describe, with the input's layout (the lexical evidence apart: see
    /// ``LexiconOptions``).
    func policy(input: InputOptions) -> AlignmentPolicy {
        var policy = self.policy
        policy.presegmented = input.presegmented
        policy.paragraphs = input.paragraphs.convention
        return policy
    }

    /// The level whose beads are written (and whose indices `--anchors` names).
    var outputLevel: AlignmentLevel { level == .paragraph ? .paragraph : .sentence }

    /// The policy these options describe, the input's layout apart.
    private var policy: AlignmentPolicy {
        var policy = AlignmentPolicy()
        policy.level = switch level {
        case .paragraph: .paragraph
        case .nested: .nested
        case .sentence: .sentence
        }
        policy.maxBead = maxBead
        policy.minConfidence = minConfidence
        policy.minDivergenceConfidence = minDivergenceConfidence
        policy.removesFurniture = !keepFurniture
        policy.joinsBrokenParagraphs = !noJoin
        policy.threads = threads
        policy.tuning.paragraphMergeCost = paragraphMergeCost
        policy.tuning.nullCost = nullCost
        policy.tuning.nullFloor = nullFloor
        policy.tuning.nullPivotLength = nullPivot
        policy.tuning.lengthVariance = lengthVariance
        policy.tuning.unmatchedWordShare = unmatchedWordShare
        policy.tuning.headingMatchBonus = headingBonus
        policy.tuning.headingContinuationPenalty = headingPenalty
        policy.tuning.titleMixPenalty = titlePenalty
        policy.tuning.continuationBonus = continuationBonus
        policy.moves.margin = moveMargin
        policy.moves.looseThreshold = looseThreshold
        return policy
    }

    /// The pipeline for documents in `sourceLanguage` → `targetLanguage`, decoded and segmented
    /// as `input` says, with the evidence `lexicon` chooses; `diagnoses` says whether divergences
    /// are looked for (only when the output shows them); `embeddings`: the sentence embeddings, if any.
    func pipeline(input: InputOptions, lexicon: LexiconOptions, embeddings: EmbeddingsSettings? = nil,
                  sourceLanguage: String, targetLanguage: String, diagnoses: Bool) -> AlignmentPipeline {
        var policy = lexicon.applied(to: policy(input: input))
        policy.embeddings = embeddings
        return .standard(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, policy: policy, diagnoses: diagnoses)
    }

    /// The writers' options: `colour` and `quiet` for the report, the rest from these options;
    /// `languages` (as given, or empty) and the input's layout are recorded in JSON output.
    func writerOptions(colour: Bool, quiet: Bool, languages: (source: String?, target: String?),
                       input: InputOptions) -> OutputFormat.Options {
        policy(input: input).writerOptions(
            sourceLanguage: languages.source, targetLanguage: languages.target, colour: colour, quiet: quiet,
            includeScores: !noScores, tmxIncludeNull: tmxIncludeNull, tmxIncludeFurniture: tmxIncludeFurniture,
            minPairConfidence: minPairConfidence)
    }
}
