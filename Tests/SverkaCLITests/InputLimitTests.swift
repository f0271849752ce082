import Foundation
import Testing
import SverkaTestSupport

/// `--max-input-size` holds for every input, counted while reading: a device or a pipe that goes
/// on past it is refused, never read without end.
@Suite("sverka: inputs that are no regular files")
struct InputLimitTests {
    @Test("/dev/zero is refused at the limit, quickly", arguments: [["segment"], ["align", TestPaths.englishTelegram]])
    func devZero(command: [String]) throws {
        let started = Date()
        let arguments = command[0] == "segment" ? ["segment", "/dev/zero"] : ["align", "/dev/zero", TestPaths.englishTelegram]
        let result = try SverkaProcess.run(arguments + ["--max-input-size", "100000"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == ["sverka: error: /dev/zero: more than the limit of 100000 bytes was read (raise it with --max-input-size)"])
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("standard input through - and /dev/stdin: over the limit refused, under it read")
    func standardInput() throws {
        for path in ["-", "/dev/stdin"] {
            let refused = try SverkaProcess.runShell("cat '\(TestPaths.russianTelegram)' | \"$SVERKA\" segment \(path) --max-input-size 1000")
            #expect(refused.status == 2, "\(refused)")
            let name = path == "-" ? "standard input" : path
            #expect(refused.stderrLines == ["sverka: error: \(name): more than the limit of 1000 bytes was read (raise it with --max-input-size)"])
            let read = try SverkaProcess.runShell("cat '\(TestPaths.russianTelegram)' | \"$SVERKA\" segment \(path)")
            #expect(read.status == 0 && read.stdout.hasPrefix("¶ 0 (line 1)"), "\(read)")
        }
    }

    @Test("a folder as input is an input error in words")
    func folder() throws {
        let result = try SverkaProcess.run(["segment", NSTemporaryDirectory()])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("cannot read the file (it is a directory)"), "\(result)")
    }
}
