import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Well-formedness of XML text, by Foundation's `XMLParser` (libxml2 on Linux).
public enum XMLCheck {
    /// Why `xml` is not well-formed XML, or nil when it is.
    public static func problem(in xml: String) -> String? {
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldResolveExternalEntities = false
        if parser.parse() { return nil }
        let error = parser.parserError.map { "\($0)" } ?? "unknown error"
        return "line \(parser.lineNumber), column \(parser.columnNumber): \(error)"
    }
}
