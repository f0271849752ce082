import Foundation
import Testing
@testable import SverkaDiagnose
import SverkaTestSupport

/// A few dictionary entries, as Mueller's dictionary would give them (lemmas only).
private let dictionary = NameTranslationTable([
    "правительство": ["government", "cabinet"],
    "министерство": ["ministry", "department"],
    "белый": ["white"],
    "дом": ["house", "home"],
    "испания": ["spain"],
    "казначейство": ["treasury"],
    "германия": ["germany"],
])

@Suite("NameMatcher")
struct NameMatcherTests {
    let matcher = try! NameMatcher(sourceLanguage: "ru", targetLanguage: "en")
    let withDictionary = try! NameMatcher(sourceLanguage: "ru", targetLanguage: "en", translations: dictionary)

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

    @Test("faithful news translations carry no name mismatch", arguments: [
        // Case endings stripped, `Уэ` → `We`, `ck` ~ `k`.
        ("Тренер «Манчестер Юнайтед» похвалил Уэлбека после матча.", "The Manchester United manager praised Welbeck after the match."),
        ("Мяч достался Уэлбеку, и тот не промахнулся.", "The ball fell to Welbeck, who did not miss."),
        ("Вместе с Уэлбеком на поле вышел Рэшфорд.", "Rashford came on together with Welbeck."),
        // An indeclinable name, `Mc` ~ `Мак`, `Белого дома` through the exonym table.
        ("Пресс-секретарь Белого дома Кейли Макинани заявила журналистам, что встреча отменена.",
         "White House press secretary Kayleigh McEnany told reporters that the meeting was cancelled."),
        ("Об этом сообщила Макинани.", "McEnany said so."),
        ("Песню написал Пол Маккартни.", "The song was written by Paul McCartney."),
        ("В ресторане Макдональдс было пусто.", "The MacDonald's restaurant was empty."),
        // An exonym in the genitive, and as an adjective in English.
        ("Премьер-министр Испании Педро Санчес объявил о выборах.", "Spanish Prime Minister Pedro Sanchez called an election."),
        ("Король Испании прибыл в Рим.", "The King of Spain arrived in Rome."),
        ("Встреча прошла в Белом доме во вторник.", "The meeting took place at the White House on Tuesday."),
        // A capitalised common word that transliterates close enough.
        ("В понедельник Министерство здравоохранения сообщило о новых случаях.", "On Monday the Ministry of Health reported new cases."),
        // Acronyms: letter by letter, by sound and look, and through the built-in table.
        ("Все пассажиры сдали тест ПЦР в аэропорту.", "All passengers took a PCR test at the airport."),
        ("Генсек ООН выступил в Женеве.", "The UN Secretary-General spoke in Geneva."),
        ("Генсек ООН выступил в Женеве.", "The Secretary-General of the United Nations spoke in Geneva."),
        ("Об этом сообщил МИД.", "The Foreign Ministry said so."),
        ("Президент США прибыл в Берлин.", "The U.S. president arrived in Berlin."),
        ("Президент США прибыл в Берлин.", "The president of the United States arrived in Berlin."),
        ("Страны ЕС согласовали бюджет.", "EU countries agreed the budget."),
        ("Эксперты ВОЗ посетили Ухань.", "WHO experts visited Wuhan."),
        ("Саммит НАТО пройдёт в Вильнюсе.", "The NATO summit will take place in Vilnius."),
        ("Канцлер ФРГ встретился с послом КНДР.", "The FRG chancellor met the DPRK ambassador."),
        // `Дипаку` → `Дипак` ~ `Deepak` (`ee` ~ `и`).
        ("Врачи передали результаты Дипаку Чопре.", "Doctors gave the results to Deepak Chopra."),
        ("Об этом рассказал Хрущёв.", "Khrushchev said so."),
        ("Об этом рассказал Хрущев.", "Khrushchev said so."),
    ])
    func faithfulNews(ru: String, en: String) {
        #expect(matcher.unmatchedNames(source: ru, target: en).map(\.text) == [])
        #expect(matcher.mismatches(sourceUnits: [ru], target: en, targetDocument: en).isEmpty)
    }

