import Foundation

/// The whole flow for one pair of documents, as the CLI and batch runs use it:
/// clean (furniture and page breaks, decided with the alignment) → align → check the invariants → diagnose.
///
/// A value type holding only settings: run it from any number of threads, one call per pair
/// (each call makes its own ICU objects).
public struct AlignmentPipeline: Sendable {
    /// How to search.
    public var strategy: DocumentAligner.Strategy
    /// The level whose beads are written and diagnosed.
    public var outputLevel: AlignmentLevel
    /// The aligner's settings.
    public var settings: AlignerSettings
    /// The archival clean-up.
    public var cleaner: ArchivalCleaner
    /// The divergence detector.
    public var detector: DivergenceDetector
    /// Extra evidence (dictionaries, lexicons), shared read-only between runs.
    public var providers: [EvidenceProvider & Sendable]
    /// When set, a lexicon is learnt from a first alignment's confident pairs and the document is
    /// aligned again with it (for language pairs without a dictionary).
    public var trainer: LexiconTrainer?
    /// Nats per unit of z-score of the learnt lexicon.
    public var trainedWeight: Double = 2.5
    /// Sentence embeddings: evidence beside `providers`, and the `meaning` divergences (nil: none).
    public var embeddings: EmbeddingEvidenceProvider?
    /// The thresholds of the `meaning` divergence.
    public var meaningCheck = MeaningCheck()
    /// Whether divergences are looked for. Off for outputs that do not show them (pairs, Moses),
    /// where the diagnosis is then empty: on a book it is a large share of the run time.
    public var diagnoses = true

    /// A pipeline with the given parts.
    public init(strategy: DocumentAligner.Strategy = .twoLevel, outputLevel: AlignmentLevel = .paragraph,
                settings: AlignerSettings = AlignerSettings(), cleaner: ArchivalCleaner = ArchivalCleaner(),
                detector: DivergenceDetector = DivergenceDetector(), providers: [EvidenceProvider & Sendable] = [],
                trainer: LexiconTrainer? = nil) {
        self.strategy = strategy
        self.outputLevel = outputLevel
        self.settings = settings
        self.cleaner = cleaner
        self.detector = detector
        self.providers = providers
        self.trainer = trainer
    }

    /// What a run produces.
    public struct Output: Sendable {
        /// The alignment at both levels.
        public let result: DocumentAlignment
        /// The divergences at `level`.
        public let diagnosis: Diagnosis
        /// The level written.
        public let level: AlignmentLevel

        /// The alignment seen at the written level, for writers.
        public var units: AlignedUnits { AlignedUnits(result: result, level: level) }
    }

    /// Why a run failed inside Sverka (never for bad input, which fails earlier with an `InputError`).
    public enum Failure: Error, CustomStringConvertible {
        /// ICU could not provide what the languages need (its error kept).
        case icu(ICUError)
        /// The alignment broke the nothing-lost invariant: a bug.
        case invariant(String)

        public var description: String {
            switch self {
            case .icu(let error): return "ICU failed: \(error)"
            case .invariant(let problem): return "alignment lost text (\(problem)); please report this"
            }
        }
    }

    /// Aligns and diagnoses one pair of segmented documents. Throws ``Failure``; ``BeadAnchorError``
    /// when the settings' anchors cannot hold on these documents (a fault of the input); or the
    /// ``EmbeddingsError`` of an embeddings server that failed (unless the embeddings are optional).
    public func run(source: Document, target: Document) throws -> Output {
        let providers: [EvidenceProvider & Sendable] = self.providers + (embeddings.map { [$0] } ?? [])
        // Moves and loose units serve only the diagnosis: outputs that show no divergences skip them.
        var settings = self.settings
        if !diagnoses { settings.moves = nil }
        var result: DocumentAlignment
        var diagnosis: Diagnosis
        do {
            // The clean-up's candidates (furniture, joins across pages) are decided by aligning
            // paragraphs with them; documents without pages skip this.
            // The probe aligns candidate sides, whose units the anchors do not name: it runs free.
            var probeSettings = settings
            probeSettings.anchors = BeadAnchors()
            let (sourceSide, targetSide) = try cleaner.sides(source: source, target: target) { probeSource, probeTarget in
                try DocumentAligner(settings: probeSettings, providers: providers).align(source: probeSource, target: probeTarget, strategy: .twoLevel)
            }
            let features = try DocumentAligner(settings: settings).features(source: sourceSide, target: targetSide)
            result = try DocumentAligner(settings: settings, providers: providers)
                .align(source: sourceSide, target: targetSide, strategy: strategy, features: features)
            if let trainer {
                let confident = result.sentences.beads.filter { $0.kind == .alignment && $0.shape == BeadShape(1, 1) && $0.confidence >= 0.8 }
                let pairs = confident.map { (result.plainText($0.source, side: .source, level: .sentence),
                                             result.plainText($0.target, side: .target, level: .sentence)) }
                if let learnt = trainer.train(pairs: pairs, sourceLanguage: LanguageCode.primary(source.language),
                                              targetLanguage: LanguageCode.primary(target.language)) {
                    let extended = providers + [LexiconEvidenceProvider(lexicon: learnt, weight: trainedWeight)]
                    result = try DocumentAligner(settings: settings, providers: extended)
                        .align(source: sourceSide, target: targetSide, strategy: strategy, features: features)
                }
            }
        } catch let error as ICUError {
            throw Failure.icu(error)
        }
        for alignment in [result.paragraphs, result.sentences].compactMap({ $0 }) {
            if let problem = AlignmentInvariants.violation(in: alignment) { throw Failure.invariant(problem) }
        }
        do {
            diagnosis = diagnoses ? try detector.diagnose(result, level: outputLevel) : Diagnosis(divergences: [], thresholds: [:])
        } catch let error as ICUError {
            throw Failure.icu(error)
        }
        if diagnoses, let embeddings, embeddings.fellBackFrom == nil {
            do {
                let scores = try MeaningSimilarity.scores(result, level: outputLevel, embedder: embeddings.embedder)
                diagnosis = meaningCheck.apply(to: diagnosis, result: result, level: outputLevel, similarities: scores, detector: detector)
            } catch let error as EmbeddingsError where embeddings.embedder.settings.optional {
                embeddings.embedder.addWarning("\(error); no meaning check (--embeddings-optional)")
            }
        }
        return Output(result: result, diagnosis: diagnosis, level: outputLevel)
    }
}
