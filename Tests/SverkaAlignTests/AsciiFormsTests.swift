import Testing
@testable import SverkaAlign

@Suite("AsciiForms")
struct AsciiFormsTests {
    @Test("words become their lower-case ASCII letters, packed or not")
    func forms() {
        let forms = AsciiForms(language: "ru")
        #expect(forms.form(of: "сталину") == "stalinu")
        // Nine letters are not packed, their first eight are: both go through the same transform.
        #expect(forms.form(of: "президент").hasPrefix(forms.form(of: "президен")))
        #expect(forms.form(of: "президен") == "preziden")
        #expect(forms.form(of: "1952-го") == "go")
        #expect(forms.form(of: "сталину") == "stalinu") // remembered
        #expect(AsciiForms(language: "en").form(of: "don't") == "dont")
    }

    @Test("packed keys tell words apart, lengths included, and leave other scripts out")
    func keys() {
        let words = ["a", "aa", "\u{0}a", "ab", "ba", "ёлка", "Ёлка", "абвгдежз", "zzzzzzzz"]
        let keys = words.compactMap(AsciiForms.packedKey)
        #expect(keys.count == words.count)
        #expect(Set(keys).count == words.count)
        #expect(AsciiForms.packedKey("абвгдежзи") == nil) // nine characters
        #expect(AsciiForms.packedKey("αβγ") == nil)
        #expect(AsciiForms.packedKey("ѣ") == nil)         // U+0463, past basic Cyrillic
    }
}
