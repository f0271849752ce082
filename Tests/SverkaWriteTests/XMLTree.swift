import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, for reading the writers' XML back in tests (Foundation's `XMLParser`,
/// which is libxml2 on Linux: a real XML 1.0 parser that rejects ill-formed input).
final class XMLTree {
    /// The element's name as written (with its prefix, e.g. `xml:lang` stays in the attributes).
    let name: String
    /// Its attributes, with character references resolved.
    let attributes: [String: String]
    /// Its child elements, in order.
    private(set) var children: [XMLTree] = []
    /// Its own character data (not its children's), references resolved.
    private(set) var text = ""

    private init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The child elements named `name`.
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// All descendants named `name`, in document order.
    func descendants(_ name: String) -> [XMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    /// All text inside the element, its children's included.
    var allText: String { text + children.map(\.allText).joined() }

    /// An error naming the parser's complaint.
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    /// The root element of `xml`; throws if `xml` is not well-formed.
    static func parse(_ xml: String) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(description: "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "no root")")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let element = XMLTree(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
