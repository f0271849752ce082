import ArgumentParser
import Foundation
import Sverka
import SverkaBatch

/// `sverka batch MANIFEST`: aligns many pairs of documents in parallel, each exactly as `sverka
/// align` would, writing each pair's outputs atomically; per-pair failures are counted, not fatal.
/// A shell over SverkaBatch: it parses the options and hands the library the pipeline they describe.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Align many pairs of documents listed in a manifest, in parallel.",
        discussion: """
        MANIFEST is a TSV file, one pair per line: source<TAB>target<TAB>output-prefix, optionally \
        followed by <TAB>source-lang<TAB>target-lang. Blank lines and lines starting with # are \
        skipped; relative paths are relative to the manifest's folder. Each --format writes \
        PREFIX.EXT (PREFIX.pairs, PREFIX.tsv, PREFIX.tmx, PREFIX.json, PREFIX.html, \
        PREFIX.report.txt, PREFIX.xlf, PREFIX.xliff2.xlf, PREFIX.xlsx; moses: PREFIX.ru and PREFIX.en, by language; PREFIX.src.en and \
        PREFIX.tgt.en when both sides are in one language). Missing folders are created. A pair whose \
        output would replace one of its inputs fails.

        MANIFEST - reads JSON Lines on standard input, one record per pair: \
        {"source": path, "target": path, "output": prefix} or {"id": ..., "source_text": "...", \
        "target_text": "..."}, optionally "source_lang", "target_lang"; paths relative to the current \
        folder. Records are aligned as they arrive, and one result per record is written to standard \
        output in input order: {"id", "output", "status": "ok"|"error"|"skipped", "error", "beads", \
        "divergences": {kind: count}, "result"}. Without "output", "result" holds the rendered output: \
        a string for one format, else an object keyed by file suffix (pairs, tsv, ru, en...); xlsx, a \
        binary file, as base64.

        Outputs are written to a temporary file renamed into place, so an interrupted run leaves no \
        partial file (SIGINT and SIGTERM remove the temporary files, exit 130 and 143); --resume \
        skips the pairs whose output files all exist.

        --shard K/N (K 1-based, 1 <= K <= N) takes the pairs whose 0-based position p in the manifest \
        (blank lines and comments not counted) has p mod N = K-1; shards 1/N to N/N together take \
        every pair once. Slurm: --shard $SLURM_ARRAY_TASK_ID/N with --array=1-N; Kubernetes indexed \
        Job: --shard $((JOB_COMPLETION_INDEX+1))/N.

        Each failed pair gets one line on standard error, MANIFEST:LINE: what is wrong; the others \
        go on. Progress goes to standard error: a bar on a terminal, else a line every \
        --progress-every pairs or --progress-interval seconds; then a summary line.

        Exit status: 0 every pair aligned (or skipped); 1 usage error; 2 some pairs failed, or the \
        manifest cannot be read.
        """
    )

    @Argument(help: "A TSV manifest (source, target, output prefix per line), or - for JSON Lines on standard input.")
    var manifest: String

    @Option(help: "Language of the originals (an ICU locale: ru, en, de, fr…), or auto. Default: ru. A manifest's 4th column overrides it.")
    var sourceLang: String?

    @Option(help: "Language of the translations, or auto. Default: en. A manifest's 5th column overrides it.")
    var targetLang: String?

    @Option(help: "Output format: report, pairs, tsv, tmx, json, moses, html, xliff (1.2), xliff2 (2.1) or xlsx (a review sheet); repeat for several (default: pairs).")
    var format: [OutputFormat] = []

    @Option(name: [.customShort("j"), .long], parsing: .unconditional, help: "Pairs aligned at once (default: the number of active processors).")
    var jobs: Int?

    @Flag(help: "Skip pairs whose output files all exist (from an earlier, interrupted run).")
    var resume = false

    @Option(help: "Take only shard K of N (K is 1-based), e.g. 2/8.")
    var shard: String?

    @Option(parsing: .unconditional, help: "Without a terminal: seconds between progress lines.")
    var progressInterval = 10.0

    @Option(parsing: .unconditional, help: "Without a terminal: also a progress line every N pairs (0: by time only).")
    var progressEvery = 100

    @Flag(name: .shortAndLong, help: "No progress display (errors and the summary are still written).")
    var quiet = false

    @OptionGroup var alignment: AlignmentOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup(title: "Sentence embeddings") var embeddings: EmbeddingsOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard progressInterval > 0 else { throw ValidationError("--progress-interval must be positive") }
        guard progressEvery >= 0 else { throw ValidationError("--progress-every must be 0 or more") }
        if let shard { _ = try Self.shard(shard) }
        for (option, language) in [("--source-lang", sourceLang), ("--target-lang", targetLang)] {
            if let language, let problem = LanguageTagCheck.problem(language) { throw ValidationError("\(option): \(problem)") }
        }
    }

    /// Writes JSON Lines result records to standard output. When that fails the batch ends at
    /// once, its temporary files removed: quietly (exit 0) when the reader of a pipe went away,
    /// else with one error line (exit 2).
    @Sendable static func writeRecords(_ data: Data) {
        do {
            try data.withUnsafeBytes { _ = try OutputWriter.write(bytes: $0, to: .standardOutput) }
        } catch let error as OutputError {
            if case .brokenPipe = error { TemporaryOutputFiles.shared.removeAllAndExit(0) }
            StandardStreams.error("sverka: error: \(error)\n")
            TemporaryOutputFiles.shared.removeAllAndExit(SverkaExitCode.inputError.rawValue)
        } catch {
            StandardStreams.error("sverka: error: standard output: \(error)\n")
            TemporaryOutputFiles.shared.removeAllAndExit(SverkaExitCode.inputError.rawValue)
        }
    }

    /// The formats to write, in the order given, without repeats (default: pairs).
    var formats: [OutputFormat] {
        var seen = Set<OutputFormat>()
        let formats = format.filter { seen.insert($0).inserted }
        return formats.isEmpty ? [.pairs] : formats
    }

    /// `--shard K/N` parsed, its error as a usage error.
    static func shard(_ text: String) throws -> BatchShard {
        do {
            return try BatchShard(parsing: text)
        } catch let error as BatchError {
            throw ValidationError(error.message)
        }
    }

    /// The library's aligner with these options: `align`'s pipeline and writer options for each pair.
    /// `embeddings`: the sentence embeddings that passed the server check, if any.
    func aligner(embeddings: EmbeddingsSettings?) -> BatchPairAligner {
        let (alignment, input, lexicon) = (self.alignment, self.input, self.lexicon)
        return BatchPairAligner(
            formats: formats, loader: input.loader, sourceLanguage: sourceLang, targetLanguage: targetLang,
            resume: resume, diagnoses: manifest == "-" || formats.contains(where: \.showsDivergences),
            pipeline: { sourceLanguage, targetLanguage, diagnoses in
                alignment.pipeline(input: input, lexicon: lexicon, embeddings: embeddings, sourceLanguage: sourceLanguage,
                                   targetLanguage: targetLanguage, diagnoses: diagnoses)
            },
            writerOptions: { sourceLanguage, targetLanguage in
                alignment.writerOptions(colour: false, quiet: false, languages: (sourceLanguage, targetLanguage),
                                        input: input)
            },
            takeWarnings: { lexicon.cache.takeWarnings() + (embeddings.map { SentenceEmbedder.shared(for: $0).takeWarnings() } ?? []) })
    }

    func run() throws {
        let shard = try shard.map(Self.shard) ?? .whole
        // A dictionary named with --dictionary that cannot be used stops the batch before any pair.
        try lexicon.checkDictionaryExists()
        try lexicon.loadDictionary()
        let activeEmbeddings = try embeddings.checkServer(warn: StandardStreams.warn) ? try embeddings.settings() : nil
        let source: BatchJobSource
        let output: BatchOrderedOutput?
        if manifest == "-" {
            if StandardStreams.inputIsClosed { throw CLIFailure.input("standard input: cannot read the records: it is closed") }
            if StandardStreams.outputIsClosed { throw CLIFailure.input("standard output: cannot write the results: it is closed") }
            source = BatchJobSource(stream: BatchLineReader(handle: .standardInput), shard: shard)
            output = BatchOrderedOutput(sink: Self.writeRecords)
        } else {
            do {
                source = BatchJobSource(jobs: try BatchManifest.read(path: manifest).jobs, shard: shard)
            } catch let error as BatchError {
                throw CLIFailure.input(error.message)
            }
            output = nil
        }
        let reporter = ProgressReporter(style: ProgressReporter.style(quiet: quiet), total: source.total,
                                        interval: progressInterval, every: progressEvery,
                                        label: manifest == "-" ? "stdin" : manifest)
        if let sourceLang, let targetLang, sourceLang != "auto",
           LanguageCode.primary(sourceLang) == LanguageCode.primary(targetLang) {
            reporter.warn("both sides are '\(sourceLang)'; aligning anyway")
        }
        reporter.start()
        BatchRunner(workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            .run(source, aligner: aligner(embeddings: activeEmbeddings), output: output, observe: { reporter.record($0) })
        let (summary, seconds) = reporter.finish()
        StandardStreams.error("sverka: batch: \(summary.line(seconds: seconds))\n")
        embeddings.finish(report: StandardStreams.warn)
        if summary.failed > 0 {
            throw CLIFailure.input("\(summary.failed) of \(summary.done) pair\(summary.done == 1 ? "" : "s") failed")
        }
    }
}
