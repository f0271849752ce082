import ArgumentParser
import Dispatch
import Foundation
import Sverka
import SverkaReview
import SverkaReviewServer

/// `sverka review SOURCE TARGET`: aligns, saves a review project, and serves the editor over it on
/// the local machine until Ctrl-C.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review and correct an alignment in a local web editor (the project is saved after every action).",
        discussion: """
        With two files (or one bilingual file) the texts are aligned as by `align` (the same options), \
        and a project is created (default: the original's path with the extension .sverka; an existing \
        project is never replaced: reopen it with --project FILE alone). With --project FILE alone the \
        project is reopened as it was left. The editor is served on 127.0.0.1 (--host to change) at a \
        URL holding a random session token; the URL is printed, and opened in a browser unless \
        --no-open or there is no display. Ctrl-C stops the server; `sverka export PROJECT` writes the \
        corrected alignment in any format.
        """
    )

    @Argument(help: "The original and its translation, or one file holding both; none with --project FILE: reopen it.")
    var files: [String] = []

    @Option(help: "The project file (created when texts are given, reopened when alone). Default: the original's path with .sverka.")
    var project: String?

    @Option(help: "The port to listen on; 0 (default): any free port (the URL printed names it).")
    var port: Int = 0

    @Option(help: "The address to listen on. Default 127.0.0.1 (this machine only); anything else lets other machines in, with the token.")
    var host: String = "127.0.0.1"

    @Flag(help: "Do not open a browser; only print the URL.")
    var noOpen = false

    @Option(help: "Language of the original (an ICU locale: ru, en, de, fr…), or auto. Default: ru, or guessed for a single bilingual file.")
    var sourceLang: String?

    @Option(help: "Language of the translation, or auto. Default: en, or guessed for a single bilingual file.")
    var targetLang: String?

    @OptionGroup var alignment: AlignmentOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        guard files.count <= 2 else {
            throw ValidationError("give two files (original and translation), one bilingual file, or --project FILE to reopen")
        }
        if files.isEmpty && project == nil {
            throw ValidationError("give the original and its translation, one bilingual file, or --project FILE to reopen a project")
        }
        if files.contains("-") {
            throw ValidationError("review reads files, not standard input (-): the project keeps the texts")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard !host.isEmpty else { throw ValidationError("--host cannot be empty") }
        for (option, language) in [("--source-lang", sourceLang), ("--target-lang", targetLang)] {
            if let language, let problem = LanguageTagCheck.problem(language) { throw ValidationError("\(option): \(problem)") }
        }
    }

    /// Where a new project goes when --project is not given: beside the original, its extension
    /// replaced by `.sverka`.
    static func defaultProjectPath(for source: String) -> String {
        let url = URL(fileURLWithPath: source)
        let stem = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent((stem.isEmpty ? url.lastPathComponent : stem) + ".sverka").path
    }

    func run() throws {
        let reviewProject = try openOrCreate()
        if !["127.0.0.1", "::1", "[::1]", "localhost"].contains(host.lowercased()) {
            StandardStreams.warn("--host \(host): the editor can be reached from other machines by anyone who has its URL")
        }
        let server = ReviewServer(session: ReviewSession(project: reviewProject), host: host, port: port)
        let noOpen = self.noOpen
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<Void, Error> = .success(())
        Task.detached {
            do {
                try await server.run(handlingSignals: true) { url in
                    try? StandardStreams.output("Sverka review: \(url.absoluteString)\n")
                    try? StandardStreams.output("Project: \(reviewProject.path) (saved after every action; Ctrl-C to stop)\n")
                    if !noOpen { Browser.open(url) }
                }
            } catch {
                outcome = .failure(error)
            }
            finished.signal()
        }
        finished.wait()
        do {
            try outcome.get()
        } catch {
            throw CLIFailure.input("cannot serve on \(host):\(port): \(error)")
        }
        StandardStreams.error("sverka: review stopped; the project is saved at \(reviewProject.path)\n")
    }

    /// Reopens `--project` when no texts are given; otherwise aligns the texts into a new project.
    private func openOrCreate() throws -> ReviewProject {
        if files.isEmpty, let project {
            do {
                return try ReviewProject.open(at: project)
            } catch let error as ReviewError {
                throw CLIFailure.input(error.description)
            }
        }
        let path = project ?? Self.defaultProjectPath(for: files[0])
        if FileManager.default.fileExists(atPath: path) {
            throw CLIFailure.input("\(path) exists; reopen it with `sverka review --project \(path)`, or give another --project")
        }
        try lexicon.checkDictionaryExists()
        try lexicon.loadDictionary()
        let (source, target) = try loadDocuments()
        InputOptions.report(source.warnings + target.warnings)
        lexicon.reportWarnings()
        do {
            return try ReviewProject.create(at: path, source: source, target: target,
                                            policy: lexicon.applied(to: alignment.policy(input: input)))
        } catch let error as ReviewError {
            throw CLIFailure.input(error.description)
        }
    }

    /// The original and the translation, from two files or one bilingual file (as `align` reads them).
    private func loadDocuments() throws -> (Document, Document) {
        try input.loadPair(files, sourceLanguage: sourceLang, targetLanguage: targetLang)
    }
}

/// Opens a URL in the user's browser when there is one to open it in.
enum Browser {
    /// Runs `xdg-open URL` (Linux, with a display) or `open URL` (macOS) in the background; does
    /// nothing without a display or either program.
    static func open(_ url: URL) {
        #if os(macOS)
        let program = "/usr/bin/open"
        #else
        let environment = ProcessInfo.processInfo.environment
        guard environment["DISPLAY"].map({ !$0.isEmpty }) == true || environment["WAYLAND_DISPLAY"].map({ !$0.isEmpty }) == true else {
            StandardStreams.error("sverka: no display; open the URL above in a browser\n")
            return
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/xdg-open" }
        guard let program = path.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            StandardStreams.error("sverka: no xdg-open; open the URL above in a browser\n")
            return
        }
        #endif
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [url.absoluteString]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            StandardStreams.error("sverka: cannot start a browser (\(error)); open the URL above\n")
        }
    }
}
