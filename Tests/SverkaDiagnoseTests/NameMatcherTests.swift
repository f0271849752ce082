import Testing
@testable import SverkaDiagnose

@Suite("NameMatcher")
struct NameMatcherTests {
    let matcher = try! NameMatcher(sourceLanguage: "ru", targetLanguage: "en")

    @Test("names with a counterpart are not reported", arguments: [
        ("Мы сообщим товарищу ФИЛИПОВУ об этом", "We will report to Comrade FILIPPOV about this"),
        ("Товарищу Ф И Л И П П О В У", "To Comrade FILIPPOV"),
        ("Товарищу КИМ ИР СЕНУ.", "To Comrade KIM IL SUNG."),
        ("М А О Ц З Е - Д У Н", "MAO ZEDONG"),
        ("ПВО города Пхеньяна", "PVO of the city of Pyongyang"),
        ("как например: Шуйфэнская, Чандзинганская", "for example: Shuifens-kaya, Chandzinganskaya"),
        ("по реке Ялуцзян", "along the Yalu river"),
        ("получили Вашу телеграмму", "we received your telegram"),
        ("северо-восток Китая", "Northeast China"),
        ("## ШИФРТЕЛЕГРАММА № 21646", "CIPHERED TELEGRAM No. 21646"),
        ("а) Улучшить командование ВВС", "a) To improve the command of the VVS"),
        ("Экз. № 1 тов. Сталину", "Copies: Stalin (2)"),
    ])
    func matched(ru: String, en: String) {
        #expect(matcher.unmatchedNames(source: ru, target: en).isEmpty)
    }

    @Test("a name rendered as another name is reported")
    func differing() {
        let unmatched = matcher.unmatchedNames(source: "После того, как мы написали телеграмму товарищу ЛИ КЭ-НУН, получили",
                                               target: "After we wrote a telegram to comrade Ri Geon-yeong we received")
        #expect(unmatched.map(\.text) == ["ЛИ КЭ-НУН"])
    }

    @Test("a name left out is reported")
    func missing() {
        #expect(matcher.unmatchedNames(source: "тов. Молотову и тов. Маленкову", target: "to Molotov").map(\.text) == ["Маленкову"])
    }

    @Test("edit distance", arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0), ("filipovu", "filippov", 2)])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(EditDistance.levenshtein(a, b) == expected)
    }
}
