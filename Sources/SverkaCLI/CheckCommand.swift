import ArgumentParser
import Foundation
import Sverka

/// `sverka check MEMORY`: the divergence checks on an already aligned bilingual file (TMX, XLIFF,
/// TSV), each unit one bead. A shell over ``TranslationMemoryReader`` and ``TranslationMemoryChecker``.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an already aligned bilingual file (TMX, XLIFF 1.2/2.x, TSV) for divergences, unit by unit.",
        discussion: """
        Each unit is a bead: numbers, names, untranslated or source-language text left in the \
        translation, and lengths out of line with the file's other units are reported as by `sverka \
        align`, in the same formats. TSV: source<TAB>target on each line (a first line \
        source<TAB>target is a header), or the TSV `sverka align --format tsv` writes. Languages: \
        --source-lang and --target-lang, else those the file names (TMX srclang and xml:lang, XLIFF \
        source-language/target-language or srcLang/trgLang), else guessed from the script. Lines in \
        the report are lines of the file.
        """
    )

    @Argument(help: "The bilingual file: TMX, XLIFF or TSV (-: standard input).")
    var file: String

    @Option(help: "Language of the original (an ICU locale: ru, en…). Default: the file's, else guessed.")
    var sourceLang: String?

    @Option(help: "Language of the translation. Default: the file's, else guessed.")
    var targetLang: String?

    @Option(help: "Output format: report (default), tsv, tmx, json, html, xliff, xliff2, xlsx (needs -o), pairs or moses (needs -o PREFIX).")
    var format: OutputFormat = .report

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (-: standard output); --format moses: the prefix of the two files.")
    var output: String?

    @Flag(help: "Never colour the report (it is coloured only on a terminal anyway).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Report: the summary only.")
    var quiet = false

    @Option(parsing: .unconditional, help: "Leave out divergences less confident than this (0 to 1; default 0: all).")
    var minDivergenceConfidence = AlignmentPolicy().minDivergenceConfidence

    @Option(help: "Exit 4 when divergences of this severity or worse are found (error or warning); the output is written all the same.")
    var failOn: AlignCommand.FailOn?

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard (0...1).contains(minDivergenceConfidence) else { throw ValidationError("--min-divergence-confidence must be between 0 and 1") }
        if format == .moses && (output == nil || output == "-") {
            throw ValidationError("--format moses writes two files: give their prefix with --output PREFIX")
        }
        if format.isBinary && output == nil { throw ValidationError(OutputFile.binaryNeedsFile(format)) }
        for (option, language) in [("--source-lang", sourceLang), ("--target-lang", targetLang)] {
            if let language, let problem = LanguageTagCheck.problem(language) { throw ValidationError("\(option): \(problem)") }
        }
    }

    func run() throws {
        let inputs = [InputFile(file)] + (lexicon.noDictionary ? [] : lexicon.dictionary.map { [InputFile($0)] } ?? [])
        if format != .moses { try OutputFile(path: output).check(against: inputs) }
        try lexicon.checkDictionaryExists()
        let memory: TranslationMemory
        do {
            memory = try TranslationMemoryReader().read(path: file)
        } catch let failure as TranslationMemoryReader.Failure {
            throw CLIFailure.input(failure.description)
        }
        try lexicon.loadDictionary()
        let (source, target) = TranslationMemoryChecker.languages(of: memory, sourceLanguage: sourceLang, targetLanguage: targetLang)
        for (option, language) in [("--source-lang", source), ("--target-lang", target)] where sourceLang == nil || targetLang == nil {
            if let problem = LanguageTagCheck.problem(language) {
                throw CLIFailure.input("\(memory.name): the file's language '\(language)' cannot be used (\(problem)); give \(option)")
            }
        }
        var policy = lexicon.applied(to: AlignmentPolicy())
        policy.minDivergenceConfidence = minDivergenceConfidence
        lexicon.reportWarnings()
        let result: AlignmentPipeline.Output
        do {
            result = try TranslationMemoryChecker.standard(sourceLanguage: source, targetLanguage: target, policy: policy)
                .check(memory, sourceLanguage: source, targetLanguage: target)
        } catch let failure as TranslationMemoryChecker.Failure {
            throw CLIFailure.internal(failure.description)
        }
        var options = policy.writerOptions(sourceLanguage: source, targetLanguage: target,
                                           colour: !noColor && OutputFile(path: output).isStandardOutput && Terminal.isColourCapable,
                                           quiet: quiet, tmxIncludeNull: true)
        options.settings["checked"] = "\(memory.format.rawValue) \(memory.name)"
        try OutputFile(path: output).write(try format.render(result, options: options))
        if let failOn {
            let threshold: Divergence.Severity = failOn == .error ? .error : .warning
            let found = result.diagnosis.divergences.filter { $0.severity >= threshold }
            if !found.isEmpty {
                throw CLIFailure.divergences("\(found.count) divergence\(found.count == 1 ? "" : "s") of severity \(failOn.rawValue) or worse found (--fail-on \(failOn.rawValue))")
            }
        }
    }
}