    @Test("several romanisations of one name", arguments: ["Yuri", "Yury", "Yuriy", "Iurii", "Jurij", "Juri"])
    func romanisations(en: String) {
        #expect(matcher.unmatchedNames(source: "Об этом рассказал Юрий.", target: "\(en) said so.").isEmpty)
        #expect(matcher.unmatchedNames(source: "Письмо передали Юрию.", target: "The letter was given to \(en).").isEmpty)
    }

    @Test("German spellings of Russian names, for a German translation")
    func germanTarget() throws {
        let german = try NameMatcher(sourceLanguage: "ru", targetLanguage: "de")
        #expect(german.unmatchedNames(source: "Об этом рассказал Хрущёв.", target: "Das erzählte Chruschtschow.").isEmpty)
        #expect(german.unmatchedNames(source: "Письмо передали Молотову.", target: "Der Brief wurde Molotow übergeben.").isEmpty)
        #expect(german.unmatchedNames(source: "Об этом рассказал Юрий.", target: "Das erzählte Juri.").isEmpty)
    }

    @Test("the other direction: English names in a Russian translation")
    func englishSource() throws {
        let english = try NameMatcher(sourceLanguage: "en", targetLanguage: "ru")
        #expect(english.unmatchedNames(source: "The coach praised Welbeck and McEnany.", target: "Тренер похвалил Уэлбека и Макинани.").isEmpty)
        #expect(english.unmatchedNames(source: "The coach praised Welbeck.", target: "Тренер похвалил Булганина.").map(\.text) == ["Welbeck"])
    }

    @Test("a capitalised common word is no name when its dictionary translation is in the target")
    func capitalisedCommonWord() {
        let ru = "Об этом сообщило Казначейство страны."
        let en = "The country's treasury announced this."
        #expect(matcher.unmatchedNames(source: ru, target: en).map(\.text) == ["Казначейство"])
        #expect(withDictionary.unmatchedNames(source: ru, target: en).isEmpty)
        // Through a dictionary form guessed by stripping the ending (`Казначейству` → `казначейство`).
        #expect(withDictionary.unmatchedNames(source: "Письмо направили Казначейству.", target: "The letter was sent to the Treasury.").isEmpty)
        // Exonyms and translated names through the dictionary (`белом` → `белый` → `white`).
        #expect(withDictionary.unmatchedNames(source: "Встреча прошла в Белом доме.", target: "The meeting was at the White House.").isEmpty)
        #expect(withDictionary.unmatchedNames(source: "Он вернулся из Германии.", target: "He came back from Germany.").isEmpty)
    }

