import Foundation

/// Where a command writes its result: standard output, or a file written atomically (a temporary
/// file renamed into place, so an interrupted run never leaves half a file).
struct OutputFile {
    let path: String?

    /// Writes `text` whole.
    func write(_ text: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIFailure.input("\(path): cannot write the output (\(error.localizedDescription))")
        }
    }
}
