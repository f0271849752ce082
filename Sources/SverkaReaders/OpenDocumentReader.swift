/// Reads an ODT file (OpenDocument text): the paragraphs and headings of `content.xml`'s body in
/// order — list items and table cells each their own — then its notes, footnotes before
/// endnotes, each in body order and labelled with the citation the document gives it (`[1] …`).
///
/// A note is taken out of the paragraph it sits in, so it does not break it. Tracked changes are
/// read as accepted (the deleted text kept in `text:tracked-changes` is dropped; inserted text is
/// already in the body); line breaks, tabs and `text:s` are spaces. Comments (`office:annotation`)
/// and the descriptions of drawings are not read.
struct OpenDocumentReader {
    /// The text namespace (`text:`).
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    /// The office namespace (`office:`).
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    /// The SVG-compatible namespace (`svg:title`, `svg:desc`).
    static let svgNamespace = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"

    /// A note being read.
    private struct Note {
        var endnote: Bool
        var label = ""
        var paragraphs = ParagraphSlots()
    }

    /// Reads the ODT archive `package`.
    func read(_ package: ZipPackage) throws -> ExtractedText {
        read(events: try package.xml("content.xml"))
    }

    /// Reads the events of a `content.xml`.
    func read(events: [MarkupEvent]) -> ExtractedText {
        var body = ParagraphSlots()
        var footnotes: [String] = []
        var endnotes: [String] = []
        var note: Note?
        var open: [Role] = []
        var skipped = 0
        var inBody = 0
        for event in events {
            switch event {
            case .start(let element):
                if skipped > 0 { skipped += 1; continue }
                let role = Self.role(of: element)
                switch role {
                case .dropped: skipped = 1; continue
                case .body: inBody += 1
                case .paragraph:
                    if note != nil { note?.paragraphs.begin() } else { body.begin() }
                case .space:
                    if note != nil { note?.paragraphs.append(" ") } else { body.append(" ") }
                case .note:
                    if note == nil { note = Note(endnote: element.attribute("note-class", namespace: Self.textNamespace) == "endnote") }
                case .citation, .other: break
                }
                open.append(role)
            case .text(let text):
                guard skipped == 0, inBody > 0 else { continue }
                if open.last == .citation {
                    note?.label += text
                } else if note != nil {
                    note?.paragraphs.append(text)
                } else {
                    body.append(text)
                }
            case .end:
                if skipped > 0 { skipped -= 1; continue }
                switch open.popLast() {
                case .body?: inBody -= 1
                case .paragraph?:
                    if note != nil { note?.paragraphs.end() } else { body.end() }
                case .note?:
                    if let finished = note, !open.contains(.note) {
                        let labelled = NoteLabel.labelled(finished.paragraphs.paragraphs, label: ParagraphText.collapsed(finished.label))
                        if finished.endnote { endnotes += labelled } else { footnotes += labelled }
                        note = nil
                    }
                default: break
                }
            }
        }
        var result = ExtractedText()
        result.paragraphs = body.paragraphs
        result.notes = footnotes + endnotes
        return result
    }

    /// What an element means for the text.
    enum Role {
        case body, paragraph, space, note, citation, dropped, other
    }

    static func role(of element: MarkupElement) -> Role {
        switch element.namespace {
        case officeNamespace:
            switch element.name {
            case "body": return .body
            case "annotation", "annotation-end": return .dropped
            default: return .other
            }
        case textNamespace:
            switch element.name {
            case "p", "h": return .paragraph
            case "s", "tab", "line-break": return .space
            case "note": return .note
            case "note-citation": return .citation
            case "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls": return .dropped
            default: return .other
            }
        case svgNamespace:
            return element.name == "title" || element.name == "desc" ? .dropped : .other
        default:
            return .other
        }
    }
}
