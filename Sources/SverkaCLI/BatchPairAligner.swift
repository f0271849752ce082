import Foundation
import Sverka

/// Aligns one pair of a batch and writes its outputs exactly as `sverka align` would with the same
/// options: the same decoding and segmentation (``InputOptions``), pipeline
/// (``AlignmentOptions/pipeline(input:lexicon:sourceLanguage:targetLanguage:diagnoses:)``) and
/// writers (`OutputFormat.render`). Failures become outcomes, never thrown, so one bad pair does
/// not stop the others.
///
/// A value holding only settings: each call makes its own pipeline (and ICU objects), so any
/// number of threads may call ``process(_:)`` at once.
struct BatchPairAligner {
    /// How pairs are aligned and written (the options `align` shares).
    let alignment: AlignmentOptions
    /// Decoding and segmentation.
    let input: InputOptions
    /// Dictionaries and self-training.
    let lexicon: LexiconOptions
    /// The languages given on the command line (a manifest line or record may override them).
    let sourceLanguage: String?
    let targetLanguage: String?
    /// The formats to write, without repeats.
    let formats: [OutputFormat]
    /// Whether to skip pairs whose outputs all exist.
    let resume: Bool
    /// Whether divergences are looked for: for formats that show them, and for JSON Lines
    /// results, which count them.
    let diagnoses: Bool

    /// Aligns `job` and writes its outputs (or renders them into the outcome, without a prefix).
    func process(_ job: BatchJob) -> BatchOutcome {
        do {
            return try attempt(job)
        } catch {
            return BatchOutcome(job: job, status: .error, error: Self.message(for: error))
        }
    }

    /// The files a pair with output `prefix` writes, given its languages; nil when a Moses file
    /// name depends on a language still to be guessed (`auto`).
    func outputFiles(prefix: String, sourceLanguage: String, targetLanguage: String) -> [String]? {
        var files: [String] = []
        for format in formats {
            if format == .moses {
                if sourceLanguage == "auto" || targetLanguage == "auto" { return nil }
                files += [sourceLanguage, targetLanguage].map { prefix + "." + LanguageCode.primary($0) }
            } else {
                files.append(prefix + "." + format.fileExtension)
            }
        }
        return files
    }

    /// The work of ``process(_:)``, throwing the pair's failure.
    private func attempt(_ job: BatchJob) throws -> BatchOutcome {
        let texts: (source: BatchJob.Text, target: BatchJob.Text)
        switch job.request {
        case .malformed(let reason): throw CLIFailure.input(reason)
        case let .pair(source, target): texts = (source, target)
        }
        let sourceLanguage = job.sourceLanguage ?? self.sourceLanguage
        let targetLanguage = job.targetLanguage ?? self.targetLanguage
        if isComplete(job, sourceLanguage ?? "ru", targetLanguage ?? "en") {
            return BatchOutcome(job: job, status: .skipped)
        }
        let source = try input.segment(try decode(texts.source, side: "source"), language: sourceLanguage ?? "ru")
        let target = try input.segment(try decode(texts.target, side: "target"), language: targetLanguage ?? "en")
        let sourceCode = LanguageCode.primary(source.language)
        if formats.contains(.moses) && sourceCode == LanguageCode.primary(target.language) {
            throw CLIFailure.input("both sides are '\(sourceCode)': --format moses would write .\(sourceCode) twice")
        }
        if isComplete(job, source.language, target.language) {   // languages guessed (auto)
            return BatchOutcome(job: job, status: .skipped)
        }
        let pipeline = alignment.pipeline(input: input, lexicon: lexicon, sourceLanguage: source.language,
                                          targetLanguage: target.language, diagnoses: diagnoses)
        let warnings = lexicon.cache.takeWarnings()
        let output: AlignmentPipeline.Output
        do {
            output = try pipeline.run(source: source, target: target)
        } catch let failure as AlignmentPipeline.Failure {
            throw CLIFailure.internal(failure.description)
        }
        let options = alignment.writerOptions(colour: false, quiet: false, languages: (sourceLanguage, targetLanguage),
                                              presegmented: input.presegmented)
        var rendered: [(suffix: String, text: String)] = []
        for format in formats {
            switch try format.render(output, options: options) {
            case .single(let text): rendered.append((format.fileExtension, text))
            case .perLanguage(let files): rendered += files
            }
        }
        let result: BatchOutcome.Rendered?
        if let prefix = job.outputPrefix {
            try Self.createFolder(of: prefix)
            for file in rendered { try OutputFile(path: prefix + "." + file.suffix).write(file.text) }
            result = nil
        } else if formats.count == 1 && formats[0] != .moses {
            result = .text(rendered[0].text)
        } else {
            result = .files(Dictionary(rendered, uniquingKeysWith: { first, _ in first }))
        }
        let counts = output.diagnosis.counts
        return BatchOutcome(job: job, status: .ok,
                            beads: (output.units.alignment ?? output.result.sentences).beads.count,
                            divergences: Dictionary(uniqueKeysWithValues: Divergence.Kind.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
                            result: result, warnings: warnings)
    }

    /// Whether `--resume` is on and every output of `job` exists (each was written atomically, so
    /// one that exists is whole).
    private func isComplete(_ job: BatchJob, _ sourceLanguage: String, _ targetLanguage: String) -> Bool {
        guard resume, let prefix = job.outputPrefix,
              let files = outputFiles(prefix: prefix, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        else { return false }
        return files.allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    /// The decoded text of a file, or of an inline text (`side` names it in messages).
    private func decode(_ text: BatchJob.Text, side: String) throws -> DecodedText {
        switch text {
        case .file(let path):
            return try input.decode(path: path)
        case .inline(let text):
            return try InputDecoder(maxInputBytes: input.maxInputSize).decode(Array(text.utf8), name: side + "_text", encoding: "UTF-8")
        }
    }

    /// Creates the folder that files named `prefix.*` go into, if missing.
    private static func createFolder(of prefix: String) throws {
        let folder = URL(fileURLWithPath: prefix).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure.input("\(folder.path): cannot create the output folder (\(error.localizedDescription))")
        }
    }

    /// The one-line message of a pair's failure.
    static func message(for error: Error) -> String {
        switch error {
        case let error as InputError: return error.description
        case let error as CLIFailure: return error.code == .internalError ? "internal error: " + error.message : error.message
        default: return "\(error)"
        }
    }
}