    @Test("a German source with capitalised nouns has no names but its acronyms")
    func germanSource() throws {
        let german = try NameMatcher(sourceLanguage: "de", targetLanguage: "en")
        let de = "Im vergangenen Jahr hat die Gruppe das Gebirge im Süden durchquert, und der Weg war schwer."
        let en = "Last year the group crossed the mountains in the south, and the path was hard."
        #expect(german.names(in: de).isEmpty)
        #expect(german.unmatchedNames(source: de, target: en).isEmpty)
        #expect(german.mismatches(sourceUnits: [de], target: en, targetDocument: en).isEmpty)
        // An acronym is a name; a capitalised word is one when the translation writes it as a name.
        #expect(german.unmatchedNames(source: "Die Gruppe sprach mit der UNO.", target: "The group spoke to the press.").map(\.text) == ["UNO"])
        let document = "The group met Müller in Berlin. Then they went home."
        let index = german.documentIndex(of: document)
        #expect(german.names(in: "Die Gruppe traf Müller in Berlin.", confirm: { index.find(german.keys(of: $0.lower), strict: true, midSentenceOnly: true) != nil })
            .map(\.text) == ["Müller", "Berlin"])
    }

    @Test("a name rendered as another name is reported")
    func differing() {
        let unmatched = matcher.unmatchedNames(source: "После того, как мы написали телеграмму товарищу ЛИ КЭ-НУН, получили",
                                               target: "After we wrote a telegram to comrade Ri Geon-yeong we received")
        #expect(unmatched.map(\.text) == ["ЛИ КЭ-НУН"])
        let found = matcher.mismatches(sourceUnits: ["После того, как мы написали телеграмму товарищу ЛИ КЭ-НУН, получили"],
                                       target: "After we wrote a telegram to comrade Ri Geon-yeong we received",
                                       targetDocument: "")
        #expect(found.map(\.name) == ["ЛИ КЭ-НУН"])
        #expect(found.first?.evidence == [.otherName("Ri Geon-yeong")])
    }

    @Test("a name left out is unmatched, but without evidence it is no mismatch")
    func missing() {
        #expect(matcher.unmatchedNames(source: "тов. Молотову и тов. Маленкову", target: "to Molotov").map(\.text) == ["Маленкову"])
        // The pair has no other name and there is no document: the evidence rule keeps it quiet.
        #expect(matcher.mismatches(sourceUnits: ["тов. Молотову и тов. Маленкову"], target: "to Molotov", targetDocument: "to Molotov").isEmpty)
    }

    @Test("another name in the translation is evidence (a)")
    func evidenceOtherName() throws {
        let ru = "Письмо было передано Молотову в тот же день."
        let en = "The letter was handed to Bulganin the same day."
        let found = matcher.mismatches(sourceUnits: [ru], target: en, targetDocument: en)
        let mismatch = try #require(found.first)
        #expect(found.count == 1)
        #expect(mismatch.name == "Молотову")
        #expect(mismatch.stem == "Молотов")
        #expect(mismatch.renderings.contains("molotov"))
        #expect(mismatch.evidence == [.otherName("Bulganin")])
        #expect(mismatch.confidence > 0.5 && mismatch.confidence <= 1)
        #expect(mismatch.renderingSummary.hasPrefix("Молотов → molotov"))
        #expect(mismatch.evidenceSummary.contains("Bulganin"))
    }

    @Test("the name rendered elsewhere in the translation is evidence (b)")
    func evidenceElsewhere() throws {
        let document = """
        Welbeck scored twice in the first half.

        The coach praised the whole team after the match.

        The fans sang until midnight.
        """
        let ru = "После матча тренер похвалил Уэлбека и всю команду."
        let en = "The coach praised the whole team after the match."
        let found = matcher.mismatches(sourceUnits: [ru], target: en, targetDocument: document)
        let mismatch = try #require(found.first)
        #expect(found.count == 1)
        #expect(mismatch.name == "Уэлбека")
        #expect(mismatch.evidence == [.renderedElsewhere("Welbeck")])
        #expect(mismatch.renderingSummary.hasPrefix("Уэлбек → welbek"))
        #expect(mismatch.renderings.contains("uelbek"))
        // Both kinds at once are stronger.
        let both = matcher.mismatches(sourceUnits: [ru], target: "The coach praised Rooney and the whole team.", targetDocument: document)
        #expect(both.first?.evidence.count == 2)
        #expect((both.first?.confidence ?? 0) > mismatch.confidence)
        // A document index made once serves every pair.
        let index = matcher.documentIndex(of: document)
        #expect(matcher.mismatches(sourceUnits: [ru], target: en, document: index) == found)
        #expect(matcher.mismatches(sourceUnits: [ru], target: en, document: NameDocumentIndex()).isEmpty)
    }

    @Test("target names that render source words are no evidence", arguments: [
        // `Russian`, `Soviet`, `Kremlin` render lower-case source words or exonyms; `Mr`, `Monday` are no names.
        ("Вчера российские дипломаты встретились с Фоменко в Кремле.", "Yesterday Russian diplomats met Mr Smith at the Kremlin on Monday.", "Smith"),
        ("Вчера советские войска вошли в город, сообщил Фоменко.", "Yesterday Soviet troops entered the city, the Washington Post reported.",
         "Washington Post"),
    ])
    func noEvidenceFromRenderedTargetWords(ru: String, en: String, other: String) {
        let found = matcher.mismatches(sourceUnits: [ru], target: en, targetDocument: en)
        #expect(found.map(\.name) == ["Фоменко"])
        #expect(found.first?.evidence == [.otherName(other)])
    }

    @Test("renderings", arguments: [
        ("уэлбек", "welbek"), ("макинани", "makinani"), ("дипак", "dipak"), ("хрущёв", "khrushchev"),
        ("юрий", "yuriy"), ("алексей", "alexey"), ("джонсон", "jonson"), ("ксения", "xeniya"), ("ельцин", "yeltsin"),
    ])
    func englishPractice(ru: String, en: String) {
        #expect(NameRenderings.english(ru) == en)
    }

    @Test("folding brings spellings of one name together", arguments: [
        ("Welbeck", "welbek"), ("McEnany", "makinani"), ("Deepak", "dipak"), ("Yury", "iurii"), ("Iurii", "yuri"),
        ("Khrushchev", "hrushchev"), ("Alexander", "aleksandr"),
    ])
    func folding(a: String, b: String) {
        let (x, y) = (NameRenderings.fold(a), NameRenderings.fold(b))
        #expect(x == y || NameRenderings.skeleton(x) == NameRenderings.skeleton(y), "\(x) / \(y)")
    }

    @Test("case endings", arguments: [
        ("уэлбека", "уэлбек"), ("уэлбеку", "уэлбек"), ("уэлбеком", "уэлбек"), ("дипаку", "дипак"), ("молотову", "молотов"),
        ("испании", "испани"), ("московской", "москов"),
    ])
    func stems(word: String, stem: String) {
        #expect(NameRenderings.russianStems(word).contains(stem))
        #expect(NameRenderings.russianStems(word).first == word)
    }

    @Test("dictionary forms", arguments: [("испании", "испания"), ("белом", "белый"), ("доме", "дом"), ("министерство", "министерство")])
    func lemmas(word: String, lemma: String) {
        #expect(NameRenderings.russianLemmas(word).contains(lemma))
    }

    @Test("acronyms letter by letter", arguments: [("ПЦР", "PCR", true), ("ФРГ", "FRG", true), ("ВВС", "BBC", true), ("НАТО", "NATO", true),
                                                   ("США", "USA", false), ("ПЦР", "PVC", false)])
    func acronyms(ru: String, en: String, expected: Bool) {
        #expect(NameRenderings.acronymMatches(source: ru, target: en) == expected)
    }

    @Test("the English name transcribed into Russian", arguments: [("welbeck", "уэлбек"), ("mcenany", "макенани"), ("deepak", "дипак"),
                                                                   ("johnson", "джонсон")])
    func reverse(en: String, ru: String) {
        #expect(NameRenderings.cyrillic(fromLatin: en) == ru)
    }

    // Speed is measured by `Scripts/benchmark_divergences.py --speed`, not here: this test checks what one
    // index of a long document gives each pair.
    @Test("one index of a document of 2,000 sentences serves every pair: replaced names found, rendered ones not")
    func documentIndexServesEveryPair() {
        let people = ["Welbeck", "McEnany", "Khrushchev", "Molotov", "Bulganin", "Sanchez", "Chopra", "Rashford", "Gagarin", "Macron"]
        let russian = ["Уэлбеком", "Макинани", "Хрущёвым", "Молотовым", "Булганиным", "Санчесом", "Чопрой", "Рэшфордом", "Гагариным", "Макроном"]
        // A made-up name per sentence, so that the document has 2,000 distinct names.
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "bu"]
        func madeUp(_ number: Int) -> String {
            let digits = String(format: "%04d", number).compactMap(\.wholeNumberValue)
            let name = digits.map { syllables[$0] }.joined()
            return name.prefix(1).uppercased() + name.dropFirst()
        }
        let targetSentences = (0..<2_000).map { "On day \($0) the envoy met \(people[$0 % people.count]) and \(madeUp($0)) in the capital." }
        let document = targetSentences.joined(separator: " ")
        let index = matcher.documentIndex(of: document)
        var reported = 0
        for bead in 0..<200 {
            // Every tenth pair names someone else in the original: reported, on both kinds of evidence.
            let person = bead % 10 == 0 ? russian[(bead + 1) % russian.count] : russian[bead % russian.count]
            let ru = "В день \(bead) посланник встретился с \(person) в столице."
            let found = matcher.mismatches(sourceUnits: [ru], target: targetSentences[bead], document: index)
            reported += found.count
            if bead % 10 == 0 { #expect(found.first?.evidence.count == 2, "\(ru) / \(targetSentences[bead]): \(found)") }
        }
        #expect(index.count > 2_000)
        #expect(reported == 20)
    }

    @Test("edit distance", arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0), ("filipovu", "filippov", 2)])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(EditDistance.levenshtein(a, b) == expected)
    }

    @Test("a surname replaced beside the given name kept is reported (the given name is no excuse)")
    func surnameReplaced() {
        let found = matcher.mismatches(
            sourceUnits: ["Министр экономики Фиона Хислоп заявила, что пандемия имела \"разрушительные последствия\" для этой сферы."],
            target: "Economy Secretary Fiona Jarett said the pandemic had had a \"devastating impact\" on the sector.",
            targetDocument: "")
        #expect(found.map(\.name) == ["Фиона Хислоп"])
    }

    @Test("a given name replaced beside the surname kept is reported, less surely; one merely dropped is not")
    func givenNameReplaced() {
        let ru = "Мост был спроектирован офицером королевского флота капитаном Сэмюэлем Брауном."
        let found = matcher.mismatches(sourceUnits: [ru], target: "The bridge was designed by Royal Navy officer Capt Frank Brown.",
                                       targetDocument: "")
        #expect(found.map(\.name) == ["Сэмюэлем"])
        #expect((found.first?.confidence ?? 1) < 0.6)
        #expect(matcher.mismatches(sourceUnits: [ru], target: "The bridge was designed by a naval officer, Captain Brown.",
                                   targetDocument: "").isEmpty)
    }

    @Test("capitalised common words are no names; a surname made of a common word is")
    func commonWords() throws {
        let table = NameTranslationTable([:], commonWords: ["палата", "община", "законодательный", "волк"])
        let names = try NameMatcher(sourceLanguage: "ru", targetLanguage: "en", translations: table)
        let found = names.mismatches(sourceUnits: ["Об этом сообщил комитет Палаты Общин и Законодательного собрания."],
                                     target: "This was reported by the Commons Select Defence Committee.", targetDocument: "")
        #expect(found.isEmpty, "\(found)")
        let surname = names.mismatches(sourceUnits: ["Об этом сообщила Анна Волкова."],
                                       target: "This was reported by Anna Smithson.", targetDocument: "")
        #expect(surname.map(\.name) == ["Анна Волкова"])
    }

    @Test("a name after a parenthesis, a name ending a sentence and a name opening like a pronoun are names")
    func namesInPlace() {
        #expect(matcher.names(in: "Боец смешанных единоборств (MMA) Ислам Махачев получил награду.").map(\.text).contains("Ислам Махачев"))
        #expect(matcher.names(in: "«Камень выбран», — добавила Смит.").map(\.text) == ["Смит"])
        #expect(matcher.names(in: "Заключенные штата Вашингтон сидят.").map(\.text) == ["Вашингтон"])
        #expect(matcher.names(in: "Благодарим Вас за Ваше письмо и Вашу помощь.").isEmpty)
        #expect(matcher.names(in: "а) Улучшить командование").isEmpty)
    }

    @Test("mojibake (Cyrillic read as Latin-1) holds no names")
    func mojibake() {
        #expect(matcher.names(in: "Â \"Ïåðñàõ\" íå òàê ìíîãî äåéñòâèÿ â Ãðåöèè").isEmpty)
    }
}

