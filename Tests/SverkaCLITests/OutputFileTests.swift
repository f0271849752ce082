import Foundation
import Testing
import SverkaTestSupport

/// `-o`: an output never replaces an input (compared by identity, not name), special files are
/// written through rather than replaced, links and modes are kept, and a path that cannot take
/// the output is refused in words before any work.
@Suite("sverka -o: where outputs go")
struct OutputFileTests {
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory()
    }

    /// A copy of the Russian telegram in the scratch folder, named `name`.
    func russian(_ name: String = "ru.txt") throws -> String {
        try scratch.file(name, bytes: try TestPaths.bytes(TestPaths.russianTelegram))
    }

    /// A copy of the English telegram in the scratch folder, named `name`.
    func english(_ name: String = "en.txt") throws -> String {
        try scratch.file(name, bytes: try TestPaths.bytes(TestPaths.englishTelegram))
    }

    /// The file type of `path` itself (links not followed).
    static func type(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    /// A device number as glibc's `makedev` (a macro Swift cannot call) makes it.
    static func device(major: UInt64, minor: UInt64) -> dev_t {
        dev_t((minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xff) << 12) | ((major & ~0xfff) << 32))
    }

    /// Whether the current user is root (device nodes can be made).
    static let isRoot = getuid() == 0

    /// The names in `folder` that are temporary files of sverka's.
    static func leftovers(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains("sverka-") }
    }

    /// Expects `result` to be a refusal with exit `status` and the one line `message`, and `path`
    /// to hold `bytes` still.
    static func expectRefused(_ result: SverkaProcess.Result, status: Int32, message: String, unchanged path: String,
                              bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderrLines == ["sverka: error: \(message)"], "\(result)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(try TestPaths.bytes(path) == bytes, "\(path) was changed", sourceLocation: sourceLocation)
    }

    // MARK: - Item 1: an output naming an input

    @Test("align x.txt en.txt -o x.txt is refused before any work, the input untouched")
    func alignOntoSource() throws {
        let (x, en) = (try russian("x.txt"), try english())
        let before = try TestPaths.bytes(x)
        let result = try SverkaProcess.run(["align", "x.txt", "en.txt", "-o", "x.txt", "--no-dictionary"], in: scratch.url)
        try Self.expectRefused(result, status: 1, message: "output would overwrite input x.txt", unchanged: x, bytes: before)
        #expect(try TestPaths.bytes(en) == TestPaths.bytes(TestPaths.englishTelegram))
    }

    @Test("segment ru.txt -o ru.txt, and the same file under other names: a symbolic link, a hard link, ./ru.txt")
    func segmentOntoInput() throws {
        let ru = try russian()
        let before = try TestPaths.bytes(ru)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.txt"), withDestinationPath: "ru.txt")
        try FileManager.default.linkItem(atPath: ru, toPath: scratch.path("hard.txt"))
        for output in ["ru.txt", "./ru.txt", "link.txt", "hard.txt", scratch.path("ru.txt")] {
            let result = try SverkaProcess.run(["segment", "ru.txt", "-o", output], in: scratch.url)
            try Self.expectRefused(result, status: 1, message: "output would overwrite input ru.txt", unchanged: ru, bytes: before)
        }
        #expect(try Self.type(scratch.path("link.txt")) == .typeSymbolicLink)
        // The input named through the link, the output by its own name.
        let result = try SverkaProcess.run(["segment", "link.txt", "-o", "ru.txt"], in: scratch.url)
        try Self.expectRefused(result, status: 1, message: "output would overwrite input link.txt", unchanged: ru, bytes: before)
    }

    @Test("--format moses -o x when the inputs are x.ru and x.en")
    func mosesOntoInputs() throws {
        let (ru, en) = (try russian("x.ru"), try english("x.en"))
        let before = try TestPaths.bytes(ru)
        let result = try SverkaProcess.run(["align", "x.ru", "x.en", "--format", "moses", "-o", "x", "--no-dictionary"], in: scratch.url)
        try Self.expectRefused(result, status: 1, message: "output would overwrite input x.ru", unchanged: ru, bytes: before)
        #expect(try TestPaths.bytes(en) == TestPaths.bytes(TestPaths.englishTelegram))
    }

    @Test("a batch output prefix that makes an input's name: that pair fails, its input untouched, the others run")
    func batchPrefixOntoInput() throws {
        let ru = try russian("one.pairs")
        _ = try english()
        let before = try TestPaths.bytes(ru)
        try scratch.file("two.ru", bytes: before)
        let manifest = try scratch.file("manifest.tsv", text: "one.pairs\ten.txt\tone\ntwo.ru\ten.txt\ttwo\n")
        let result = try SverkaProcess.run(["batch", manifest, "--no-dictionary", "--quiet"], in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("\(manifest):1: output would overwrite input \(scratch.path("one.pairs"))"), "\(result)")
        #expect(result.stderr.contains("2 pairs: 1 ok, 1 failed"), "\(result)")
        #expect(try TestPaths.bytes(ru) == before)
        #expect(FileManager.default.fileExists(atPath: scratch.path("two.pairs")))
    }

    // MARK: - Item 2: special files are written through, links and modes kept

    @Test("as root, -o onto a character device made with mknod (null, full) leaves it a device", .enabled(if: isRoot, "not root: cannot make device nodes with mknod; skipping"))
    func deviceNodes() throws {
        let null = scratch.path("null"), full = scratch.path("full")
        try #require(mknod(null, S_IFCHR | 0o666, Self.device(major: 1, minor: 3)) == 0, "mknod null: \(errno)")
        try #require(mknod(full, S_IFCHR | 0o666, Self.device(major: 1, minor: 7)) == 0, "mknod full: \(errno)")
        let ru = try russian()
        let written = try SverkaProcess.run(["segment", ru, "-o", null])
        #expect(written.status == 0 && written.stderr.isEmpty, "\(written)")
        #expect(try Self.type(null) == .typeCharacterSpecial)
        let full1 = try SverkaProcess.run(["segment", ru, "-o", full])
        #expect(full1.status == 2, "\(full1)")
        #expect(full1.stderrLines == ["sverka: error: \(full): cannot write the output (no space left on device)"], "\(full1)")
        #expect(try Self.type(full) == .typeCharacterSpecial)
        #expect(Self.leftovers(in: scratch.url.path).isEmpty)
    }

    @Test("-o /dev/null writes nothing anywhere and leaves /dev/null a character device")
    func devNull() throws {
        let result = try SverkaProcess.run(["segment", TestPaths.russianTelegram, "-o", "/dev/null"])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result)")
        #expect(try Self.type("/dev/null") == .typeCharacterSpecial)
    }

    @Test("a symbolic link to /proc/self/fd/1 (and /dev/stdout) writes to standard output; the link stays")
    func descriptorLinks() throws {
        let link = scratch.path("out.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/proc/self/fd/1")
        let expected = try SverkaProcess.run(["segment", TestPaths.russianTelegram])
        for output in [link, "/dev/stdout"] {
            let result = try SverkaProcess.run(["segment", TestPaths.russianTelegram, "-o", output])
            #expect(result.status == 0, "\(result)")
            #expect(!result.stdout.isEmpty && result.stdout == expected.stdout)
        }
        #expect(try Self.type(link) == .typeSymbolicLink)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/proc/self/fd/1")
    }

    @Test("a FIFO is written through, and stays a FIFO")
    func fifo() throws {
        let fifo = scratch.path("pipe")
        try #require(mkfifo(fifo, 0o644) == 0)
        let reader = SverkaProcess.Reader(path: fifo)
        let result = try SverkaProcess.run(["segment", TestPaths.russianTelegram, "-o", fifo])
        let expected = try SverkaProcess.run(["segment", TestPaths.russianTelegram])
        #expect(result.status == 0, "\(result)")
        #expect(String(decoding: reader.wait(), as: UTF8.self) == expected.stdout)
        var status = stat()
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a symbolic link to a regular file: the file is replaced, the link kept, the mode kept")
    func linkToFile() throws {
        let target = try scratch.file("target.txt", text: "old\n")
        try #require(chmod(target, 0o640) == 0)
        let link = scratch.path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        let result = try SverkaProcess.run(["segment", TestPaths.russianTelegram, "-o", link])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(try Self.type(link) == .typeSymbolicLink)
        #expect(try TestPaths.utf8Text(target).hasPrefix("¶ 0 (line 1)"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(Self.leftovers(in: scratch.url.path).isEmpty)
    }

    @Test("replacing a file with other hard links warns that they keep the old contents")
    func hardLinks() throws {
        let target = try scratch.file("target.txt", text: "old\n")
        try FileManager.default.linkItem(atPath: target, toPath: scratch.path("other.txt"))
        let result = try SverkaProcess.run(["segment", TestPaths.russianTelegram, "-o", target])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == ["sverka: warning: \(target) had 1 other hard link, which keeps the old contents: the file was replaced, not rewritten in place"])
        #expect(try TestPaths.utf8Text(scratch.path("other.txt")) == "old\n")
        #expect(try TestPaths.utf8Text(target).hasPrefix("¶ 0 (line 1)"))
    }

    // MARK: - Item 14: outputs that cannot be written, found before any work

    @Test("-o naming a folder, a missing folder, a file in a file: one line in words, exit 2, before reading the inputs",
          arguments: ["folder", "missing/out.txt", "file.txt/out.txt", "out/"])
    func unusable(output: String) throws {
        try FileManager.default.createDirectory(atPath: scratch.path("folder"), withIntermediateDirectories: true)
        try scratch.file("file.txt", text: "x\n")
        let expected: [String: String] = [
            "folder": "folder: cannot write the output: it is a folder; give a file name",
            "missing/out.txt": "missing/out.txt: cannot write the output: the folder missing does not exist",
            "file.txt/out.txt": "file.txt/out.txt: cannot write the output: file.txt is not a folder",
            "out/": "out/: cannot write the output: it names a folder; give a file name",
        ]
        // The inputs do not exist: the output is checked first, so its problem is the one reported.
        for command in [["align", "nosuch.ru", "nosuch.en"], ["segment", "nosuch.ru"]] {
            let result = try SverkaProcess.run(command + ["-o", output], in: scratch.url)
            #expect(result.status == 2, "\(result)")
            #expect(result.stderrLines == ["sverka: error: \(try #require(expected[output]))"], "\(result)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
    }

    @Test("-o - is standard output")
    func dashIsStandardOutput() throws {
        let expected = try SverkaProcess.run(["segment", TestPaths.russianTelegram])
        let result = try SverkaProcess.run(["segment", TestPaths.russianTelegram, "-o", "-"], in: scratch.url)
        #expect(result.status == 0 && result.stdout == expected.stdout, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("-")))
    }
}
