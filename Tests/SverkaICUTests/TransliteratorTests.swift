import Testing
@testable import SverkaICU

@Suite("Transliterator: Russian-Latin/BGN; Latin-ASCII")
struct TransliteratorTests {
    static let id = "Russian-Latin/BGN; Latin-ASCII"

    // Pinned against ICU 72.1 (Debian's libicu72).
    @Test("Names from the telegram come out in ASCII BGN romanisation", arguments: [
        ("Сталину", "Stalinu"),
        ("Молотову", "Molotovu"),
        ("Хрущеву", "Khrushchevu"),
        ("Вышинскому", "Vyshinskomu"),
        ("КИМ ИР СЕН", "KIM IR SEN"),
        ("ЦЗЕ-ДУН", "TSZE-DUN"),
        ("Пхеньяна", "Pkhen'yana"),
    ])
    func telegramNames(russian: String, latin: String) throws {
        let transliterator = try Transliterator(id: Self.id)
        #expect(transliterator.transform(russian) == latin)
    }

    @Test("Сталину starts with Stalin, which matches the English rendering")
    func stalin() throws {
        let result = try Transliterator(id: Self.id).transform("Сталину")
        #expect(result.hasPrefix("Stalin"))
        #expect(result.allSatisfy { $0.isASCII })
    }

    @Test("Latin text and empty text pass through unchanged")
    func passThrough() throws {
        let transliterator = try Transliterator(id: Self.id)
        #expect(transliterator.transform("MAO ZEDONG, 3:00") == "MAO ZEDONG, 3:00")
        #expect(transliterator.transform("") == "")
        #expect(transliterator.id == Self.id)
    }

    @Test("An unknown transform id throws an ICU error")
    func unknownID() {
        #expect(throws: ICUError.self) { try Transliterator(id: "No-Such-Transform") }
    }
}