/// Name checks on the WMT Russian–English documents (faithful segment-by-segment translations):
/// how many pairs are flagged, and whether a name replaced or dropped in the translation is found.
/// Runs only with `SVERKA_NAME_EVAL=1` and `../shared/eval-data` present; prints its figures.
/// `SVERKA_NAME_DICT` names a `ru<TAB>en|en…` word list to use as ``NameTranslations``;
/// `SVERKA_NAME_EVAL_OUT` a file to write the examples to.
@Suite("NameMatcher on WMT documents")
struct NameMatcherEvaluation {
    static let folder = TestPaths.evalData.appendingPathComponent("wmt-ru-en-docs")
    static let enabled = ProcessInfo.processInfo.environment["SVERKA_NAME_EVAL"] == "1"
        && FileManager.default.fileExists(atPath: folder.path)

    struct Pair { let ru: String; let en: String; let document: Int }

    static func load() throws -> (pairs: [Pair], documents: [String]) {
        var pairs: [Pair] = []
        var documents: [String] = []
        let sets = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".md") }.sorted()
        for set in sets {
            let text = try String(contentsOf: folder.appendingPathComponent(set).appendingPathComponent("docs.jsonl"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let ru = object["ru"] as? [[String]], let en = object["en"] as? [[String]] else { continue }
                let (r, e) = (ru.flatMap { $0 }, en.flatMap { $0 })
                guard r.count == e.count else { continue }
                documents.append(e.joined(separator: "\n"))
                for (a, b) in zip(r, e) { pairs.append(Pair(ru: a, en: b, document: documents.count - 1)) }
            }
        }
        return (pairs, documents)
    }

    @Test("faithful pairs are rarely flagged; replaced names are found", .enabled(if: enabled, "an evaluation run: set SVERKA_NAME_EVAL=1 (needs ../shared/eval-data) to run it"))
    func evaluate() throws {
        let (pairs, documents) = try Self.load()
        var translations: NameTranslationTable?
        if let path = ProcessInfo.processInfo.environment["SVERKA_NAME_DICT"] {
            // A `ru<TAB>en|en…` list (for instance Mueller's dictionary inverted).
            var entries: [String: [String]] = [:]
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
                let fields = line.split(separator: "\t")
                if fields.count == 2 { entries[String(fields[0])] = fields[1].split(separator: "|").map(String.init) }
            }
            translations = NameTranslationTable(entries)
        }
        let matcher = try NameMatcher(sourceLanguage: "ru", targetLanguage: "en", translations: translations)
        var indexes: [Int: NameDocumentIndex] = [:]
        func index(_ document: Int) -> NameDocumentIndex {
            if let known = indexes[document] { return known }
            let made = matcher.documentIndex(of: documents[document])
            indexes[document] = made
            return made
        }
        var withNames = 0, unmatchedPairs = 0, flaggedPairs = 0, confidentPairs = 0
        var unmatchedExamples: [String] = [], flaggedExamples: [String] = []
        let start = Date()
        for pair in pairs {
            guard !matcher.names(in: pair.ru).isEmpty else { continue }
            withNames += 1
            let unmatched = matcher.unmatchedNames(sourceUnits: [pair.ru], target: pair.en)
            if !unmatched.isEmpty {
                unmatchedPairs += 1
                if unmatchedExamples.count < 400 { unmatchedExamples.append("\(unmatched.map(\.text)) | \(pair.ru.prefix(120)) | \(pair.en.prefix(120))") }
            }
            let found = matcher.mismatches(sourceUnits: [pair.ru], target: pair.en, document: index(pair.document))
            if found.contains(where: { $0.confidence >= 0.5 }) { confidentPairs += 1 }
            if !found.isEmpty {
                flaggedPairs += 1
                if flaggedExamples.count < 400 {
                    flaggedExamples.append("\(found.map { "\($0.name) [\($0.evidenceSummary)] \(String(format: "%.2f", $0.confidence))" }) | \(pair.ru.prefix(120)) | \(pair.en.prefix(120))")
                }
            }
        }
        let elapsed = Date().timeIntervalSince(start)
        // Corruption: a target word rendering a name replaced by another name, or dropped.
        var replaced = 0, replacedFound = 0, dropped = 0, droppedElsewhere = 0, droppedFound = 0
        var missedExamples: [String] = []
        for pair in pairs.prefix(6000) where replaced < 400 {
            let names = matcher.names(in: pair.ru)
            guard !names.isEmpty, matcher.unmatchedNames(sourceUnits: [pair.ru], target: pair.en).isEmpty else { continue }
            let words = pair.en.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for (position, word) in words.enumerated() where position > 0 && word.first?.isUppercase == true {
                let bare = word.trimmingCharacters(in: .punctuationCharacters)
                guard bare.count >= 3 else { continue }
                var swapped = words
                swapped[position] = word.replacingOccurrences(of: bare, with: "Bulganin")
                let corrupted = swapped.joined(separator: " ")
                guard !matcher.unmatchedNames(sourceUnits: [pair.ru], target: corrupted).isEmpty else { continue }
                replaced += 1
                let document = matcher.documentIndex(of: documents[pair.document].replacingOccurrences(of: pair.en, with: corrupted))
                if !matcher.mismatches(sourceUnits: [pair.ru], target: corrupted, document: document).isEmpty {
                    replacedFound += 1
                } else if missedExamples.count < 100 {
                    missedExamples.append("\(pair.ru.prefix(100)) | \(corrupted.prefix(100))")
                }
                var removed = words
                removed[position] = ""
                let shortened = removed.joined(separator: " ")
                dropped += 1
                let withoutIt = documents[pair.document].replacingOccurrences(of: pair.en, with: shortened)
                if withoutIt.contains(bare) { droppedElsewhere += 1 }
                let droppedIndex = matcher.documentIndex(of: withoutIt)
                if !matcher.mismatches(sourceUnits: [pair.ru], target: shortened, document: droppedIndex).isEmpty { droppedFound += 1 }
                break
            }
        }
        let report = """
        NameMatcher on WMT: \(pairs.count) pairs, \(withNames) with names; \(unmatchedPairs) with an unmatched name \
        (\(String(format: "%.1f", 100 * Double(unmatchedPairs) / Double(max(withNames, 1))))%), \(flaggedPairs) flagged on evidence \
        (\(String(format: "%.1f", 100 * Double(flaggedPairs) / Double(max(withNames, 1))))%), \(confidentPairs) at confidence 0.5 or more; \(String(format: "%.1f", elapsed)) s
        replaced by another name: \(replacedFound) of \(replaced) found; dropped: \(droppedFound) of \(dropped) found \
        (\(droppedElsewhere) rendered elsewhere in the document)
        -- unmatched examples:
        \(unmatchedExamples.joined(separator: "\n"))
        -- flagged examples:
        \(flaggedExamples.joined(separator: "\n"))
        -- missed replacements:
        \(missedExamples.joined(separator: "\n"))
        """
        if let path = ProcessInfo.processInfo.environment["SVERKA_NAME_EVAL_OUT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        print(report.split(separator: "\n").prefix(3).joined(separator: "\n"))
        #expect(Double(flaggedPairs) < 0.05 * Double(withNames))
    }
}

