import Foundation
import Testing
import SverkaAlign
import SverkaDiagnose
import SverkaIngest
import SverkaSegment
import SverkaTestSupport
@testable import SverkaWrite

/// What the writer tests share: the telegram aligned, a hand-made diagnosis, and running the
/// external tools that read the writers' output (xmllint, Chromium, translate-toolkit, LibreOffice).
///
/// External tools: a test that needs one carries ``requires(_:)``. Where the tool is installed
/// the test runs. Where it is missing the test is skipped with a message naming
/// `Scripts/install-test-tools.sh` — except when the environment variable `CI` is set: then the
/// test runs anyway and fails on the missing tool, so CI cannot pass by skipping.
enum WriterTestSupport {
    // MARK: - Diagnosis

    /// A diagnosis made by hand for the alignment at `level` of `result` (the detector is not used):
    /// untranslated and added beads, the least confident pairing, a number mismatch whose reason
    /// holds XML metacharacters, and one divergence at the other level (which must not link to a row).
    static func diagnosis(for result: DocumentAlignment, level: AlignmentLevel) -> Diagnosis {
        let units = AlignedUnits(result: result, level: level)
        let beads = units.alignment?.beads ?? []
        var divergences: [Divergence] = []
        func add(_ kind: Divergence.Kind, _ severity: Divergence.Severity, _ index: Int, _ reason: String) {
            let bead = beads[index]
            divergences.append(Divergence(
                kind: kind, severity: severity, level: level, bead: index, source: bead.source, target: bead.target,
                sourceLine: units.sourceLine(bead), targetLine: units.targetLine(bead),
                sourceExcerpt: String(units.sourceText(bead).prefix(60)), targetExcerpt: String(units.targetText(bead).prefix(60)),
                reason: reason))
        }
        let pairing = beads.indices.filter { !beads[$0].isNull }
        if let first = pairing.first(where: { units.sourceText(beads[$0]).contains(where: \.isNumber) }) {
            add(.numberMismatch, .warning, first, "\"1952\" & <21646> in the original are missing from the translation")
        }
        for index in beads.indices {
            if beads[index].isUntranslated { add(.untranslated, .error, index, "no counterpart in the translation") }
            if beads[index].isAdded { add(.added, .info, index, "no source in the original") }
        }
        if let worst = pairing.min(by: { beads[$0].confidence < beads[$1].confidence }) {
            add(.lowConfidence, .warning, worst, "confidence \(beads[worst].confidence) is below 0.5")
        }
        divergences.sort { $0.bead < $1.bead }
        let other: AlignmentLevel = level == .paragraph ? .sentence : .paragraph
        divergences.append(Divergence(
            kind: .translatorInsertion, severity: .info, level: other, bead: 0, source: [], target: [0],
            sourceLine: nil, targetLine: 1, sourceExcerpt: "", targetExcerpt: "[Stalin]", reason: "bracketed addition [Stalin]"))
        return Diagnosis(divergences: divergences, thresholds: ["partial.lowRatio": 0.42, "lowConfidence": 0.5])
    }

