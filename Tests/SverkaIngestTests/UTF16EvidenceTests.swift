import Testing
@testable import SverkaIngest

@Suite("UTF16Evidence")
struct UTF16EvidenceTests {
    static let utf8WithNUL: [UInt8] = {
        var bytes = Array("Первая строка.".utf8)
        bytes += [0x00, 0x01]
        bytes += Array("тья.\n".utf8)
        return bytes
    }()

    @Test("NUL bytes on one side of each pair name the byte order", arguments: [
        ([0x1C, 0x04, 0x20, 0x00, 0x2E, 0x00] as [UInt8], "UTF-16LE"),   // "М ." little-endian
        ([0x04, 0x1C, 0x00, 0x20, 0x00, 0x2E] as [UInt8], "UTF-16BE"),
        ([0x41, 0x00, 0x00, 0x42] as [UInt8], nil),                      // NULs on both sides
        ([0x41, 0x00, 0x42] as [UInt8], nil),                            // odd length
        (Array("no NUL at all".utf8), nil),
        // UTF-8 Cyrillic with one NUL: the "high" bytes take many values.
        (UTF16EvidenceTests.utf8WithNUL, nil),
    ])
    func byteOrder(bytes: [UInt8], expected: String?) {
        #expect(UTF16Evidence.byteOrder(bytes) == expected)
    }

    @Test("Decoded UTF-16 reads as text when it has spaces or line breaks")
    func looksLikeText() {
        #expect(UTF16Evidence.looksLikeText(Array("Мир.\n".utf16)))
        #expect(!UTF16Evidence.looksLikeText([0x0041, 0x0A42]))   // "A\0B\n" read as UTF-16LE
        #expect(!UTF16Evidence.looksLikeText(Array(repeating: 0x0436, count: 150) + [0x20]))
    }
}
