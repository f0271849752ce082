import Foundation
import Sverka

/// Aligns one pair of a batch and writes its outputs exactly as `sverka align` would with the same
/// settings: the same decoding and segmentation (``loader``), pipeline (made by ``pipeline`` for the
/// pair's languages) and writers (`OutputFormat.render` with ``writerOptions``). Failures become
/// outcomes, never thrown, so one bad pair does not stop the others.
///
/// The caller decides how pairs are aligned: the factories receive the languages of each pair and
/// return what it needs, so the policy (dictionaries, settings, clean-up) stays with the caller.
/// A value holding only settings and factories: each call makes its own pipeline (and ICU objects),
/// so any number of threads may call ``process(_:)`` at once, provided the factories may be called
/// from any thread.
public struct BatchPairAligner: Sendable {
    /// Makes the pipeline for a pair in `sourceLanguage` → `targetLanguage` (resolved: never
    /// `auto`), diagnosing divergences when `diagnoses` is true.
    public typealias PipelineFactory = @Sendable (_ sourceLanguage: String, _ targetLanguage: String, _ diagnoses: Bool) -> AlignmentPipeline
    /// Makes the writers' options for a pair whose languages were given as these (nil: not given,
    /// `auto`: to be guessed); JSON output records them.
    public typealias WriterOptionsFactory = @Sendable (_ sourceLanguage: String?, _ targetLanguage: String?) -> OutputFormat.Options

    /// The formats to write, without repeats.
    public var formats: [OutputFormat]
    /// Decoding and segmentation.
    public var loader: DocumentLoader
    /// The language of the originals of every pair whose job names none (nil: `ru`; `auto`: guessed).
    public var sourceLanguage: String?
    /// The language of the translations of every pair whose job names none (nil: `en`; `auto`: guessed).
    public var targetLanguage: String?
    /// Whether to skip pairs whose outputs all exist (from an earlier, interrupted run).
    public var resume: Bool
    /// Whether divergences are looked for: for formats that show them, and for JSON Lines
    /// results, which count them.
    public var diagnoses: Bool
    /// Makes each pair's pipeline.
    public var pipeline: PipelineFactory
    /// Makes each pair's writer options.
    public var writerOptions: WriterOptionsFactory
    /// Warnings gathered while making a pipeline (a dictionary that could not be loaded), taken
    /// after each pipeline is made and put on the pair's outcome.
    public var takeWarnings: @Sendable () -> [String]

    /// An aligner writing `formats`. By default pipelines are Sverka's standard ones
    /// (``AlignmentPipeline/standard(sourceLanguage:targetLanguage:policy:diagnoses:)`` with the
    /// default policy, as `sverka batch` without options) and the writers take the policy's options.
    public init(formats: [OutputFormat], loader: DocumentLoader = DocumentLoader(),
                sourceLanguage: String? = nil, targetLanguage: String? = nil,
                resume: Bool = false, diagnoses: Bool = true,
                pipeline: @escaping PipelineFactory = BatchPairAligner.standardPipeline,
                writerOptions: @escaping WriterOptionsFactory = { source, target in
                    AlignmentPolicy().writerOptions(sourceLanguage: source, targetLanguage: target)
                },
                takeWarnings: @escaping @Sendable () -> [String] = { [] }) {
        self.formats = formats
        self.loader = loader
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.resume = resume
        self.diagnoses = diagnoses
        self.pipeline = pipeline
        self.writerOptions = writerOptions
        self.takeWarnings = takeWarnings
    }

    /// The default pipeline: the standard one for the pair's languages, with the default policy.
    public static let standardPipeline: PipelineFactory = { source, target, diagnoses in
        .standard(sourceLanguage: source, targetLanguage: target, diagnoses: diagnoses)
    }

    /// Aligns `job` and writes its outputs (or renders them into the outcome, without a prefix).
    public func process(_ job: BatchJob) -> BatchOutcome {
        do {
            return try attempt(job)
        } catch {
            return BatchOutcome(job: job, status: .error, error: Self.message(for: error))
        }
    }

