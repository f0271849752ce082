import Testing
@testable import SverkaICU

@Suite("Script: ICU's Script property")
struct ScriptTests {
    @Test("Letters get their script, digits and punctuation are common", arguments: [
        ("С", Script.cyrillic), ("ё", .cyrillic), ("S", .latin), ("é", .latin), ("1", .common), (".", .common),
        (" ", .common), ("—", .common), ("№", .common), ("α", .greek), ("中", .han), ("א", .hebrew), ("ب", .arabic),
        ("\u{301}", .common), ("ა", .other("Geor")),
    ] as [(Unicode.Scalar, Script)])
    func scriptOf(scalar: Unicode.Scalar, expected: Script) {
        #expect(Script(of: scalar) == expected)
    }
}
