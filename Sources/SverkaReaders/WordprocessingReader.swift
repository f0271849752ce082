/// Reads a DOCX file (Office Open XML, transitional or strict): the paragraphs of
/// `word/document.xml` in order — headings, list items and table cells each their own — then the
/// footnotes (`word/footnotes.xml`) and endnotes (`word/endnotes.xml`) in the order the body refers
/// to them, labelled `[1]`, `[2]`, … and `[i]`, `[ii]`, ….
///
/// Tracked changes are read as accepted (insertions and moves kept, deletions and moved-from text
/// dropped); line breaks, carriage returns and tabs are spaces; field codes, deleted text and the
/// fallback copies of markup-compatibility blocks are left out. Headers, footers and comments are
/// not read (page furniture and remarks, not the text).
struct WordprocessingReader {
    /// The namespaces of WordprocessingML: transitional, strict.
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    /// The markup-compatibility namespace (`mc:AlternateContent`).
    static let compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Reads the DOCX archive `package`.
    func read(_ package: ZipPackage) throws -> ExtractedText {
        let body = walk(try package.xml("word/document.xml"))
        var result = ExtractedText()
        result.paragraphs = body.paragraphs.paragraphs
        for (file, element, label) in [("word/footnotes.xml", "footnote", NoteLabel.footnote(_:)),
                                       ("word/endnotes.xml", "endnote", NoteLabel.endnote(_:))] {
            guard let events = try package.optionalXML(file) else { continue }
            let notes = Self.notes(events, element: element)
            let referenced = element == "footnote" ? body.footnotes : body.endnotes
            var order = referenced.filter { notes[$0] != nil }
            var seen = Set(order)
            for (id, _) in notes.sorted(by: { $0.value.position < $1.value.position }) where !seen.contains(id) {
                order.append(id)
                seen.insert(id)
            }
            for (number, id) in order.enumerated() {
                result.notes += NoteLabel.labelled(notes[id]?.paragraphs ?? [], label: label(number + 1))
            }
        }
        return result
    }

    /// What the walk of a part found: its paragraphs, and the notes it refers to (ids, first
    /// reference first).
    struct Walk {
        var paragraphs = ParagraphSlots()
        var footnotes: [String] = []
        var endnotes: [String] = []
    }

    /// Walks the events of a WordprocessingML part.
    func walk(_ events: some Sequence<MarkupEvent>) -> Walk {
        var result = Walk()
        var open: [Role] = []
        var skipped = 0
        for event in events {
            switch event {
            case .start(let element):
                if skipped > 0 { skipped += 1; continue }
                let role = Self.role(of: element)
                switch role {
                case .dropped: skipped = 1; continue
                case .paragraph: result.paragraphs.begin()
                case .space: result.paragraphs.append(" ")
                case .hyphen: result.paragraphs.append("-")
                case .footnoteReference:
                    if let id = element.attribute("id"), !result.footnotes.contains(id) { result.footnotes.append(id) }
                case .endnoteReference:
                    if let id = element.attribute("id"), !result.endnotes.contains(id) { result.endnotes.append(id) }
                case .text, .other: break
                }
                open.append(role)
            case .text(let text):
                if skipped == 0, open.last == .text { result.paragraphs.append(text) }
            case .end:
                if skipped > 0 { skipped -= 1; continue }
                if open.popLast() == .paragraph { result.paragraphs.end() }
            }
        }
        return result
    }

    /// The notes of `footnotes.xml` or `endnotes.xml` (`element`: "footnote" or "endnote") by id,
    /// with their place in the file; separators and continuation marks are no notes.
    static func notes(_ events: [MarkupEvent], element: String) -> [String: (position: Int, paragraphs: [String])] {
        var notes: [String: (position: Int, paragraphs: [String])] = [:]
        var depth = 0
        var current: (id: String, start: Int)?
        for (index, event) in events.enumerated() {
            switch event {
            case .start(let started):
                depth += 1
                if current == nil, started.isNamed(element, in: namespaces),
                   started.attribute("type").map({ $0 == "normal" }) ?? true, let id = started.attribute("id") {
                    current = (id, index)
                    depth = 1
                }
            case .end:
                depth -= 1
                if let note = current, depth == 0 {
                    let paragraphs = WordprocessingReader().walk(events[(note.start + 1)..<index]).paragraphs.paragraphs
                    notes[note.id] = (note.start, paragraphs)
                    current = nil
                }
            case .text: break
            }
        }
        return notes
    }

    /// What an element means for the text.
    enum Role {
        case paragraph, text, space, hyphen, footnoteReference, endnoteReference, dropped, other
    }

    static func role(of element: MarkupElement) -> Role {
        if element.namespace == compatibility { return element.name == "Fallback" ? .dropped : .other }
        guard namespaces.contains(element.namespace) else { return .other }
        switch element.name {
        case "p": return .paragraph
        case "t": return .text
        case "tab", "br", "cr", "ptab": return .space
        case "noBreakHyphen": return .hyphen
        // Deleted and moved-away text (accepted changes), field codes, the deleted paragraph marks'
        // runs, and what is not body text: comments' anchors hold no text; headers and footers are other parts.
        case "del", "moveFrom", "delText", "instrText", "delInstrText": return .dropped
        case "footnoteReference": return .footnoteReference
        case "endnoteReference": return .endnoteReference
        default: return .other
        }
    }
}
