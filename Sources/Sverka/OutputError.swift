/// Why an output could not be written, in words (never a framework's error number): the output
/// names a folder, its folder is missing or read-only, the disk is full, standard output is closed,
/// or the reader of a pipe went away.
package enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path cannot take the output; `reason` says why (checked before any work).
    case unusable(path: String, reason: String)
    /// Writing failed half-way: `name` is the path or "standard output", `reason` the system's words.
    case writeFailed(name: String, reason: String)
    /// The reader of a pipe (`sverka … | head`) has gone: not an error for a filter.
    case brokenPipe(name: String)

    /// One line for a person.
    package var description: String {
        switch self {
        case let .unusable(path, reason): return "\(path): cannot write the output: \(reason)"
        case let .writeFailed(name, reason): return "\(name): cannot write the output (\(reason))"
        case .brokenPipe(let name): return "\(name): the reading end of the pipe was closed"
        }
    }
}
