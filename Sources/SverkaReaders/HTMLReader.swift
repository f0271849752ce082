import SverkaIngest

/// Reads HTML or XHTML with libxml2's HTML parser: each block element (paragraph, heading, list
/// item, table cell, block quote, division, …) is a paragraph, and so is text between blocks; two
/// line breaks in a row (`<br><br>`) end a paragraph, one is a space; a blank line inside `<pre>`
/// ends one. Entities are decoded. The head, scripts, styles, navigation (`<nav>`), templates,
/// forms' controls, embedded SVG and MathML, and elements marked `hidden` are left out.
///
/// The charset: the one named by the caller (`--encoding`), else the one the document declares
/// (byte-order mark, `<meta charset>`, `<meta http-equiv="Content-Type">`, XML declaration), else
/// UTF-8 when the bytes are valid UTF-8, else the one ``InputDecoder`` detects (windows-1251,
/// KOI8-R, …) — never libxml2's own fallback, Latin-1.
struct HTMLReader {
    /// The largest input, in bytes.
    let limit: Int

    /// Elements whose start and end break paragraphs.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Elements left out with all they hold.
    static let dropped: Set<String> = [
        "head", "script", "style", "template", "nav", "noscript", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "select", "textarea", "button", "rp", "rt",
    ]

    /// Reads `bytes`, the file `name`; `encoding` overrides the charset (any ICU charset name).
    func read(_ bytes: [UInt8], name: String, encoding: String?) throws -> ExtractedText {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw InputError.unreadableDocument(path: name, format: "HTML", reason: "a zip archive, not HTML")
        }
        var result = ExtractedText()
        let events: [MarkupEvent]
        if let encoding {
            // Decoded strictly by ICU, as a plain text file would be, then parsed as UTF-8.
            let decoded = try InputDecoder(maxInputBytes: limit).decode(bytes, name: name, encoding: encoding)
            events = try parse(Array(decoded.text.utf8), name: name, encoding: "UTF-8").events
            result.encoding = encoding
            result.encodingWasDetected = false
        } else {
            if !Self.hasByteOrderMark(bytes), let nul = bytes.firstIndex(of: 0) {
                throw InputError.binary(path: name, line: bytes[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) })
            }
            let first = try parse(bytes, name: name, encoding: nil)
            if !first.declaredEncoding.isEmpty {
                events = first.events
                result.encoding = first.declaredEncoding
            } else if Self.hasByteOrderMark(bytes) {
                events = first.events
            } else if String(validating: bytes, as: UTF8.self) != nil {
                // libxml2 reads a page that declares nothing as Latin-1: UTF-8 is said outright.
                events = try parse(bytes, name: name, encoding: "UTF-8").events
            } else {
                let decoded = try InputDecoder(maxInputBytes: limit).decode(bytes, name: name, encoding: nil)
                events = try parse(Array(decoded.text.utf8), name: name, encoding: "UTF-8").events
                result.encoding = decoded.encoding
            }
        }
        result.paragraphs = Self.paragraphs(events)
        return result
    }

    private func parse(_ bytes: [UInt8], name: String, encoding: String?) throws -> (events: [MarkupEvent], declaredEncoding: String) {
        do {
            return try MarkupParser.parseHTML(bytes, encoding: encoding)
        } catch let failure as MarkupParser.Failure {
            throw InputError.unreadableDocument(path: name, format: "HTML", reason: failure.message)
        }
    }

    private static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// The paragraphs of a parsed HTML document.
    static func paragraphs(_ events: [MarkupEvent]) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var breaks = 0          // line breaks since the last text that is not white space
        var open: [String] = []
        var skipped = 0
        var preformatted = 0
        func flush() {
            let text = ParagraphText.collapsed(current)
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
            breaks = 0
        }
        for event in events {
            switch event {
            case .start(let element):
                if skipped > 0 { skipped += 1; continue }
                let name = element.name.lowercased()
                if dropped.contains(name) || element.attribute("hidden") != nil { skipped = 1; continue }
                open.append(name)
                if blocks.contains(name) { flush() }
                if name == "pre" { preformatted += 1 }
                if name == "br" {
                    breaks += 1
                    if breaks >= 2 { flush() } else { current += " " }
                }
            case .text(let text):
                guard skipped == 0 else { continue }
                if preformatted > 0 {
                    // A blank line inside <pre> ends a paragraph.
                    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    current += lines.removeFirst()
                    for line in lines {
                        if line.allSatisfy(\.isWhitespace) { flush() } else { current += "\n" + line }
                    }
                } else {
                    current += text
                }
                if text.unicodeScalars.contains(where: { !ParagraphText.isCollapsible($0) }) { breaks = 0 }
            case .end:
                if skipped > 0 { skipped -= 1; continue }
                guard let name = open.popLast() else { continue }
                if name == "pre" { preformatted -= 1 }
                if blocks.contains(name) { flush() }
            }
        }
        flush()
        return paragraphs
    }
}
