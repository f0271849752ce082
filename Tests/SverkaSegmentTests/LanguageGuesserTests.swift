import Testing
import SverkaICU
@testable import SverkaSegment
import SverkaTestSupport

@Suite("LanguageGuesser and LanguageCode")
struct LanguageGuesserTests {
    @Test("The telegram parts are guessed right",
          arguments: [(TestPaths.russianTelegram, "ru"), (TestPaths.englishTelegram, "en")])
    func telegram(path: String, language: String) throws {
        #expect(LanguageGuesser.guess(try TestPaths.utf8Text(path)) == language)
    }

    @Test("The script with most letters wins", arguments: [
        ("Сталину 72", "ru"), ("Stalin 72", "en"), ("Товарищу FILIPPOV [Stalin] лично передать", "ru"),
        ("To Comrade FILIPPOV [Сталин]", "en"), ("12:15 18.7.1952", "en"), ("", "en"),
        ("Ελληνικά", "el"), ("العربية", "ar"), ("עברית", "he"), ("中文", "zh"), ("ქართული", "en"),
    ])
    func guess(text: String, language: String) {
        #expect(LanguageGuesser.guess(text) == language)
    }

    @Test("Only letters are counted")
    func counts() {
        let counts = LanguageGuesser.scriptCounts("Мир 1952, peace!")
        #expect(counts[.cyrillic] == 3)
        #expect(counts[.latin] == 5)
        #expect(counts[.common] == nil)
    }

    @Test("The primary subtag of a language id", arguments: [
        ("ru", "ru"), ("ru_RU", "ru"), ("ru-RU", "ru"), ("EN-us", "en"), ("de@collation=phonebook", "de"), ("", ""),
    ])
    func primary(id: String, expected: String) {
        #expect(LanguageCode.primary(id) == expected)
    }
}

@Suite("LanguageGuesser: a side whose script contradicts its language")
struct ScriptWarningTests {
    @Test("English read as Russian, and Russian read as English, are warned about; the right languages are not")
    func warnings() {
        let english = "The board of directors met on Thursday and approved the budget for next year."
        let russian = "Совет директоров собрался в четверг и утвердил бюджет на следующий год."
        #expect(LanguageGuesser.scriptWarning(english, language: "ru")?.contains("Latin") == true)
        #expect(LanguageGuesser.scriptWarning(russian, language: "en")?.contains("Cyrillic") == true)
        #expect(LanguageGuesser.scriptWarning(english, language: "en") == nil)
        #expect(LanguageGuesser.scriptWarning(russian, language: "ru-RU") == nil)
        // Too few letters, or a language of two scripts: no opinion.
        #expect(LanguageGuesser.scriptWarning("OK", language: "ru") == nil)
        #expect(LanguageGuesser.scriptWarning(english, language: "sr") == nil)
    }
}
