import Testing
@testable import SverkaDiagnose

@Suite("NumberMatcher")
struct NumberMatcherTests {
    @Test("normalised numbers match across notations", arguments: [
        ("от 3.00 15 июля", "of 3:00 15 July"),
        ("от 18.00 14-го июля", "of 18:00 14 July"),
        ("16 июля 1952г.", "16 July 1952."),
        ("3 часа 00 минут", "3:00"),
        ("18.7.52", "18.7.1952"),
    ])
    func matching(ru: String, en: String) {
        let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.numbers(in: ru), target: NumberMatcher.numbers(in: en))
        #expect(missing.isEmpty && extra.isEmpty, "\(missing) \(extra)")
    }

    @Test("a changed or dropped number is found on its side")
    func mismatch() {
        let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.numbers(in: "на 10 полков, 38 параллели"),
                                                     target: NumberMatcher.numbers(in: "by 12 regiments, 38th parallel"))
        #expect(missing == ["10"] && extra == ["12"])
    }

    @Test("numbers are counted: two 1952s are not matched by one")
    func multiset() {
        let (missing, _) = NumberMatcher.compare(source: ["1952", "1952"], target: ["1952"])
        #expect(missing == ["1952"])
    }
}

import Foundation

/// The numbers of `a` (in `aLanguage`) missing from `b`, and those of `b` missing from `a`, as written.
private func differences(_ a: String, _ aLanguage: String, _ b: String, _ bLanguage: String) -> (missing: [String], extra: [String]) {
    let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.mentions(in: a, language: aLanguage),
                                                 target: NumberMatcher.mentions(in: b, language: bLanguage))
    return (missing.map(\.text), extra.map(\.text))
}

/// The canonical values of the mentions of `text`.
private func values(_ text: String, _ language: String) -> [String] {
    NumberMatcher.mentions(in: text, language: language).map(\.value.canonical)
}

