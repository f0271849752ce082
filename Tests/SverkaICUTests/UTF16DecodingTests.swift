import Testing
import SverkaICU

@Suite("String(utf16Units:)")
struct UTF16DecodingTests {
    @Test("agrees with the standard library's decoding, lone surrogates included", arguments: [
        [UInt16](),
        Array("plain ASCII".utf16),
        Array("Шифртелеграмма № 21646, т. Сталину".utf16),
        Array("emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, CJK 毛泽东".utf16),
        [0x0041, 0xD800, 0x0042],          // lone high surrogate
        [0xDC00, 0x0041],                  // lone low surrogate first
        [0xD83D],                          // high surrogate at the end
        [0xD83D, 0xD83D, 0xDE00],          // a high surrogate, then a pair
        [0x007F, 0x0080, 0x07FF, 0x0800, 0xFFFF],
    ])
    func agreesWithStandardLibrary(units: [UInt16]) {
        #expect(String(utf16Units: units) == String(decoding: units, as: UTF16.self))
        #expect(String(utf16Units: units[...]) == String(decoding: units, as: UTF16.self))
    }

    @Test("slices decode only their own units")
    func slices() {
        let units = Array("Сталину 1952".utf16)
        #expect(String(utf16Units: units[0..<7]) == "Сталину")
        #expect(String(utf16Units: units[8...]) == "1952")
    }

    @Test("the result is exactly as long as its UTF-8 form (no slack kept)")
    func exactSize() {
        let text = "Получено 12 июля 1952 г."
        let decoded = String(utf16Units: Array(text.utf16))
        #expect(decoded.utf8.count == text.utf8.count)
        #expect(decoded == text)
    }
}
