import Testing
@testable import SverkaSegment

@Suite("MarkupMask")
struct MarkupMaskTests {
    static func masked(_ text: String) -> String {
        String(decoding: MarkupMask.mask(ArraySlice(Array(text.utf16))), as: UTF16.self)
    }

    @Test("Markup becomes spaces in place; everything else stays", arguments: [
        ("**СОВЕРШЕННО СЕКРЕТНО**", "  СОВЕРШЕННО СЕКРЕТНО  "),
        ("*Герасимов* (ГЕРАСИМОВ)", " Герасимов  (ГЕРАСИМОВ)"),
        ("# ВТОРОЕ ГЛАВНОЕ УПРАВЛЕНИЕ", "  ВТОРОЕ ГЛАВНОЕ УПРАВЛЕНИЕ"),
        ("## ШИФРТЕЛЕГРАММА № 21646", "   ШИФРТЕЛЕГРАММА № 21646"),
        ("###### six", "       six"),
        ("№ \\_\\_\\_", "№  _ _ _"),
        ("2 * 3 = 6", "2 * 3 = 6"),
        ("a*b*c", "a*b*c"),
        ("#hashtag", "#hashtag"),
        ("####### seven", "####### seven"),
        ("Серия \"Г\"  \nТ", "Серия \"Г\"   Т"),
        ("line one\n# heading", "line one   heading"),
        ("a \\\\ b", "a  \\ b"),
        ("C:\\path", "C:\\path"),
        ("***both***", "   both   "),
        ("", ""),
    ])
    func mask(input: String, expected: String) {
        let result = Self.masked(input)
        #expect(result == expected)
        #expect(result.utf16.count == input.utf16.count)
    }

    @Test("Masking keeps every offset: the non-markup characters are where they were")
    func offsetsKept() {
        let text = "**Экз.** № 2 и *Лист* „ 2 “\nПродолжение № \\_\\_"
        let original = Array(text.utf16)
        let masked = MarkupMask.mask(ArraySlice(original))
        #expect(masked.count == original.count)
        for (o, m) in zip(original, masked) where o != m {
            #expect(m == 0x20)
            #expect([0x2A, 0x23, 0x5C, 0x0A].contains(o)) // * # \ and the line break
        }
    }

    @Test("A slice that does not start at index 0 is masked the same way")
    func sliceIndices() {
        let units = Array("xx*курсив* конец".utf16)
        let slice = units[2...]
        #expect(String(decoding: MarkupMask.mask(slice), as: UTF16.self) == " курсив  конец")
    }

    @Test("Collapsing white space trims the ends and joins runs", arguments: [
        ("  СОВЕРШЕННО СЕКРЕТНО    Снятие  ", "СОВЕРШЕННО СЕКРЕТНО Снятие"),
        ("Экз. № 1\tтов. Сталину", "Экз. № 1 тов. Сталину"),
        ("a\u{A0}\u{2003}b\u{3000}", "a b"),
        ("   ", ""),
        ("", ""),
    ])
    func collapse(input: String, expected: String) {
        #expect(MarkupMask.collapseWhitespace(ArraySlice(Array(input.utf16))) == expected)
    }

    @Test("White space is ASCII space, tab, line ends, NBSP and the Unicode spaces, not letters or ZWSP")
    func whitespace() {
        for unit: UInt16 in [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0xA0, 0x2003, 0x2028, 0x2029, 0x202F, 0x3000, 0xFEFF] {
            #expect(MarkupMask.isWhitespace(unit), "U+\(String(unit, radix: 16))")
        }
        for unit: UInt16 in [0x41, 0x0421, 0x200B, 0x5F, 0x2A, 0x00] {
            #expect(!MarkupMask.isWhitespace(unit), "U+\(String(unit, radix: 16))")
        }
    }
}
