import ArgumentParser
import Foundation
import Sverka

/// Options choosing the lexical evidence: a dictionary and the self-trained lexicon.
struct LexiconOptions: ParsableArguments {
    @Option(help: "A dictionary for the pair: TSV (source<TAB>target) or hunalign's `target @ source` lines. Default: Debian's mueller7-dict for Russian–English.")
    var dictionary: String?

    @Flag(help: "Align without a dictionary.")
    var noDictionary = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats per unit of lexical z-score.", visibility: .hidden))
    var lexicalWeight = AlignmentPolicy().lexicalWeight

    @Flag(help: "Do not learn a lexicon from a first alignment (self-training runs when there is no dictionary for the pair).")
    var noSelfTraining = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Nats per unit of z-score of the self-trained lexicon.", visibility: .hidden))
    var trainedWeight = AlignmentPolicy().trainedWeight

    func validate() throws {
        try PolicyFlags.check(applied(to: AlignmentPolicy()))
    }

    /// The dictionary these options choose.
    var source: LexiconCache.Source {
        noDictionary ? .none : dictionary.map { .file($0) } ?? .system
    }

    /// The process's dictionary cache for that dictionary (see ``LexiconCache/shared(for:)``).
    var cache: LexiconCache { LexiconCache.shared(for: source) }

    /// `policy` with the lexical evidence these options choose.
    func applied(to policy: AlignmentPolicy) -> AlignmentPolicy {
        var policy = policy
        policy.dictionary = source
        policy.lexicalWeight = lexicalWeight
        policy.selfTraining = !noSelfTraining
        policy.trainedWeight = trainedWeight
        return policy
    }

    /// Checks, before any work, that a dictionary named with `--dictionary` is there: a file
    /// named explicitly that cannot be used is an input error (exit 2), not a warning.
    func checkDictionaryExists() throws {
        guard !noDictionary, let dictionary else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dictionary, isDirectory: &isFolder) else {
            throw CLIFailure.input(DictdReader.ReadError.notFound(dictionary).description)
        }
        if isFolder.boolValue { throw CLIFailure.input("\(dictionary): not a dictionary: it is a folder") }
    }

    /// Reads and checks the dictionary named with `--dictionary` (once per process), throwing an
    /// input error when it cannot be used: unreadable, binary, not UTF-8, no pairs.
    func loadDictionary() throws {
        guard !noDictionary, dictionary != nil else { return }
        do {
            try cache.loadFile()
        } catch let error as DictdReader.ReadError {
            throw CLIFailure.input(error.description)
        }
    }

    /// Prints, once, what could not be loaded.
    func reportWarnings() {
        for warning in cache.takeWarnings() {
            StandardStreams.warn(warning)
        }
    }
}
