import ArgumentParser
import Foundation
import Sverka

/// Entry point: parses the command line, runs the command, and maps every failure to one line on
/// standard error and a documented exit code (see ``ExitCode``).
@main
enum Main {
    static func main() {
        do {
            var command = try SverkaCommand.parseAsRoot()
            try command.run()
        } catch let error as InputError {
            fail(error.description, code: .inputError)
        } catch let error as CLIFailure {
            fail(error.message, code: error.code)
        } catch {
            let code = SverkaCommand.exitCode(for: error)
            if code == .success {
                SverkaCommand.exit(withError: error) // --help and --version print and exit 0
            }
            let message = SverkaCommand.fullMessage(for: error)
            fail(message.isEmpty ? "\(error)" : message, code: .usage)
        }
    }

    static func fail(_ message: String, code: SverkaExitCode) -> Never {
        let line = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
        // Divergences found under --fail-on are the result of a check, not an error of Sverka's.
        let label = code == .divergencesFound ? "" : "error: "
        FileHandle.standardError.write(Data("sverka: \(label)\(line)\n".utf8))
        exit(code.rawValue)
    }
}
