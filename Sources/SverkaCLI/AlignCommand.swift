import ArgumentParser
import Foundation
import Sverka

/// `sverka align SOURCE TARGET`: aligns an original with its translation.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a text with its translation (with no files: the bundled telegram in Corpus/).",
        discussion: """
        Levels: paragraph aligns paragraphs, then the sentences inside each pair of paragraphs, and \
        writes paragraph beads; nested does the same and writes the sentence beads; sentence aligns \
        the sentences of the whole text at once (for texts whose paragraphing differs).
        Formats: report (a summary for people; default), pairs ([i,j]:[k]:score, 0-based indices at \
        the level), tsv (source, target, score, type, source ids, target ids, divergences), tmx \
        (TMX 1.4b for CAT tools), json (everything), moses (two line-aligned files PREFIX.LANG, \
        --output PREFIX required), html (a self-contained side-by-side page), xliff / xliff2 (XLIFF 1.2 / 2.1), \
        xlsx (a review sheet: source, target, score, type, divergences, an empty reviewer column; \
        binary, so -o FILE is required, or -o - to write it to standard output).
        """
    )

    @Argument(help: "The original and its translation (either may be -, standard input); or one file holding both (split as by `sverka split`); none: the bundled Corpus/ sample.")
    var files: [String] = []

    @Option(help: "Language of the original (an ICU locale: ru, en, de, fr…), or auto. Default: ru, or guessed for a single bilingual file.")
    var sourceLang: String?

    @Option(help: "Language of the translation, or auto. Default: en, or guessed for a single bilingual file.")
    var targetLang: String?

    @Option(help: "Output format: report, pairs, tsv, tmx, json, moses, html, xliff (XLIFF 1.2), xliff2 (XLIFF 2.1) or xlsx (a review sheet; needs -o).")
    var format: OutputFormat = .report

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (-: standard output); --format moses: the prefix of the two files.")
    var output: String?

    @Flag(help: "Check that nothing was lost (every unit in exactly one bead, texts recoverable) and that pairs, TSV and JSON agree on bead indices; exit 3 if not.")
    var verify = false

    @Flag(help: "Never colour the report (it is coloured only on a terminal anyway).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Report: the summary only.")
    var quiet = false

    @Option(help: "Beads every alignment must contain, in the pairs format ([i,j]:[k], [i]:[], []:[k], optional :score; 0-based indices at the --level written): the alignment runs between them.")
    var anchors: String?

    @Option(help: "Exit 4 when divergences of this severity or worse are found (error or warning); the output is written all the same.")
    var failOn: FailOn?

    /// For `Scripts/benchmark_divergences.py --speed`: the output without the diagnosis (the same
    /// run with and without it tells what the diagnosis costs).
    @Flag(help: .hidden)
    var skipDiagnosis = false

    @OptionGroup var alignment: AlignmentOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup(title: "Sentence embeddings") var embeddings: EmbeddingsOptions

    func validate() throws {
        guard files.count <= 2 else {
            throw ValidationError("give two files (original and translation), one bilingual file, or none for the bundled sample")
        }
        if files.count == 2 && files[0] == "-" && files[1] == "-" {
            throw ValidationError("only one of the original and the translation can be read from standard input (-)")
        }
        if format == .moses && (output == nil || output == "-") {
            throw ValidationError("--format moses writes two files: give their prefix with --output PREFIX")
        }
        if format.isBinary && output == nil {
            throw ValidationError(OutputFile.binaryNeedsFile(format))
        }
        for (option, language) in [("--source-lang", sourceLang), ("--target-lang", targetLang)] {
            if let language, let problem = LanguageTagCheck.problem(language) { throw ValidationError("\(option): \(problem)") }
        }
    }

    /// The outputs the run writes, given the languages of the two documents (Moses files are
    /// named after them).
    func outputs(sourceLanguage: String, targetLanguage: String) -> [OutputFile] {
        guard format == .moses, let output else { return [OutputFile(path: output)] }
        let suffixes = OutputFormat.mosesSuffixes(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        return [OutputFile(path: output + "." + suffixes.source), OutputFile(path: output + "." + suffixes.target)]
    }

    /// The languages given for the two documents, when they are known before reading them (not
    /// `auto`, not guessed from a bilingual file).
    var knownLanguages: (String, String)? {
        let (source, target) = (sourceLang ?? "ru", targetLang ?? "en")
        return files.count == 1 || source == "auto" || target == "auto" ? nil : (source, target)
    }

    /// The original and the translation, from two files, one bilingual file, or the sample.
    func loadDocuments() throws -> (Document, Document) {
        guard files.isEmpty else { return try input.loadPair(files, sourceLanguage: sourceLang, targetLanguage: targetLang) }
        let sample = try CorpusLocator.samplePair()
        return try input.loadPair([sample.0, sample.1], sourceLanguage: sourceLang, targetLanguage: targetLang)
    }

    /// The pipeline these options describe, for documents in `sourceLanguage` → `targetLanguage`.
    func pipeline(sourceLanguage: String, targetLanguage: String, embeddings: EmbeddingsSettings? = nil) -> AlignmentPipeline {
        alignment.pipeline(input: input, lexicon: lexicon, embeddings: embeddings, sourceLanguage: sourceLanguage,
                           targetLanguage: targetLanguage, diagnoses: !skipDiagnosis && (format.showsDivergences || failOn != nil))
    }

    /// The writers' options these options describe.
    var writerOptions: OutputFormat.Options {
        alignment.writerOptions(colour: !noColor && OutputFile(path: output).isStandardOutput && Terminal.isColourCapable, quiet: quiet,
                                languages: (sourceLang, targetLang), input: input)
    }

    func run() throws {
        // Before any work: the outputs can be written and replace no input (the bundled sample and
        // a dictionary count as inputs too); a named dictionary is there.
        let sample = files.isEmpty ? (try? CorpusLocator.samplePair()).map { [$0.0, $0.1] } ?? [] : []
        let dictionaryFile = lexicon.noDictionary ? [] : lexicon.dictionary.map { [$0] } ?? []
        let inputs = (files + sample + dictionaryFile + (anchors.map { [$0] } ?? [])).map(InputFile.init)
        if format != .moses || knownLanguages != nil {
            let (source, target) = knownLanguages ?? ("ru", "en")
            for file in outputs(sourceLanguage: source, targetLanguage: target) { try file.check(against: inputs) }
        }
        try lexicon.checkDictionaryExists()
        // The embeddings server answers (or, when optional, is dropped with a warning).
        let embeddingsSettings = try embeddings.checkServer(warn: StandardStreams.warn) ? try embeddings.settings() : nil
        // The dictionary loads while the documents do (the lexicon, when the languages are known beforehand).
        let dictionary = DispatchGroup()
        let (lexicon, known) = (self.lexicon, knownLanguages)
        // The names check's word table comes from the same reading of the dictionary.
        let diagnoses = !skipDiagnosis && (format.showsDivergences || failOn != nil)
        nonisolated(unsafe) var dictionaryLoaded: Result<Void, Error> = .success(())
        DispatchQueue.global().async(group: dictionary) {
            dictionaryLoaded = Result { try lexicon.loadDictionary() }
            if case .success = dictionaryLoaded, let (source, target) = known {
                _ = lexicon.cache.lexicon(sourceLanguage: LanguageCode.primary(source), targetLanguage: LanguageCode.primary(target),
                                          buildingWords: diagnoses)
            }
        }
        let loaded = Result { try loadDocuments() }
        dictionary.wait()
        let (source, target) = try loaded.get()
        try dictionaryLoaded.get()
        if format == .moses && knownLanguages == nil {
            for file in outputs(sourceLanguage: source.language, targetLanguage: target.language) { try file.check(against: inputs) }
        }
        InputOptions.report(source.warnings + target.warnings)
        for (document, option) in [(source, "--source-lang"), (target, "--target-lang")] {
            if let problem = LanguageGuesser.scriptWarning(document.text, language: document.language) {
                StandardStreams.warn("\(document.name): \(problem) (\(option)); aligning anyway")
            }
        }
        if LanguageCode.primary(source.language) == LanguageCode.primary(target.language) {
            StandardStreams.warn("both sides are '\(source.language)'; aligning anyway")
        }
        var pipeline = pipeline(sourceLanguage: source.language, targetLanguage: target.language, embeddings: embeddingsSettings)
        if let anchors {
            pipeline.settings.anchors = try AnchorsFile.read(anchors, level: alignment.outputLevel)
        }
        lexicon.reportWarnings()
        let result: AlignmentPipeline.Output
        do {
            result = try pipeline.run(source: source, target: target)
        } catch let failure as AlignmentPipeline.Failure {
            throw CLIFailure.internal(failure.description)
        } catch let failure as BeadAnchorError {
            throw CLIFailure.input("\(anchors ?? "--anchors"): \(failure.reason)")
        } catch let error as EmbeddingsError {
            throw CLIFailure.input(error.description)
        }
        embeddings.finish(report: StandardStreams.warn)
        if verify {
            let problems = AlignmentVerifier.problems(in: result)
            guard problems.isEmpty else { throw CLIFailure.internal("verification failed: " + problems.joined(separator: "; ")) }
            StandardStreams.error("sverka: verified: \(result.result.source.sentences.count) + \(result.result.target.sentences.count) sentences, every unit once, writers agree\n")
        }
        try OutputFile(path: output).write(try format.render(result, options: writerOptions))
        if let failOn {
            let threshold: Divergence.Severity = failOn == .error ? .error : .warning
            let found = result.diagnosis.divergences.filter { $0.severity >= threshold }
            if !found.isEmpty {
                throw CLIFailure.divergences("\(found.count) divergence\(found.count == 1 ? "" : "s") of severity \(failOn.rawValue) or worse found (--fail-on \(failOn.rawValue))")
            }
        }
    }

    /// The least severity that fails a scripted check.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning
    }
}

extension OutputFormat: ExpressibleByArgument {}
