import CSverkaXML

/// Parses XML and HTML with the system libxml2 (through CSverkaXML) into ``MarkupEvent``s.
/// No network access, no external DTD, no expansion of entities a document declares.
enum MarkupParser {
    /// Why a document could not be parsed: libxml2's first error, one line.
    struct Failure: Error {
        /// The error, one line ("line 3: Opening and ending tag mismatch: …").
        let message: String
    }

    /// Parses well-formed XML; a well-formedness error throws ``Failure``.
    static func parseXML(_ bytes: [UInt8]) throws -> [MarkupEvent] {
        try parse(bytes, kind: SV_XML_KIND_XML, encoding: nil).events
    }

    /// Parses HTML or XHTML the way browsers read it (errors recovered from). `encoding` (an iconv
    /// name) overrides what the document declares; the result tells the encoding the document
    /// declared when none was given ("" when it declared none).
    static func parseHTML(_ bytes: [UInt8], encoding: String?) throws -> (events: [MarkupEvent], declaredEncoding: String) {
        try parse(bytes, kind: SV_XML_KIND_HTML, encoding: encoding)
    }

    private static func parse(_ bytes: [UInt8], kind: sv_xml_kind, encoding: String?) throws -> (events: [MarkupEvent], declaredEncoding: String) {
        var result = sv_xml_result()
        let status = bytes.withUnsafeBufferPointer { buffer in
            if let encoding {
                return sv_xml_parse(buffer.baseAddress, buffer.count, Int32(kind.rawValue), encoding, &result)
            }
            return sv_xml_parse(buffer.baseAddress, buffer.count, Int32(kind.rawValue), nil, &result)
        }
        defer { sv_xml_free(&result) }
        if status != 0 {
            throw Failure(message: withUnsafeBytes(of: result.error) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) })
        }
        let declared = withUnsafeBytes(of: result.declared_encoding) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard let events = result.events else { return ([], declared) }
        return (decodeEvents(UnsafeBufferPointer(start: events, count: result.length)), declared)
    }

    /// The events of the stream described in sverka_xml.h.
    static func decodeEvents(_ stream: UnsafeBufferPointer<UInt8>) -> [MarkupEvent] {
        var events: [MarkupEvent] = []
        var index = 0
        let count = stream.count
        /// The bytes from `index` up to the next mark (a byte 0x01–0x08 or 0x1F).
        func field() -> String {
            let start = index
            while index < count, stream[index] > 0x08, stream[index] != 0x1F { index += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: stream[start..<index]), as: UTF8.self)
        }
        func skipSeparator() { if index < count, stream[index] == 0x1F { index += 1 } }
        var current: MarkupElement?
        while index < count {
            let mark = stream[index]
            index += 1
            switch mark {
            case 0x01:
                let namespace = field(); skipSeparator()
                current = MarkupElement(namespace: namespace, name: field(), attributes: [])
            case 0x02:
                let namespace = field(); skipSeparator()
                let name = field(); skipSeparator()
                current?.attributes.append(MarkupAttribute(namespace: namespace, name: name, value: field()))
            case 0x03:
                if let element = current { events.append(.start(element)) }
                current = nil
            case 0x04:
                events.append(.text(field()))
            case 0x05:
                events.append(.end)
            default:
                break
            }
        }
        return events
    }
}
