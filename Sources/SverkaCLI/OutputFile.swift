import Foundation
import Sverka

/// Where a command writes a result: standard output (no path, or `-`), or a path. A regular file
/// is replaced atomically (a temporary file renamed into place, so an interrupted run never leaves
/// half a file, and a signal removes the temporary file); devices, FIFOs and `/dev/stdout` are
/// written through (see ``OutputWriter``).
struct OutputFile {
    /// The path; nil or `-`: standard output.
    let path: String?

    /// The path given to the writer (`-` for standard output).
    private var target: String { path ?? "-" }

    /// Whether the output goes to this process's standard output.
    var isStandardOutput: Bool { target == "-" }

    /// The usage message for a binary `format` (XLSX) given no output: it is never written to
    /// standard output (a terminal, most likely) unless `-o -` says so.
    static func binaryNeedsFile(_ format: OutputFormat) -> String {
        "--format \(format.rawValue) writes a binary file: give it with -o FILE (or -o - to write it to standard output anyway)"
    }

    /// Checks, before any work, that the output can be written and would not replace one of
    /// `inputs` (compared by identity, not by name). Throws ``CLIFailure``: exit 2 for a path that
    /// cannot take the output, exit 1 for an output naming an input.
    func check(against inputs: [InputFile]) throws {
        let destination: OutputDestination
        do {
            destination = try OutputDestination.resolve(target)
        } catch let error as OutputError {
            throw CLIFailure.output(error)
        }
        if let replaced = destination.replacedFile, let input = inputs.first(where: { $0.identity == replaced }) {
            throw CLIFailure.usage("output would overwrite input \(input.name)")
        }
    }

    /// Writes `text` whole; warns on standard error when hard links to a replaced file keep the
    /// old contents. Throws ``CLIFailure`` (a closed pipe: a quiet success).
    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes `data` whole (a binary output), as ``write(_:)-(String)``.
    func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write(bytes: $0) }
    }

    /// Writes a rendered output: one file (or standard output) for most formats; for a format with
    /// a file per language (Moses), each beside this path's prefix (`sverka` when none):
    /// `PREFIX.SUFFIX`. Each file is written as ``write(_:)-(String)``.
    func write(_ rendered: OutputFormat.Rendered) throws {
        switch rendered {
        case .single(let text):
            try write(text)
        case .perLanguage(let files):
            for file in files { try OutputFile(path: (path ?? "sverka") + "." + file.suffix).write(file.text) }
        case .bytes(let data):
            try write(data)
        }
    }

    private func write(bytes: UnsafeRawBufferPointer) throws {
        do {
            let destination = try OutputDestination.resolve(target)
            if StandardStreams.outputIsClosed, destination == .standardOutput || destination == .descriptor(STDOUT_FILENO, name: target) {
                throw OutputError.writeFailed(name: "standard output", reason: "it is closed")
            }
            for warning in try OutputWriter.write(bytes: bytes, to: destination) { StandardStreams.warn(warning) }
        } catch let error as OutputError {
            throw CLIFailure.output(error)
        }
    }
}
