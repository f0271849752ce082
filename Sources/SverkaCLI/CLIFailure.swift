import Sverka

/// The exit codes of `sverka`, as documented in the README and `--help`.
enum SverkaExitCode: Int32 {
    case success = 0
    /// Wrong options or arguments.
    case usage = 1
    /// An input file that cannot be used (missing, empty, binary, undecodable, too large), or an
    /// output that cannot be written.
    case inputError = 2
    /// A failure inside Sverka (a bug, or ICU missing data).
    case internalError = 3
    /// `align --fail-on`: divergences of the given severity or worse were found (the output is written).
    case divergencesFound = 4
}

/// A failure the CLI reports as one line and an exit code.
struct CLIFailure: Error {
    let message: String
    let code: SverkaExitCode

    static func usage(_ message: String) -> CLIFailure { CLIFailure(message: message, code: .usage) }
    static func input(_ message: String) -> CLIFailure { CLIFailure(message: message, code: .inputError) }
    static func `internal`(_ message: String) -> CLIFailure { CLIFailure(message: message, code: .internalError) }
    static func divergences(_ message: String) -> CLIFailure { CLIFailure(message: message, code: .divergencesFound) }

    /// An output that could not be written: exit 2, or, when the reader of a pipe went away, a
    /// quiet success (no message), as for any Unix filter.
    static func output(_ error: OutputError) -> CLIFailure {
        if case .brokenPipe = error { return CLIFailure(message: "", code: .success) }
        return CLIFailure(message: error.description, code: .inputError)
    }
}
