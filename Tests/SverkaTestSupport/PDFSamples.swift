import Foundation
import Testing

/// Real PDFs made in the test run by LibreOffice (`soffice --headless --convert-to pdf`, Debian
/// `libreoffice-writer-nogui`), once per test process, in a temporary folder removed at exit:
/// - the telegram's Russian and English parts (`Corpus/*.ru.md`, `*.en.md`) imported as UTF-8
///   plain text, one paragraph per line, as a person would print them;
/// - ``ExpeditionReport``'s Russian text on small pages with a running head and a page number
///   (`– 2 –`) in the footer of every page, and one paragraph broken across a page mid-word;
/// - a page holding only a picture (no text layer, as a scan);
/// - a short text exported encrypted with a password (LibreOffice's `EncryptFile` export option).
///
/// Tests that use them carry ``requiresLibreOffice``: skipped with a message where LibreOffice is
/// missing, run (and failing on its absence) when `CI` is set.
public enum PDFSamples {
    /// The PDFs made.
    public struct Files: Sendable {
        /// The telegram's Russian part.
        public let telegramRussian: String
        /// The telegram's English part.
        public let telegramEnglish: String
        /// The telegram's parts as the plain text files converted (`.txt` copies of the corpus files).
        public let telegramRussianText: String
        /// The English part as text.
        public let telegramEnglishText: String
        /// ``ExpeditionReport`` in Russian, several pages with a running head and page numbers.
        public let report: String
        /// ``ExpeditionReport`` in English, a plain text file.
        public let reportEnglishText: String
        /// One page with a picture and no text.
        public let scan: String
        /// A PDF that needs the password `secret` to open.
        public let encrypted: String
    }