/// The rules added for the names that the divergence benchmark's dev split missed or raised in vain.
@Suite("NameMatcher: benchmark rules")
struct NameMatcherBenchmarkRuleTests {
    let matcher = try! NameMatcher(sourceLanguage: "ru", targetLanguage: "en")
    let withDictionary = try! NameMatcher(sourceLanguage: "ru", targetLanguage: "en", translations: NameTranslationTable([
        "председатель": ["chairman", "head"], "банк": ["bank"], "четырнадцатый": ["fourteenth"], "район": ["district"],
        "иркутский": ["irkutsk"],
    ], commonWords: ["председатель", "банк", "четырнадцатый", "иркутский", "район"]))

    @Test("an English final `oe` is the Russian `о`", arguments: [
        ("Канье Уэст может опередить Джо Байдена.", "Kanye West can beat Joe Biden."),
        ("Команда подписала Джо Рида.", "The team signed Joe Reed."),
        ("Об этом написал Эдгар По.", "Edgar Poe wrote about it."),
        ("Её сыграла Мэрилин Монро.", "Marilyn Monroe played her."),
        ("Фильм снял Джо.", "Joe directed the film."),
    ])
    func finalOE(ru: String, en: String) {
        #expect(matcher.unmatchedNames(source: ru, target: en).isEmpty)
        #expect(matcher.mismatches(sourceUnits: [ru], target: en, targetDocument: en).isEmpty)
    }

