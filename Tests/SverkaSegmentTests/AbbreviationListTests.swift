import Testing
@testable import SverkaSegment

@Suite("AbbreviationList")
struct AbbreviationListTests {
    @Test("Built-in lists by primary language subtag")
    func builtIn() {
        #expect(AbbreviationList.builtIn(for: "ru") == .russian)
        #expect(AbbreviationList.builtIn(for: "ru_RU") == .russian)
        #expect(AbbreviationList.builtIn(for: "en-GB") == .english)
        #expect(AbbreviationList.builtIn(for: "de") == .german)
        #expect(AbbreviationList.builtIn(for: "fr") == .french)
        #expect(AbbreviationList.builtIn(for: "uk").always == AbbreviationList.russian.always)
        #expect(AbbreviationList.builtIn(for: "ja").always.isEmpty)
    }

    @Test("Always-abbreviations join before anything; before-number ones only before a digit", arguments: [
        ("т", "С" as Character?, true), ("тов", "М", true), ("с.г", "Т", true), ("экз", "№", true), ("г", "Э", true),
        ("№", "2", true), ("№", "Т", false), ("ст", "5", true), ("ст", "Т", false), ("сталину", "Л", false),
        ("т", nil, true), ("№", nil, false),
    ])
    func russianJoins(word: String, next: Character?, joins: Bool) {
        #expect(AbbreviationList.russian.joins(after: word, next: next) == joins)
    }

    @Test("English: Mr always, No only before a number", arguments: [
        ("mr", "S" as Character?, true), ("no", "2", true), ("no", "T", false), ("etc", "T", false), ("zedong", "W", false),
    ])
    func englishJoins(word: String, next: Character?, joins: Bool) {
        #expect(AbbreviationList.english.joins(after: word, next: next) == joins)
    }

    @Test("Entries are lower case, without a final period; sentence-ending abbreviations are absent")
    func entries() {
        for list in [AbbreviationList.russian, .english, .german, .french] {
            for entry in list.always.union(list.beforeNumber) {
                #expect(entry == entry.lowercased(), "\(entry)")
                #expect(!entry.hasSuffix("."), "\(entry)")
            }
        }
        #expect(!AbbreviationList.english.always.contains("etc"))
        #expect(!AbbreviationList.russian.always.contains("др"))
        #expect(!AbbreviationList.russian.always.contains("т.д"))
    }
}