@Suite("NumberMatcher by value")
struct NumberValueMatchingTests {
    @Test("notations of one number read as one value", arguments: [
        ("1,5", "ru", "1.5"), ("1.5", "en", "1.5"), ("1,5", "en", "1.5"), ("0,25", "ru", "0.25"), ("3.50", "en", "3.5"),
        ("007", "ru", "7"), ("10 000", "ru", "10000"), ("10\u{2009}000", "ru", "10000"), ("10\u{00A0}000", "en", "10000"),
        ("10\u{202F}000", "ru", "10000"), ("10,000", "en", "10000"), ("10000", "en", "10000"), ("1,500,000.25", "en", "1500000.25"),
        ("1.500.000,25", "ru", "1500000.25"), ("1 500 000,5", "ru", "1500000.5"), ("1.500.000", "ru", "1500000"),
        ("1,5 млн", "ru", "1500000"), ("1.5 million", "en", "1500000"), ("1 500 000", "ru", "1500000"),
        ("10 тыс.", "ru", "10000"), ("10 thousand", "en", "10000"), ("2 млрд", "ru", "2000000000"), ("2 billion", "en", "2000000000"),
        ("3 трлн", "ru", "3000000000000"), ("3 trillion", "en", "3000000000000"), ("0,5 млрд", "ru", "500000000"),
        ("2 bn", "en", "2000000000"), ("5млн", "ru", "5000000"),
        ("15%", "en", "15"), ("15 per cent", "en", "15"), ("15 percent", "en", "15"), ("15 процентов", "ru", "15"),
        ("15-процентный", "ru", "15"), ("пятнадцать процентов", "ru", "15"),
        ("десять", "ru", "10"), ("ten", "en", "10"), ("двух", "ru", "2"), ("трёх", "ru", "3"), ("трех", "ru", "3"),
        ("тре\u{0308}х", "ru", "3"), ("пятью", "ru", "5"), ("одной", "ru", "1"), ("полтора", "ru", "1.5"), ("полторы тысячи", "ru", "1500"),
        ("полутора миллионов", "ru", "1500000"), ("три с половиной миллиона", "ru", "3500000"), ("полтораста", "ru", "150"),
        ("one and a half million", "en", "1500000"), ("twenty-one", "en", "21"), ("twenty one", "en", "21"),
        ("двадцать одна тысяча триста", "ru", "21300"), ("двухсот пятидесяти", "ru", "250"), ("тысяча", "ru", "1000"),
        ("миллиона", "ru", "1000000"), ("миллиардов", "ru", "1000000000"), ("трёх тысяч", "ru", "3000"),
        ("two hundred and fifty thousand", "en", "250000"), ("a hundred and five", "en", "105"), ("a million", "en", "1000000"),
        ("nineteen fifty-two", "en", "1952"), ("тысяча девятьсот пятьдесят второго", "ru", "1952"), ("ninety-nine", "en", "99"),
        ("первый", "ru", "1"), ("first", "en", "1"), ("1st", "en", "1"), ("1-й", "ru", "1"), ("14-го", "ru", "14"), ("14th", "en", "14"),
        ("twenty-first", "en", "21"), ("двадцать первого", "ru", "21"), ("дважды", "ru", "2"), ("twice", "en", "2"),
        ("ДВАДЦАТЬ", "ru", "20"), ("Twelve", "en", "12"),
        ("18.7.52", "ru", "1952-07-18"), ("18.07.1952", "ru", "1952-07-18"), ("July 18, 1952", "en", "1952-07-18"),
        ("18 July 1952", "en", "1952-07-18"), ("18 июля 1952 г.", "ru", "1952-07-18"), ("18 июля 52 г.", "ru", "1952-07-18"),
        ("1952-07-18", "en", "1952-07-18"), ("15 июля", "ru", "--07-15"), ("July 15", "en", "--07-15"), ("15th of July", "en", "--07-15"),
        ("fifteenth of July", "en", "--07-15"), ("пятнадцатого июля", "ru", "--07-15"), ("15-го июля", "ru", "--07-15"),
        ("Jul. 15", "en", "--07-15"), ("15 янв.", "ru", "--01-15"),
        ("3:00", "en", "03:00"), ("3 часа 00 минут", "ru", "03:00"), ("3 ч. 15 мин.", "ru", "03:15"), ("9 p.m.", "en", "21:00"),
        ("9pm", "en", "21:00"), ("9:30 a.m.", "en", "09:30"), ("9 часов вечера", "ru", "21:00"), ("12 a.m.", "en", "00:00"),
        ("1952г.", "ru", "1952"), ("1952 г.", "ru", "1952"), ("52 года", "ru", "1952"), ("с.г.", "ru", "this year"), ("сего года", "ru", "this year"), ("this year", "en", "this year"),
    ])
    func reading(text: String, language: String, canonical: String) {
        let mentions = NumberMatcher.mentions(in: text, language: language)
        #expect(mentions.count == 1, "\(mentions)")
        #expect(mentions.first?.value.canonical == canonical, "\(mentions)")
        #expect(mentions.first?.text == text.trimmingCharacters(in: CharacterSet(charactersIn: ".")) || mentions.first?.text == text,
                "the mention covers the whole notation: \(mentions.map(\.text))")
    }

    @Test("ambiguous notations keep every reading", arguments: [
        ("3.00", "ru", ["3", "03:00"]), ("21.00", "ru", ["21", "21:00"]), ("10,000", "ru", ["10", "10000"]),
        ("10,000", "en", ["10000", "10"]), ("52", "ru", ["52", "1952", "2052"]), ("7/8/52", "en", ["1952-08-07", "1952-07-08", "2052-08-07", "2052-07-08"]),
        ("3 часа", "ru", ["3", "03:00", "15:00"]),
    ] as [(String, String, [String])])
    func ambiguous(text: String, language: String, readings: [String]) {
        let mentions = NumberMatcher.mentions(in: text, language: language)
        #expect(mentions.count == 1)
        #expect(Set(mentions.first?.readings.map(\.canonical) ?? []) == Set(readings), "\(mentions.first?.readings ?? [])")
        #expect(mentions.first?.value.canonical == readings[0])
    }

    @Test("texts without numbers have no mentions but weak names of the current year", arguments: [
        ("Решение с.г. отменено.", "ru"), ("Как было сказано в июле сего года, план выполнен.", "ru"),
        ("This year's plan was fulfilled.", "en"), ("It may rain.", "en"), ("", "ru"), ("Hello, world.", "de"),
        ("Семинар прошёл одновременно.", "ru"),
    ])
    func noNumbers(text: String, language: String) {
        let mentions = NumberMatcher.mentions(in: text, language: language)
        let allWeak = mentions.allSatisfy { $0.isWeak }
        #expect(allWeak, "\(mentions)")
        #expect(mentions.filter { $0.value.kind != .currentYear }.count <= 2)
        #expect(NumberMatcher.compare(source: mentions, target: []) == ([], []))
    }

    @Test("a faithful translation has no number mismatch, in both directions", arguments: [
        ("Урожайность составила 1,5 тонны с гектара.", "The yield was 1.5 tonnes per hectare."),
        ("Было собрано 10 000 подписей.", "10,000 signatures were collected."),
        ("Было собрано 10\u{2009}000 подписей.", "10000 signatures were collected."),
        ("Было собрано 10\u{00A0}000 подписей.", "10 000 signatures were collected."),
        ("Было собрано 10000 подписей.", "Ten thousand signatures were collected."),
        ("Число «пи» приблизительно равно 3,14.", "Pi is approximately 3.14."),
        ("Население выросло на 1,5 млн человек.", "The population grew by 1.5 million."),
        ("Население выросло на 1 500 000 человек.", "The population grew by 1.5 million people."),
        ("Население выросло на полтора миллиона человек.", "The population grew by 1,500,000 people."),
        ("Расходы составили 10 тыс. рублей.", "Expenses came to 10,000 roubles."),
        ("Расходы составили 10 тыс. рублей.", "Expenses came to 10 thousand roubles."),
        ("Бюджет составит 2 млрд рублей.", "The budget will be 2 billion roubles."),
        ("Долг достиг 3 трлн долларов.", "The debt reached 3 trillion dollars."),
        ("Пришла тысяча человек.", "A thousand people came."),
        ("Около двух миллионов беженцев вернулись.", "About two million refugees returned."),
        ("Стоимость — пять миллиардов рублей.", "The cost is 5 billion roubles."),
        ("Из двадцати одной тысячи солдат вернулись немногие.", "Few of the 21,000 soldiers returned."),
        ("Рост составил 15%.", "Growth was 15 per cent."),
        ("Рост составил 15 %.", "Growth was 15 percent."),
        ("Рост составил 15 процентов.", "Growth was 15%."),
        ("Рост составил пятнадцать процентов.", "Growth was fifteen per cent."),
        ("Прибыло десять эшелонов.", "Ten trains arrived."),
        ("Прибыло 10 эшелонов.", "Ten trains arrived."),
        ("Из двух полков остался один.", "Of the 2 regiments, one remained."),
        ("Встреча трёх министров.", "A meeting of three ministers."),
        ("Встреча трех министров.", "A meeting of 3 ministers."),
        ("Он работал с пятью помощниками.", "He worked with five assistants."),
        ("Не хватало одной подписи.", "One signature was missing."),
        ("Он ждал полтора часа.", "He waited an hour and a half."),
        ("Он ждал полтора часа.", "He waited one and a half hours."),
        ("Его избрали в двадцать один год.", "He was elected at twenty-one."),
        ("Ему исполнилось 21.", "He turned twenty-one."),
        ("Первый батальон занял высоту.", "The first battalion took the height."),
        ("1-й батальон занял высоту.", "The 1st battalion took the height."),
        ("1-й батальон занял высоту.", "The first battalion took the height."),
        ("Совещание 14-го было отложено.", "The meeting of the 14th was postponed."),
        ("Он был дважды ранен.", "He was wounded twice."),
        ("Он был дважды ранен.", "He was wounded two times."),
        ("Телеграмма от 18.7.52 получена.", "The telegram of July 18, 1952 has been received."),
        ("Телеграмма от 18 июля 1952 г. получена.", "The telegram of 18.7.52 has been received."),
        ("Телеграмма от 18 июля 1952 года получена.", "The telegram of 18 July 1952 has been received."),
        ("Телеграмма от 18.07.1952 получена.", "The telegram dated July 18th, 1952 has been received."),
        ("Телеграмма от 18.7.52 получена.", "The telegram of July 18 has been received; it was sent in 1952."),
        ("Совещание состоится 15 июля.", "The meeting will be held on July 15."),
        ("Совещание состоится 15 июля.", "The meeting will be held on the 15th of July."),
        ("Совещание состоится 15-го июля.", "The meeting will be held on 15 July."),
        ("Совещание состоится 15-го.", "The meeting will be held on the 15th."),
        ("Поезд прибыл в 3.00.", "The train arrived at 3:00."),
        ("Поезд прибыл в 3 часа 00 минут.", "The train arrived at 3:00."),
        ("Поезд прибыл в 3 часа.", "The train arrived at 3 o'clock."),
        ("Поезд прибыл в 21.00.", "The train arrived at 9 p.m."),
        ("Поезд прибыл в 9 часов вечера.", "The train arrived at 21:00."),
        ("Поезд прибыл в 18.00 14-го июля.", "The train arrived at 18:00 on 14 July."),
        ("Это случилось в 1952г.", "It happened in 1952."),
        ("Весной 52 года фронт стабилизировался.", "In the spring of 1952 the front stabilised."),
        ("Это было в 52-м.", "It was in 1952."), ("Это было в 1952 г.", "It was in '52."),
        ("В 50-х годах.", "In the 1950s."), ("Номер 007.", "Number 7."),
        ("Решение с.г. отменено.", "This year's decision was cancelled."),
        ("В июле сего года план выполнен.", "In July this year the plan was fulfilled."),
        ("Потери составили 10%.", "Losses were 10."),
        ("Он ответил на 1, 2 и 3 вопросы.", "He answered questions 1, 2 and 3."),
        ("В 1950 и 1951 годах у 38 параллели.", "In 1950 and 1951 at the 38th parallel."),
        ("Прошло тридцать лет.", "Thirty years passed."),
        ("Цена 1.500 рублей.", "The price is 1,500 roubles."),
        ("Телеграмма от 15.7 с.г.", "Telegram of 15.7.52."),
        ("Телеграмма от 3.00 15 июля с.г.", "Telegram of 3:00 15 July of this year."),
        ("В июле сего года план выполнен.", "In July 1952 the plan was fulfilled."),
        ("Это случилось в 1952 году.", "It happened this year."),
        ("После двухдневного изучения вопроса.", "After a two-day study of the question."),
        ("Пятилетний план выполнен.", "The five-year plan was fulfilled."),
        ("от 3.00 15 июля", "of 3:00 15 July"), ("от 18.00 14-го июля", "of 18:00 14 July"),
        ("16 июля 1952г.", "16 July 1952."), ("Получена 18.7.52.", "Received 18.7.1952."),
        ("Получена „ 12 “ ч. “ 15 “ м. “ 18 “ 7 1952 г.", "Received 12:15 18.7.1952"),
        ("Раз, два, три.", "One, two, three."),
    ])
    func faithful(ru: String, en: String) {
        let forward = differences(ru, "ru", en, "en")
        #expect(forward.missing.isEmpty && forward.extra.isEmpty, "ru → en: \(forward)")
        let backward = differences(en, "en", ru, "ru")
        #expect(backward.missing.isEmpty && backward.extra.isEmpty, "en → ru: \(backward)")
    }

    @Test("notations within one language match", arguments: [
        ("10 000", "10000", "ru"), ("10\u{2009}000", "10,000", "ru"), ("1,5", "1.5", "ru"), ("3,14", "3.14", "ru"),
        ("1,5 млн", "1 500 000", "ru"), ("1,5 млн", "полтора миллиона", "ru"), ("10 тыс.", "десять тысяч", "ru"),
        ("1.5 million", "1,500,000", "en"), ("10 thousand", "ten thousand", "en"), ("2 billion", "two billion", "en"),
        ("15%", "15 percent", "en"), ("18.7.52", "18.07.1952", "ru"), ("July 18, 1952", "18 July 1952", "en"),
        ("3:00", "3.00", "en"), ("21:00", "9 pm", "en"), ("twenty-one", "21", "en"), ("1952г.", "1952", "ru"),
        ("Zahl 1,5 und 10.000", "Zahl 1.5 und 10000", "de"),
    ])
    func sameLanguage(a: String, b: String, language: String) {
        let forward = differences(a, language, b, language)
        #expect(forward.missing.isEmpty && forward.extra.isEmpty, "\(forward)")
        let backward = differences(b, language, a, language)
        #expect(backward.missing.isEmpty && backward.extra.isEmpty, "\(backward)")
    }

    @Test("a value absent on the other side is reported, as written", arguments: [
        ("Прибыло 15 эшелонов.", "16 trains arrived.", ["15"], ["16"]),
        ("Население — 1,5 млн человек.", "The population is 1.5 billion.", ["1,5 млн"], ["1.5 billion"]),
        ("Рост на 15%.", "Growth of 25%.", ["15%"], ["25%"]),
        ("Это было в 1952 году.", "It was in 1953.", ["1952 году"], ["1953"]),
        ("Прибыло десять эшелонов.", "Eleven trains arrived.", ["десять"], ["Eleven"]),
        ("Прибыло десять эшелонов.", "Trains arrived.", ["десять"], []),
        ("Телеграмма от 18 июля 1952 г.", "The telegram of July 18.", ["1952"], []),
        ("Совещание 15 июля.", "The meeting on July 16.", ["15"], ["16"]),
        ("Совещание 15 июля.", "The meeting on August 15.", ["июля"], ["August"]),
        ("Совещание 15 июля.", "The meeting.", ["15 июля"], []),
        ("Поезд прибыл в 3.15.", "The train arrived at 3:25.", ["15"], ["25"]),
        ("Поезд прибыл в 21.00.", "The train arrived at 10 p.m.", ["21.00"], ["10 p.m."]),
        ("Встреча трёх министров.", "A meeting of four ministers.", ["трёх"], ["four"]),
        ("Было 1952 и 1952.", "It was 1952.", ["1952"], []),
        ("Потеряно 2 танка.", "Two tanks and 3 guns were lost.", [], ["3"]),
        ("Сумма 2 млн.", "A sum of 2 thousand.", ["2 млн."], ["2 thousand"]),
        ("Из 15 200 человек.", "Of 15 people.", ["200"], []),
        ("Было 10.", "It was 100.", ["10"], ["100"]),
        ("на 10 полков, 38 параллели", "by 12 regiments, 38th parallel", ["10"], ["12"]),
        ("Отпечатано 14 экз. 18.7.52", "18.7.52", ["14"], []),
        ("Телеграмма от 15.7 с.г.", "Telegram of 15.8.52.", ["7"], ["8"]),
        ("Расп. 14.20 18.7", "Sent 14:20", ["18.7"], []),
    ] as [(String, String, [String], [String])])
    func mismatch(ru: String, en: String, missing: [String], extra: [String]) {
        let found = differences(ru, "ru", en, "en")
        #expect(found.missing == missing && found.extra == extra, "\(found)")
        let backward = differences(en, "en", ru, "ru")
        #expect(backward.missing == extra && backward.extra == missing, "\(backward)")
    }

    @Test("words that are often no number are never reported, but do match", arguments: [
        ("Один из них ушёл.", "They all stayed."), ("Во-первых, это неверно.", "It is wrong, to begin with."),
        ("Тысячи людей вышли на улицы.", "Crowds took to the streets."), ("No one came.", "Никто не пришёл."),
        ("At first he refused.", "Сначала он отказался."), ("Wait a second.", "Подождите."),
        ("Он ушёл с семью.", "He left with the family."),
    ])
    func weak(a: String, b: String) {
        let aLanguage = a.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF } ? "ru" : "en"
        let bLanguage = aLanguage == "ru" ? "en" : "ru"
        let forward = differences(a, aLanguage, b, bLanguage)
        #expect(forward.missing.isEmpty && forward.extra.isEmpty, "\(forward)")
    }

    @Test("a weak word does not take the number a strong one needs")
    func strongFirst() {
        #expect(differences("Один из 1 полка.", "ru", "One regiment.", "en") == ([], []))
        #expect(differences("Один из полка 1.", "ru", "1 regiment, one of them.", "en") == ([], []))
        #expect(differences("Полк 1 и ещё один.", "ru", "Regiment one.", "en").missing.isEmpty)
    }

    @Test("mentions know where they are")
    func ranges() {
        let text = "Телеграмма от 18.7.52: потери 1,5 млн рублей, рост 15%."
        let mentions = NumberMatcher.mentions(in: text, language: "ru")
        #expect(mentions.map(\.text) == ["18.7.52", "1,5 млн", "15%"])
        for mention in mentions { #expect(String(text[mention.range]) == mention.text) }
        #expect(mentions[0].parts.count == 2 && mentions[0].parts[0].parts.count == 2)
        #expect(mentions[1].description == "1,5 млн (1500000)")
        #expect(mentions[0].description == "18.7.52 (1952-07-18)")
        #expect(NumberMatcher.mentions(in: "в 14.20", language: "ru").first?.description == "14.20")
    }

    @Test("values are exact")
    func exact() throws {
        #expect(NumberValue(number: "1.50") == NumberValue(number: "1.5"))
        #expect(NumberValue(number: "0.1") != NumberValue(number: "0.10000000000000001"))
        #expect(NumberValue(number: "12345678901234567890123") == NumberMatcher.mentions(in: "12345678901234567890123", language: "en").first?.value)
        #expect(NumberValue(number: "1.5")?.decimal == Decimal(string: "1.5"))
        #expect(NumberValue(number: "1,5") == nil)
        #expect(NumberValue.integer(1500000) == NumberMatcher.mentions(in: "1,5 млн", language: "ru").first?.value)
        #expect(NumberValue.date(year: 1952, month: 7, day: 18).canonical == "1952-07-18")
        #expect(NumberValue.time(hour: 9, minute: 5).canonical == "09:05")
    }

    @Test("the old digit comparison is unchanged")
    func legacy() {
        #expect(NumberMatcher.numbers(in: "от 3.00 14-го 1952г. 007") == ["3", "0", "14", "1952", "7"])
        #expect(NumberMatcher.compare(source: ["52", "10"], target: ["1952", "12"]) == (["10"], ["12"]))
    }

    @Test("comparison is linear: a bead holding a whole book of numbers")
    func large() {
        let count = 20_000
        let ru = (0..<count).map { "пункт \($0 * 7 + 100), " }.joined()
        let en = (0..<count).map { "item \($0 * 7 + 101), " }.joined()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.mentions(in: ru, language: "ru"),
                                                         target: NumberMatcher.mentions(in: en, language: "en"))
            #expect(missing.count == count && extra.count == count)
            let (same, _) = NumberMatcher.compare(source: NumberMatcher.mentions(in: ru, language: "ru"),
                                                  target: NumberMatcher.mentions(in: ru, language: "ru"))
            #expect(same.isEmpty)
        }
        #expect(elapsed < .seconds(30), "\(elapsed)")
    }

    /// A small deterministic generator of random texts from pieces that touch every rule.
    private static func randomTexts(_ pieces: [String], count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % 30)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    @Test("random texts: each mention is where it says, in order, and a text matches itself", arguments: ["ru", "en", "de"])
    func selfConsistent(language: String) {
        let pieces = ["1", "15", "1952", "52", "000", "3", "07", "31", ".", ",", ":", "/", "-", " ", " ", " ", "\u{2009}", "\u{00A0}",
                      "%", "г", "г.", "года", "июля", "July", "May", "тыс", "млн", "million", "one", "двух", "первого", "of",
                      "the", "and", "a", "half", "с", "половиной", "часов", "минут", "p", "m", "am", "o'clock", "двадцать",
                      "twenty", "hundred", "тысяча", "per", "cent", "процентов", "\n", "е\u{0308}", "'", "с.г.", "this", "year",
                      "—", "«", "»", "(", ")", "Ё", "ninety", "nineteen", "полтора", "двухдневный", "th", "-го"]
        for text in Self.randomTexts(pieces, count: 400, seed: 1952) {
            let mentions = NumberMatcher.mentions(in: text, language: language)
            var previous = text.startIndex
            for mention in mentions {
                #expect(String(Substring(text.unicodeScalars[mention.range])) == mention.text, "\(text.debugDescription)")
                #expect(mention.range.lowerBound >= previous, "\(text.debugDescription)")
                previous = mention.range.upperBound
            }
            let (missing, extra) = NumberMatcher.compare(source: mentions, target: mentions)
            #expect(missing.isEmpty && extra.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test("random digits and separators read the same in a Russian and an English text")
    func digitsAcrossLanguages() {
        let pieces = ["1", "15", "1952", "52", "000", "500", "3", "07", "31", ".", ",", ":", "/", " ", "\u{2009}", "%", ", "]
        for text in Self.randomTexts(pieces, count: 400, seed: 18_07_52) {
            let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.mentions(in: text, language: "ru"),
                                                         target: NumberMatcher.mentions(in: text, language: "en"))
            #expect(missing.isEmpty && extra.isEmpty, "\(text.debugDescription): \(missing) \(extra)")
        }
    }
}