    @Test("a name is no common word of the translation spelled a little otherwise", arguments: [
        // `eirven` ~ `given`, `irlandi` ~ `reading` by edit distance: no rendering.
        ("«Пожалуйста!» - умоляла королева Эирвен. Она родила девочку.", "“Please!” Queen Klim begged. She had given birth to a girl.", "Эирвен"),
        ("Об этом сообщили в Ирландии.", "This was reported in Sergey, reading the news.", "Ирландии"),
    ])
    func fuzzyOnlyAgainstNames(ru: String, en: String, name: String) {
        #expect(matcher.unmatchedNames(source: ru, target: en).map(\.text) == [name])
        #expect(matcher.mismatches(sourceUnits: [ru], target: en, targetDocument: en).map(\.name) == [name])
        // Still rendered by a capitalised spelling, near or exact, or a lower-case word spelled alike.
        #expect(matcher.unmatchedNames(source: ru, target: en.replacingOccurrences(of: "Klim", with: "Eirwin")
            .replacingOccurrences(of: "Sergey", with: "ireland")).isEmpty)
    }

    @Test("a given name missing beside its rendered surname needs the other given name there", arguments: [
        ("Председатель Питер Дати сказал, что мероприятия приносят доход.", "Chairman Kenneth Duthie said events contributed revenue.", ["Питер"]),
        ("Доминик Каммингс в заложниках с винтовками у виска.", "The idea of Jack Cummings being held hostage with rifles.", ["Доминик"]),
        ("Сэмюэлем Брауном был подписан приказ.", "The order was signed by Frank Brown.", ["Сэмюэлем"]),
        // The surname rendered alone, another name elsewhere in the pair: no evidence.
        ("Мэр подверг сомнению мотивы, которыми руководствовался президент Дональд Трамп, посылая агентов в город.",
         "The mayor questioned President Trump's motives for sending agents into the Midwestern city.", []),
        ("Доминик Каммингс в заложниках с винтовками у виска.", "The idea of Cummings being held hostage in London.", []),
    ])
    func givenNameBesideSurname(ru: String, en: String, expected: [String]) {
        #expect(withDictionary.mismatches(sourceUnits: [ru], target: en, targetDocument: en).map(\.name) == expected)
    }

    @Test("titles and places before a name are no given names")
    func titlesBeforeName() {
        let ru = "Такое заявление сделала Председатель Банка России Эльвира Набиуллина по итогам заседания."
        let en = "So said Russian Central Bank head Elvira Nabiullina after the meeting."
        #expect(withDictionary.mismatches(sourceUnits: [ru], target: en, targetDocument: en).isEmpty)
    }

    @Test("a name whose last word is a common word, an ordinal or a syllable needs any word only", arguments: [
        ("Шах и мат, король Людовик Четырнадцатый!", "Checkmate, King Louis the 14th!"),
        ("Лидер Северной Кореи Ким Чен Ын объявил чрезвычайное положение.", "North Korean leader Kim Jong-un declared an emergency."),
        ("Глава работал в селах Грановщина и Хомутово Иркутского района.", "The head worked in the villages of Granovshchina and Khomutovo."),
    ])
    func surnameRuleExceptions(ru: String, en: String) {
        let document = en + "\n\nThe Irkutsk district and Louis and Kim were mentioned again."
        #expect(withDictionary.mismatches(sourceUnits: [ru], target: en, targetDocument: document).isEmpty)
    }

    @Test("a person's name is looked for elsewhere by the surname")
    func elsewhereBySurname() {
        let document = "Sergey Ivanov opened the school.\n\nThe head of the district inspected the buildings."
        let ru = "Глава района Сергей Никитенко осмотрел дома."
        #expect(matcher.mismatches(sourceUnits: [ru], target: "The head of the district inspected the buildings.", targetDocument: document).isEmpty)
        let named = "Nikitenko opened the school.\n\nThe head of the district inspected the buildings."
        #expect(matcher.mismatches(sourceUnits: [ru], target: "The head of the district inspected the buildings.", targetDocument: named)
            .map(\.name) == ["Сергей Никитенко"])
    }

    @Test("a word after an opening single quote starts a sentence")
    func singleQuoteOpensSentence() {
        #expect(matcher.names(in: "Новости звучат как ‘Поддерживайте военные нужды’ всегда").isEmpty)
        #expect(matcher.names(in: "Новости звучат как «Поддерживайте военные нужды» всегда").isEmpty)
    }
}