    /// The path of LibreOffice's `soffice`, or nil.
    public static let soffice: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(directory)/soffice") {
            return "\(directory)/soffice"
        }
        return nil
    }()

    /// The trait of a test that needs the PDFs.
    public static let requiresLibreOffice: ConditionTrait = .enabled(
        if: TestPaths.inCI || soffice != nil,
        "needs LibreOffice (soffice) to make PDFs, not installed; run Scripts/install-test-tools.sh")

    /// Why the PDFs could not be made.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The PDFs, made on first use.
    public static func files() throws -> Files { try made.get() }

    private static let made: Result<Files, Error> = Result { try make() }

    private static let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("sverka-pdf-samples-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")

    private static func make() throws -> Files {
        guard let soffice else { throw Failure(description: "LibreOffice (soffice) is not installed; run Scripts/install-test-tools.sh") }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: PDFSamples.folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let ru = path("telegram-ru.txt"), en = path("telegram-en.txt")
        try FileManager.default.copyItem(atPath: TestPaths.russianTelegram, toPath: ru)
        try FileManager.default.copyItem(atPath: TestPaths.englishTelegram, toPath: en)
        try Data(ExpeditionReport.englishText.utf8).write(to: URL(fileURLWithPath: path("report-en.txt")))
        try Data(reportDocument().utf8).write(to: URL(fileURLWithPath: path("report-ru.fodt")))
        try Data(scanDocument().utf8).write(to: URL(fileURLWithPath: path("scan.fodt")))
        try Data("Секретный отчёт.\n\nЕго текст закрыт паролем.\n".utf8).write(to: URL(fileURLWithPath: path("secret.txt")))

        let text = "Text (encoded):UTF8,LF,,,"
        try convert(soffice, inputFilter: text, to: "pdf", [ru, en])
        try convert(soffice, to: "pdf", [path("report-ru.fodt"), path("scan.fodt")])
        let encryption = #"pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}"#
        try convert(soffice, inputFilter: text, to: encryption, [path("secret.txt")])
        let files = Files(telegramRussian: path("telegram-ru.pdf"), telegramEnglish: path("telegram-en.pdf"),
                          telegramRussianText: ru, telegramEnglishText: en,
                          report: path("report-ru.pdf"), reportEnglishText: path("report-en.txt"),
                          scan: path("scan.pdf"), encrypted: path("secret.pdf"))
        for pdf in [files.telegramRussian, files.telegramEnglish, files.report, files.scan, files.encrypted]
        where !FileManager.default.fileExists(atPath: pdf) {
            throw Failure(description: "LibreOffice made no \(pdf)")
        }
        return files
    }

    /// Runs `soffice --headless --convert-to format` on `files` (read through `inputFilter`, else
    /// the one LibreOffice picks) into the samples folder, with a profile of its own (so that it
    /// neither meets a running LibreOffice nor touches the user's), for 5 minutes at most.
    private static func convert(_ soffice: String, inputFilter: String? = nil, to format: String, _ files: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        let arguments = (inputFilter.map { ["--infilter=" + $0] } ?? []) + ["--convert-to", format, "--outdir", folder.path] + files
        process.arguments = ["-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                             "--headless", "--norestore"] + arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "soffice \(arguments.joined(separator: " ")) did not finish in 5 minutes")
        }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "soffice \(arguments.joined(separator: " ")) failed (exit \(process.terminationStatus))")
        }
    }

    // MARK: - Documents

    /// A flat OpenDocument text (`.fodt`) with `body` (paragraph elements) on A6 pages with
    /// `header` and `footer` (paragraph contents) on every page.
    static func flatDocument(body: String, header: String? = nil, footer: String? = nil) -> String {
        let head = header.map { #"<style:header><text:p text:style-name="Centred">\#($0)</text:p></style:header>"# } ?? ""
        let foot = footer.map { #"<style:footer><text:p text:style-name="Centred">\#($0)</text:p></style:footer>"# } ?? ""
        return #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:styles>
        <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm" fo:text-align="justify"/><style:text-properties fo:font-size="10pt" fo:hyphenate="false"/></style:style>
        <style:style style:name="Centred" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
        <style:style style:name="NewPage" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
        </office:styles>
        <office:automatic-styles>
        <style:page-layout style:name="Small"><style:page-layout-properties fo:page-width="10.5cm" fo:page-height="14.8cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
        </office:automatic-styles>
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Small">\#(head)\#(foot)</style:master-page></office:master-styles>
        <office:body><office:text>
        \#(body)
        </office:text></office:body>
        </office:document>
        """#
    }

    /// ``ExpeditionReport`` in Russian: the running head above and `– N –` below every page, the
    /// paragraph after the broken one starting a new page.
    static func reportDocument() -> String {
        let body = ExpeditionReport.russian.enumerated().map { index, paragraph in
            let style = index == ExpeditionReport.brokenParagraph + 1 ? "NewPage" : "Standard"
            return #"<text:p text:style-name="\#(style)">\#(escaped(paragraph))</text:p>"#
        }.joined(separator: "\n")
        return flatDocument(body: body, header: escaped(ExpeditionReport.runningHead),
                            footer: #"– <text:page-number text:select-page="current">1</text:page-number> –"#)
    }

    /// A page with a picture (a grey chequerboard, an uncompressed BMP) and no text.
    static func scanDocument() -> String {
        let picture = Data(chequerboard(width: 160, height: 120)).base64EncodedString()
        return flatDocument(body: #"<text:p text:style-name="Standard"><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="7cm" svg:height="5.25cm"><draw:image><office:binary-data>\#(picture)</office:binary-data></draw:image></draw:frame></text:p>"#)
    }

    /// A 24-bit BMP of `width` × `height` pixels, squares of 8 pixels alternating dark and light.
    static func chequerboard(width: Int, height: Int) -> [UInt8] {
        let row = (width * 3 + 3) / 4 * 4
        func le32(_ value: Int) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        func le16(_ value: Int) -> [UInt8] { (0..<2).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        var pixels: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width {
                let shade: UInt8 = (x / 8 + y / 8) % 2 == 0 ? 40 : 220
                pixels += [shade, shade, shade]
            }
            pixels += [UInt8](repeating: 0, count: row - width * 3)
        }
        let header: [UInt8] = Array("BM".utf8) + le32(54 + pixels.count) + le32(0) + le32(54)
            + le32(40) + le32(width) + le32(height) + le16(1) + le16(24) + le32(0) + le32(pixels.count)
            + le32(2835) + le32(2835) + le32(0) + le32(0)
        return header + pixels
    }

    /// `text` with XML's special characters escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
