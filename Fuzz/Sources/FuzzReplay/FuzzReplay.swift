import Foundation
import SverkaFuzzChecks

/// Runs saved inputs (crash files, corpus entries) through a fuzz target's check in an ordinary
/// build, without libFuzzer or sanitisers, for a plain Swift backtrace:
/// `swift run --package-path Fuzz --scratch-path Fuzz/.build-replay FuzzReplay align Fuzz/.crashes/align/crash-…`.
/// A directory stands for the files in it. Exits 0 when every input passed (a failing check traps).
@main
enum FuzzReplay {
    /// The checks by target name, as `Scripts/fuzz.sh` names the targets.
    static let checks: [String: ([UInt8]) -> Void] = [
        "ingest": IngestCheck.run, "segment": SegmentationCheck.run, "align": AlignmentCheck.run, "writers": WriterCheck.run,
    ]

    /// Runs the check named by the first argument on each file (and each file of each folder) after it.
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let check = checks[name], arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: FuzzReplay ingest|segment|align|writers FILE|DIR…\n".utf8))
            exit(1)
        }
        var files: [String] = []
        for path in arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                files += names.map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        for file in files {
            let started = Date()
            check([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
            print(String(format: "ok %.3fs %@", Date().timeIntervalSince(started), file))
        }
    }
}