@Suite("NumberMatcher: multiples, counted sets, handles")
struct NumberWordsOfTimesTests {
    @Test("a multiple or a counted set matches its number; alone it is never reported", arguments: [
        ("С 1970 по 2022 в Бангладеше в 4 раза увеличилась грамотность среди женщин.",
         "From 1970 to 2022, Bangladesh quadrupled female literacy rates."),
        ("Его валовый внутренний продукт увеличился в 3 раза.", "Its gross domestic product tripled."),
        ("У тебя же, наверное, не меньше сотни невест?", "You have like, I don’t know, 100 suitors?"),
        ("За сутки зарегистрировано 181 ДТП.", "181 road traffic incidents were reported in the past 24 hours."),
        ("Выручка выросла вдвое.", "Revenue doubled."),
    ])
    func multiples(ru: String, en: String) {
        let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.mentions(in: ru, language: "ru"),
                                                     target: NumberMatcher.mentions(in: en, language: "en"))
        #expect(missing.isEmpty && extra.isEmpty, "\(missing) \(extra)")
    }

    @Test("the digits of a handle or a hashtag are no number; a code's are")
    func handles() {
        #expect(NumberMatcher.mentions(in: "@user34 С какой базой они сверяют лица? #pa28", language: "ru").isEmpty)
        #expect(NumberMatcher.mentions(in: "@user18 what does it check your face against?", language: "en").isEmpty)
        #expect(NumberMatcher.mentions(in: "Ту-154 вылетел в 18:00", language: "ru").map(\.value.canonical).contains("154"))
    }
}

