import Foundation
import Testing

/// Makes real DOCX, ODT, HTML and EPUB files with real programs for the reader tests: pandoc
/// (Debian `pandoc`) and LibreOffice headless (Debian `libreoffice-writer-nogui`), both installed
/// by `Scripts/install-test-tools.sh`. Tests that need a tool skip with a message when it is
/// missing, and run (and fail) under CI.
public enum DocumentTools {
    /// A program the tests run, and where it is.
    public static func path(of tool: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether tests needing pandoc run: when it is installed, and always under CI.
    public static let hasPandoc = path(of: "pandoc") != nil || TestPaths.inCI
    /// Whether tests needing LibreOffice (`soffice`) run: when it is installed, and always under CI.
    public static let hasLibreOffice = path(of: "soffice") != nil || TestPaths.inCI
    /// Why tests needing pandoc are skipped.
    public static let noPandoc: Comment = "pandoc is not installed (Scripts/install-test-tools.sh installs it); skipping a test that makes documents with it"
    /// Why tests needing LibreOffice are skipped.
    public static let noLibreOffice: Comment = "LibreOffice (soffice) is not installed (Scripts/install-test-tools.sh installs libreoffice-writer-nogui); skipping a test that makes documents with it"

    /// A program that failed or is missing.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        /// A failure saying `description`.
        public init(description: String) { self.description = description }
    }

    /// One LibreOffice at a time: instances sharing a profile refuse to start together.
    private static let lock = NSLock()

    /// Runs `tool arguments…` in `directory`; a missing tool or a non-zero exit throws.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String], in directory: URL) throws -> String {
        guard let program = path(of: tool) else { throw Failure(description: "\(tool) is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let log = directory.appendingPathComponent(".\(tool)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: log)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed (exit \(process.terminationStatus)): \(output)")
        }
        return output
    }

    /// Converts the Markdown file `markdown` in `directory` with pandoc into `output` (its
    /// extension names the format), with `options` more (`--metadata title=…`).
    @discardableResult
    public static func pandoc(_ markdown: String, to output: String, in directory: URL, options: [String] = []) throws -> String {
        try run("pandoc", [markdown, "-o", output] + options, in: directory)
        return directory.appendingPathComponent(output).path
    }

    /// Converts `input` in `directory` with LibreOffice headless to `format` (`docx`, `odt`), into
    /// `directory/libreoffice/`; returns the new file's path.
    @discardableResult
    public static func libreOffice(_ input: String, to format: String, in directory: URL) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        let profile = directory.appendingPathComponent(".libreoffice-profile").absoluteString
        let filter = format == "docx" ? "docx:MS Word 2007 XML" : format
        try run("soffice", ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", filter,
                            "--outdir", "libreoffice", input], in: directory)
        let name = (input as NSString).deletingPathExtension + "." + format
        let path = directory.appendingPathComponent("libreoffice").appendingPathComponent((name as NSString).lastPathComponent).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure(description: "LibreOffice made no \(path)")
        }
        return path
    }

    /// The telegram's part `language` ("ru" or "en") as Markdown for pandoc, written to `directory`:
    /// the Corpus file with the numbers that open its lines escaped (`7\. `), so that pandoc keeps
    /// them as text instead of making lists that number themselves (a list's number is no text
    /// in DOCX, ODT or HTML, and the plain text has it).
    public static func telegramMarkdown(_ language: String, in directory: URL) throws -> String {
        let source = language == "ru" ? TestPaths.russianTelegram : TestPaths.englishTelegram
        let text = try TestPaths.utf8Text(source)
        let escaped = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return String(line) }
            return digits + "\\" + line.dropFirst(digits.count)
        }.joined(separator: "\n")
        let name = "telegram-\(language).md"
        try Data(escaped.utf8).write(to: directory.appendingPathComponent(name))
        return name
    }
}