    /// The files a pair with output `prefix` writes, given its languages; nil when a Moses file
    /// name depends on a language still to be guessed (`auto`).
    public func outputFiles(prefix: String, sourceLanguage: String, targetLanguage: String) -> [String]? {
        var files: [String] = []
        for format in formats {
            if format == .moses {
                if sourceLanguage == "auto" || targetLanguage == "auto" { return nil }
                let suffixes = OutputFormat.mosesSuffixes(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                files += [suffixes.source, suffixes.target].map { prefix + "." + $0 }
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
        case .malformed(let reason): throw BatchError.input(reason)
        case let .pair(source, target): texts = (source, target)
        }
        let sourceLanguage = job.sourceLanguage ?? self.sourceLanguage
        let targetLanguage = job.targetLanguage ?? self.targetLanguage
        for language in [sourceLanguage, targetLanguage].compactMap({ $0 }) {
            if let problem = LanguageTagCheck.problem(language) { throw BatchError.input(problem) }
        }
        if isComplete(job, sourceLanguage ?? "ru", targetLanguage ?? "en") {
            return BatchOutcome(job: job, status: .skipped)
        }
        // Before any work: no output may replace one of the pair's inputs (whatever its name).
        let inputs = [texts.source, texts.target].compactMap { text -> (String, FileIdentity)? in
            guard case .file(let path) = text, let identity = FileIdentity(path: path) else { return nil }
            return (path, identity)
        }
        try checkOutputs(job, sourceLanguage ?? "ru", targetLanguage ?? "en", inputs: inputs)
        let source = try loader.segment(try decode(texts.source, side: .source), language: sourceLanguage ?? "ru")
        let target = try loader.segment(try decode(texts.target, side: .target), language: targetLanguage ?? "en")
        if isComplete(job, source.language, target.language) {   // languages guessed (auto)
            return BatchOutcome(job: job, status: .skipped)
        }
        try checkOutputs(job, source.language, target.language, inputs: inputs)
        let pipeline = self.pipeline(source.language, target.language, diagnoses)
        var warnings = source.warnings + target.warnings + takeWarnings()
        let output: AlignmentPipeline.Output
        do {
            output = try pipeline.run(source: source, target: target)
        } catch let failure as AlignmentPipeline.Failure {
            throw BatchError.internal(failure.description)
        }
        let options = writerOptions(sourceLanguage, targetLanguage)
        // Binary outputs (XLSX) are written as they are, and inlined in JSON Lines as base64.
        var rendered: [(suffix: String, text: String, bytes: Data?)] = []
        for format in formats {
            let written: OutputFormat.Rendered
            do {
                written = try format.render(output, options: options)
            } catch {
                throw BatchError.internal("cannot write \(format.rawValue): \(error)")
            }
            switch written {
            case .single(let text): rendered.append((format.fileExtension, text, nil))
            case .perLanguage(let files): rendered += files.map { ($0.suffix, $0.text, nil) }
            case .bytes(let data): rendered.append((format.fileExtension, data.base64EncodedString(), data))
            }
        }
        let result: BatchOutcome.Rendered?
        if let prefix = job.outputPrefix {
            try Self.createFolder(of: prefix)
            for file in rendered {
                warnings += try Self.write(file.bytes ?? Data(file.text.utf8), to: prefix + "." + file.suffix)
            }
            result = nil
        } else if formats.count == 1 && formats[0] != .moses {
            result = .text(rendered[0].text)
        } else {
            result = .files(Dictionary(rendered.map { ($0.suffix, $0.text) }, uniquingKeysWith: { first, _ in first }))
        }
        let counts = output.diagnosis.counts
        return BatchOutcome(job: job, status: .ok,
                            beads: (output.units.alignment ?? output.result.sentences).beads.count,
                            // `meaning` (found only with embeddings) is listed only when found, so that records
                            // without embeddings stay as they were.
                            divergences: Dictionary(uniqueKeysWithValues: Divergence.Kind.allCases
                                .filter { $0 != .meaning || counts[$0] != nil }.map { ($0.rawValue, counts[$0] ?? 0) }),
                            result: result, warnings: warnings)
    }

    /// Whether resuming, and every output of `job` exists (each was written atomically, so one
    /// that exists is whole).
    private func isComplete(_ job: BatchJob, _ sourceLanguage: String, _ targetLanguage: String) -> Bool {
        guard resume, let prefix = job.outputPrefix,
              let files = outputFiles(prefix: prefix, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        else { return false }
        return files.allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    /// Throws when an output of `job` (in these languages; Moses files not yet known for `auto`)
    /// cannot be written or would replace one of `inputs`, compared by identity (device and
    /// inode), not by name. An output whose folder does not exist yet is created later.
    private func checkOutputs(_ job: BatchJob, _ sourceLanguage: String, _ targetLanguage: String,
                              inputs: [(path: String, identity: FileIdentity)]) throws {
        guard let prefix = job.outputPrefix,
              let files = outputFiles(prefix: prefix, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        else { return }
        for file in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: OutputDestination.folder(of: file), isDirectory: &isFolder),
                  isFolder.boolValue else { continue }
            let destination: OutputDestination
            do {
                destination = try OutputDestination.resolve(file)
            } catch let error as OutputError {
                throw BatchError.input(error.description)
            }
            if let replaced = destination.replacedFile, let input = inputs.first(where: { $0.identity == replaced }) {
                throw BatchError.input("output would overwrite input \(input.path)")
            }
        }
    }

    /// The decoded text of a file (in the encoding named for its `side`), or of an inline text
    /// (named after its side in messages).
    private func decode(_ text: BatchJob.Text, side: DocumentLoader.Side) throws -> DecodedText {
        switch text {
        case .file(let path): return try loader.decode(path: path, side: side)
        case .inline(let text): return try loader.decode(text: text, name: (side == .source ? "source" : "target") + "_text")
        }
    }

    /// Creates the folder that files named `prefix.*` go into, if missing.
    private static func createFolder(of prefix: String) throws {
        let folder = URL(fileURLWithPath: prefix).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw BatchError.input("\(folder.path): cannot create the output folder (\(error.localizedDescription))")
        }
    }

    /// Writes `text` to `path`: a regular file atomically (a temporary file renamed into place,
    /// removed on SIGINT or SIGTERM when the program asked for it), a device or FIFO directly.
    /// Returns warnings (hard links that keep the old contents).
    private static func write(_ data: Data, to path: String) throws -> [String] {
        do {
            return try data.withUnsafeBytes { try OutputWriter.write(bytes: $0, to: try OutputDestination.resolve(path)) }
        } catch let error as OutputError {
            throw BatchError.input(error.description)
        }
    }

    /// The one-line message of a pair's failure.
    public static func message(for error: Error) -> String {
        switch error {
        case let error as InputError: return error.description
        case let error as PDFError: return error.description
        case let error as DocumentLoader.Failure:
            if case .unsegmentable = error { return "internal error: " + error.description }
            return error.description
        case let error as BatchError: return error.kind == .internal ? "internal error: " + error.message : error.message
        default: return "\(error)"
        }
    }
}
