import Testing
@testable import SverkaWrite

@Suite("XMLEscaping")
struct XMLEscapingTests {
    @Test("Markup characters in text: & < > escaped, quotes kept, CR as a reference")
    func text() {
        #expect(XMLEscaping.text("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; \"d\" 'e'")
        #expect(XMLEscaping.text("]]>") == "]]&gt;")
        #expect(XMLEscaping.text("x\r\ny\tz") == "x&#13;\ny\tz")
        #expect(XMLEscaping.text("") == "")
        #expect(XMLEscaping.text("Сталину 👍🏽 é") == "Сталину 👍🏽 é")
    }

    @Test("Attributes: quotes, apostrophes and white space that normalisation would eat")
    func attribute() {
        #expect(XMLEscaping.attribute("a\"b'c&<>") == "a&quot;b&apos;c&amp;&lt;&gt;")
        #expect(XMLEscaping.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    }

    @Test("Characters XML 1.0 forbids become U+FFFD; allowed ones pass", arguments: [
        ("\u{0}", "\u{FFFD}"), ("\u{1}\u{8}", "\u{FFFD}\u{FFFD}"), ("\u{B}\u{C}", "\u{FFFD}\u{FFFD}"),
        ("\u{1F}", "\u{FFFD}"), ("\u{FFFE}", "\u{FFFD}"), ("\u{FFFF}", "\u{FFFD}"),
        ("\u{FFFD}", "\u{FFFD}"), ("\u{7F}\u{85}\u{9F}", "\u{7F}\u{85}\u{9F}"), (String(Unicode.Scalar(0xFDD0)!), String(Unicode.Scalar(0xFDD0)!)),
        (String(Unicode.Scalar(0x10FFFF)!), String(Unicode.Scalar(0x10FFFF)!)), ("\u{D7FF}\u{E000}", "\u{D7FF}\u{E000}"),
    ])
    func forbidden(input: String, expected: String) {
        #expect(XMLEscaping.text(input) == expected)
        #expect(XMLEscaping.attribute(input) == expected)
        #expect(XMLEscaping.replacingForbidden(input) == expected)
    }

    @Test("Invalid UTF-16 decodes to U+FFFD, which is allowed and kept")
    func invalidUTF16() {
        let broken = String(decoding: [0xD800, 0x41, 0xDC00] as [UInt16], as: UTF16.self)
        #expect(broken == "\u{FFFD}A\u{FFFD}")
        #expect(XMLEscaping.text(broken) == broken)
        #expect(broken.unicodeScalars.allSatisfy(XMLEscaping.isAllowed))
    }

    @Test("isAllowed follows the XML 1.0 Char production at its edges")
    func edges() {
        let allowed: [UInt32] = [0x9, 0xA, 0xD, 0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF]
        let forbidden: [UInt32] = [0x0, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF]
        #expect(allowed.compactMap(Unicode.Scalar.init).allSatisfy(XMLEscaping.isAllowed))
        #expect(!forbidden.compactMap(Unicode.Scalar.init).contains(where: XMLEscaping.isAllowed))
    }

    @Test("replacingForbidden leaves a clean string untouched")
    func clean() {
        #expect(XMLEscaping.replacingForbidden("a <b> & c") == "a <b> & c")
    }
}
