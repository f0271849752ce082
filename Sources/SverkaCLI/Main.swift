import ArgumentParser
import Foundation
import Sverka

/// Entry point: parses the command line, runs the command, and maps every failure to one line on
/// standard error and a documented exit code (see ``SverkaExitCode``).
@main
enum Main {
    static func main() {
        StandardStreams.reserveClosedDescriptors()
        // A closed pipe is an error code from write(2), handled where outputs are written.
        signal(SIGPIPE, SIG_IGN)
        // SIGINT, SIGTERM, SIGHUP: remove the temporary files of outputs being written, exit 130, 143, 129.
        TemporaryOutputFiles.removeOnSignals()
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if let problem = SverkaCommand.misspeltSubcommand(in: arguments) { throw CLIFailure.usage(problem) }
            var command = try SverkaCommand.parseAsRoot(arguments)
            try command.run()
        } catch let error as InputError {
            fail(error.description, code: .inputError)
        } catch let error as PDFError {
            fail(error.description, code: .inputError)
        } catch let error as CLIFailure {
            if error.code == .success { exit(0) }   // the reader of a pipe went away
            fail(error.message, code: error.code)
        } catch {
            let code = SverkaCommand.exitCode(for: error)
            if code == .success {
                SverkaCommand.exit(withError: error) // --help and --version print and exit 0
            }
            let message = SverkaCommand.message(for: error)
            fail(message.isEmpty ? "\(error)" : message, code: .usage)
        }
    }

    /// Writes `sverka: error: MESSAGE` (its first line) to standard error and exits with `code`.
    static func fail(_ message: String, code: SverkaExitCode) -> Never {
        var line = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        line = line.split(whereSeparator: \.isNewline).first.map(String.init) ?? line
        // Divergences found under --fail-on are the result of a check, not an error of Sverka's.
        let label = code == .divergencesFound ? "" : "error: "
        StandardStreams.error("sverka: \(label)\(line)\n")
        exit(code.rawValue)
    }
}
