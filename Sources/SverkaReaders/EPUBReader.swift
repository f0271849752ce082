import Foundation
import SverkaIngest

/// Reads an EPUB file (2 or 3): `META-INF/container.xml` names the package document (OPF), whose
/// spine lists the content documents in reading order; each is read by ``HTMLReader`` (the
/// navigation document's `<nav>` is left out as everywhere). Items the spine marks non-linear
/// (`linear="no"`: notes, pop-ups) come after the linear ones.
///
/// A spine item that is missing — not in the manifest, or not in the archive — is a warning
/// naming it, and the book is read without it (the text the file holds is still aligned; the
/// warning says what is not there). A spine item that is not (X)HTML (an image, SVG) is skipped
/// with a warning. A book none of whose spine items can be read is an error.
struct EPUBReader {
    /// The largest input, in bytes (for ``HTMLReader``'s charset detection).
    let limit: Int

    /// An entry of the manifest.
    private struct Item {
        var href: String
        var mediaType: String
    }

    /// Reads the EPUB archive `package`.
    func read(_ package: ZipPackage) throws -> ExtractedText {
        let name = package.path
        func failure(_ reason: String) -> InputError {
            InputError.unreadableDocument(path: name, format: "EPUB", reason: reason)
        }
        guard let rootfile = Self.firstAttribute("full-path", of: "rootfile", in: try package.xml("META-INF/container.xml")),
              !rootfile.isEmpty else {
            throw failure("META-INF/container.xml names no package document")
        }
        let opf = try package.xml(rootfile)
        var manifest: [String: Item] = [:]
        var spine: [(id: String, linear: Bool)] = []
        for case .start(let element) in opf {
            switch element.name {
            case "item":
                if let id = element.attribute("id"), let href = element.attribute("href") {
                    manifest[id] = Item(href: href, mediaType: element.attribute("media-type") ?? "")
                }
            case "itemref":
                if let id = element.attribute("idref") { spine.append((id, element.attribute("linear") != "no")) }
            default: break
            }
        }
        if spine.isEmpty { throw failure("\(rootfile) has an empty spine") }
        let ordered = spine.filter(\.linear) + spine.filter { !$0.linear }
        let base = rootfile.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)

        var result = ExtractedText()
        var read = 0
        for reference in ordered {
            guard let item = manifest[reference.id] else {
                result.warnings.append("\(name): spine item '\(reference.id)' is not in the manifest of \(rootfile); the book is read without it")
                continue
            }
            let path = Self.resolve(item.href, against: base)
            guard item.mediaType.isEmpty || item.mediaType.contains("html") else {
                result.warnings.append("\(name): spine item \(path) is \(item.mediaType), not (X)HTML; skipped")
                continue
            }
            guard let bytes = try package.read(path) else {
                result.warnings.append("\(name): spine item \(path) is missing from the archive; the book is read without it")
                continue
            }
            let part = try HTMLReader(limit: limit).read(bytes, name: "\(name) (\(path))", encoding: nil)
            result.paragraphs += part.paragraphs
            result.warnings += part.warnings
            read += 1
        }
        if read == 0 { throw failure("none of the documents its spine lists can be read") }
        return result
    }

    /// The value of `attribute` on the first element named `element` (any namespace).
    private static func firstAttribute(_ attribute: String, of element: String, in events: [MarkupEvent]) -> String? {
        for case .start(let started) in events where started.name == element {
            return started.attribute(attribute)
        }
        return nil
    }

    /// The archive path of `href` (percent-encoded, maybe with a fragment), relative to the folder
    /// `base` (path segments), with `.` and `..` resolved.
    static func resolve(_ href: String, against base: [String]) -> String {
        let withoutFragment = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? href
        let decoded = withoutFragment.removingPercentEncoding ?? withoutFragment
        var segments = decoded.hasPrefix("/") ? [] : base
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}