    // MARK: - Files

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sverka-writer-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` as UTF-8 to `name` in `directory`; returns the file's path.
    @discardableResult
    static func write(_ text: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    // MARK: - External tools

    /// An external program the tests run.
    enum Tool: String, CaseIterable, Sendable {
        case xmllint, chromium
        /// translate-toolkit's Python package (`python3 -c 'import translate.storage.tmx'`).
        case translateToolkit = "translate-toolkit"
        /// LibreOffice's `soffice`, with Calc (it converts the XLSX review sheet to CSV).
        case libreoffice

        /// Where it comes from, for messages.
        var package: String {
            switch self {
            case .xmllint: return "Debian libxml2-utils"
            case .chromium: return "Debian chromium"
            case .translateToolkit: return "PyPI translate-toolkit"
            case .libreoffice: return "Debian libreoffice-calc-nogui"
            }
        }
    }

    /// The absolute path of `name` on `PATH`, or nil.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether `tool` can be run here.
    static func isAvailable(_ tool: Tool) -> Bool {
        switch tool {
        case .xmllint: return executable("xmllint") != nil
        case .chromium: return chromiumPath != nil
        case .libreoffice: return libreofficePath != nil
        case .translateToolkit:
            guard let python = executable("python3"),
                  let result = try? run(python, ["-c", "import translate.storage.tmx"], timeout: 60) else { return false }
            return result.status == 0
        }
    }

    /// The trait for a test that needs `tools`: runs where they are installed or under CI (where a
    /// missing tool then fails the test, see ``require(_:)``), and is skipped with a message elsewhere.
    static func requires(_ tools: Tool...) -> ConditionTrait {
        let names = tools.map(\.rawValue).joined(separator: ", ")
        return .enabled(if: TestPaths.inCI || tools.allSatisfy(isAvailable),
                        "needs \(names), not installed; run Scripts/install-test-tools.sh")
    }

    /// The path of `tool`'s program, or a failed test saying how to install it (`tool` must be
    /// present under CI; elsewhere ``requires(_:)`` has already skipped the test).
    static func require(_ tool: Tool, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let path: String?
        switch tool {
        case .xmllint: path = executable("xmllint")
        case .chromium: path = chromiumPath
        case .libreoffice: path = libreofficePath
        case .translateToolkit: path = isAvailable(.translateToolkit) ? executable("python3") : nil
        }
        return try #require(path, "\(tool.rawValue) (\(tool.package)) is missing; run Scripts/install-test-tools.sh",
                            sourceLocation: sourceLocation)
    }

    /// LibreOffice's `soffice`, when Calc is installed beside it (the Writer-only packages
    /// cannot read a spreadsheet).
    static var libreofficePath: String? {
        guard let soffice = executable("soffice") else { return nil }
        let program = URL(fileURLWithPath: soffice).resolvingSymlinksInPath().deletingLastPathComponent()
        let calc = ["libsclo.so", "libscfiltlo.so"].contains {
            FileManager.default.fileExists(atPath: program.appendingPathComponent($0).path)
                || FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/" + $0)
        }
        return calc ? soffice : nil
    }

    /// Chromium under one of its usual names.
    static var chromiumPath: String? {
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].lazy.compactMap(executable).first
    }

    /// What a finished program left.
    struct ProcessResult {
        /// Exit status (or the signal's number when it was killed).
        let status: Int32
        /// Standard output, decoded as UTF-8.
        let stdout: String
        /// Standard error, decoded as UTF-8.
        let stderr: String
        /// Whether it was stopped for running past its time.
        let timedOut: Bool
    }

    /// Runs `executable` with `arguments`, no standard input, output captured through files (so a
    /// large output cannot block the child); stops it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> ProcessResult {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            timedOut: timedOut)
    }

    /// `xmllint --xpath expression path`, its output trimmed (fails the test on an error).
    static func xpath(_ expression: String, in path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(try require(.xmllint), ["--xpath", expression, path])
        #expect(result.status == 0, "xmllint --xpath \(expression): \(result.stderr)", sourceLocation: sourceLocation)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Headless Chromium's arguments shared by every run: no sandbox (tests may run as root), no GPU,
    /// a profile of its own in `profile`.
    static func chromiumArguments(profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--hide-scrollbars", "--user-data-dir=\(profile.path)"]
    }
}

/// Small alignments made by hand, with every kind of bead, for exact-output tests.
enum HandMade {
    /// A document whose paragraphs are `texts`, one sentence each, paragraph `i` on line `2i + 1`.
    static func document(_ texts: [String], name: String, language: String) -> Document {
        var offset = 0
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for (i, text) in texts.enumerated() {
            let length = text.utf16.count
            let range = offset..<(offset + length)
            sentences.append(Sentence(index: i, paragraph: i, line: 2 * i + 1, text: text, plain: text, range: range))
            paragraphs.append(Paragraph(index: i, line: 2 * i + 1, text: text, plain: text, range: range, sentenceRange: i..<(i + 1)))
            offset += length + 2
        }
        return Document(name: name, language: language, text: texts.joined(separator: "\n\n"), paragraphs: paragraphs, sentences: sentences)
    }

    /// The beads of ``result(source:target:)``: a 1-1, a 1-0, a furniture bead, a 0-1.
    static let beads = [
        Bead(source: [0], target: [0], cost: 1.25, confidence: 0.973_14),
        Bead(source: [1], target: [], cost: 4.5, confidence: 0.8),
        Bead(source: [2], target: [], kind: .furniture),
        Bead(source: [], target: [1], cost: 4.5, confidence: 0.6),
    ]

    /// Three source paragraphs and two target paragraphs aligned by ``beads`` at both levels
    /// (one sentence per paragraph, so the same beads serve both).
    static func result(source: [String] = ["Привет & <мир>", "Только в оригинале.", "СОВЕРШЕННО СЕКРЕТНО"],
                       target: [String] = ["Hello & <world>", "[Translator's note]"],
                       sourceName: String = "a.ru.md", targetName: String = "a.en.md",
                       sourceLanguage: String = "ru", targetLanguage: String = "en",
                       paragraphs: Bool = true) -> DocumentAlignment {
        let s = document(source, name: sourceName, language: sourceLanguage)
        let t = document(target, name: targetName, language: targetLanguage)
        return DocumentAlignment(
            source: s, target: t,
            paragraphs: paragraphs ? Alignment(level: .paragraph, sourceCount: s.paragraphs.count, targetCount: t.paragraphs.count, beads: beads) : nil,
            sentences: Alignment(level: .sentence, sourceCount: s.sentences.count, targetCount: t.sentences.count, beads: beads),
            lengthRatio: 1.1)
    }

    /// One divergence on bead 0 at `level`, with metacharacters in its reason.
    static func divergence(_ kind: Divergence.Kind = .numberMismatch, bead: Int = 0, level: AlignmentLevel = .paragraph,
                           reason: String = "\"1952\" & <b> missing") -> Divergence {
        Divergence(kind: kind, severity: .warning, level: level, bead: bead, source: beads[bead].source, target: beads[bead].target,
                   sourceLine: beads[bead].source.first.map { 2 * $0 + 1 }, targetLine: beads[bead].target.first.map { 2 * $0 + 1 },
                   sourceExcerpt: "Привет", targetExcerpt: "Hello", reason: reason)
    }
}
