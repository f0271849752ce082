import Foundation
import Testing
import SverkaIngest
import SverkaReaders
import SverkaTestSupport

@Suite("HTML reader")
struct HTMLReaderTests {
    /// A page in `charset`, with a head saying so in `declaration` ("" for none), two paragraphs.
    static func page(_ declaration: String, charset: String) throws -> [UInt8] {
        let html = "<html><head>\(declaration)<title>Заголовок окна</title></head><body>"
            + "<p>Шифровка получена вечером, и ответ отправлен утром.</p><p>Второй абзац, короче.</p></body></html>"
        return try encode(html, charset: charset)
    }

    /// `text` in `charset`, converted by iconv (glibc's, always there).
    static func encode(_ text: String, charset: String) throws -> [UInt8] {
        let scratch = try TemporaryDirectory()
        let input = try scratch.file("in.txt", text: text)
        try DocumentTools.run("iconv", ["-f", "UTF-8", "-t", charset, "-o", scratch.path("out.txt"), input], in: scratch.url)
        return try TestPaths.bytes(scratch.path("out.txt"))
    }

    static let russian = ["Шифровка получена вечером, и ответ отправлен утром.", "Второй абзац, короче."]

    @Test("the charset a page declares is honoured: <meta charset>, http-equiv, in windows-1251 and KOI8-R",
          arguments: [("<meta charset=\"windows-1251\">", "windows-1251"),
                      ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "KOI8-R"),
                      ("<meta charset=\"utf-8\">", "UTF-8")])
    func declaredCharset(declaration: String, charset: String) throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.file("page.html", bytes: try Self.page(declaration, charset: charset))
        let decoded = try ReaderTestSupport.read(path)
        #expect(ReaderTestSupport.paragraphs(decoded) == Self.russian)
        #expect(decoded.encoding.lowercased() == charset.lowercased())
    }

    @Test("a page that declares no charset: UTF-8 when it is UTF-8, else detected (windows-1251, KOI8-R), never Latin-1",
          arguments: ["UTF-8", "windows-1251", "KOI8-R"])
    func detectedCharset(charset: String) throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.file("page.htm", bytes: try Self.page("", charset: charset))
        let decoded = try ReaderTestSupport.read(path)
        #expect(ReaderTestSupport.paragraphs(decoded) == Self.russian)
        #expect(decoded.encoding.lowercased() == charset.lowercased())
    }

    @Test("--encoding overrides what the page declares")
    func namedEncoding() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.file("page.html", bytes: try Self.page("<meta charset=\"iso-8859-1\">", charset: "windows-1251"))
        #expect(ReaderTestSupport.paragraphs(try ReaderTestSupport.read(path, encoding: "windows-1251")) == Self.russian)
    }

    @Test("blocks are paragraphs; scripts, styles, navigation, hidden elements and the head are dropped; entities decoded; <br><br> ends a paragraph, one <br> is a space; a blank line in <pre> ends one")
    func structure() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Not text</title><style>p { color: red }</style></head>
        <body><nav><a href="#a">Contents</a></nav><script>var x = "<p>no</p>";</script>
        <h1>Title &amp; subtitle</h1><div>Loose text<p>Inner &#1046; &mdash; &eacute;</p>after</div>
        <p>One<br>line<br/><br>Two</p><ul><li>Item <b>bold</b></li><li>Item two</li></ul>
        <table><tr><td>A</td><td>B</td></tr></table><p hidden>Hidden</p><noscript>Enable scripts</noscript>
        <pre>first
        still first

        second</pre></body></html>
        """
        let scratch = try TemporaryDirectory()
        let path = try scratch.file("page.xhtml", text: html)
        #expect(try ReaderTestSupport.paragraphs(of: path) == [
            "Title & subtitle", "Loose text", "Inner Ж — é", "after", "One line", "Two", "Item bold", "Item two", "A", "B",
            "first still first", "second",
        ])
    }

    @Test("an HTML page made by pandoc from the telegram reads as the plain text's paragraphs",
          .enabled(if: DocumentTools.hasPandoc, DocumentTools.noPandoc))
    func telegram() throws {
        let scratch = try TemporaryDirectory()
        let markdown = try DocumentTools.telegramMarkdown("en", in: scratch.url)
        let html = try DocumentTools.pandoc(markdown, to: "en.html", in: scratch.url, options: ["-s", "--metadata", "pagetitle=Telegram"])
        let paragraphs = try ReaderTestSupport.paragraphs(of: html)
        #expect(paragraphs.first == "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY")
        #expect(paragraphs.contains("Copy to Comrade LI KENONG."))
        #expect(paragraphs.last == "[…]") // pandoc's typography: "..." is an ellipsis
    }

    @Test("a page nested 200 elements deep is read; one nested a hundred thousand deep is a one-line error, no stack overflow")
    func deepNesting() throws {
        func page(_ depth: Int) -> String {
            "<html><body>" + String(repeating: "<div><span>", count: depth / 2) + "deep" + String(repeating: "</span></div>", count: depth / 2) + "</body></html>"
        }
        let scratch = try TemporaryDirectory()
        #expect(try ReaderTestSupport.paragraphs(of: try scratch.file("fine.html", text: page(200))) == ["deep"])
        let deep = try scratch.file("deep.html", text: page(100_000))
        #expect(throws: InputError.unreadableDocument(path: deep, format: "HTML", reason: "line 1: elements nested too deep (more than 256 levels)")) {
            try ReaderTestSupport.read(deep)
        }
    }
}
