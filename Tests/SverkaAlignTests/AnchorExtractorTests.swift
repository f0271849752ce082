import Testing
@testable import SverkaAlign

@Suite("AnchorExtractor")
struct AnchorExtractorTests {
    /// The anchors two texts share, by key.
    func shared(_ ru: String, _ en: String) throws -> Int {
        var vocabulary = AnchorVocabulary()
        let a = try AnchorExtractor(language: "ru").anchors(of: ru, vocabulary: &vocabulary)
        let b = try AnchorExtractor(language: "en").anchors(of: en, vocabulary: &vocabulary)
        return Set(a).intersection(b).count
    }

    @Test("numbers are normalised: 3.00 ~ 3:00, 14-го ~ 14, 1952г. ~ 1952", arguments: [
        ("от 3.00 15 июля", "of 3:00 15 July", 3),
        ("от 18.00 14-го июля", "of 18:00 14 July", 3),
        ("16 июля 1952г.", "16 July 1952.", 2),
    ])
    func numbers(ru: String, en: String, expected: Int) throws {
        #expect(try shared(ru, en) >= expected)
    }

    @Test("Cyrillic names match their English renderings after transliteration")
    func names() throws {
        #expect(try shared("тов. Молотову, тов. Маленкову, тов. Берия", "Molotov, Malenkov, Beria") == 3)
        #expect(try shared("американским империализмом", "American imperialism") == 2)
    }

    @Test("letter-spaced names are read as one word: Ф И Л И П П О В У ~ FILIPPOV")
    func spacedLetters() throws {
        #expect(try shared("Товарищу Ф И Л И П П О В У", "To Comrade FILIPPOV") >= 1)
    }

    @Test("list markers match across scripts by position: а) ~ a), в) ~ c), 2. ~ 2.")
    func listMarkers() throws {
        var vocabulary = AnchorVocabulary()
        let ru = try AnchorExtractor(language: "ru")
        let en = try AnchorExtractor(language: "en")
        let markerIDs = { (ids: [Int32], v: AnchorVocabulary) in ids.filter { v.kind(of: $0) == .listMarker } }
        let a = ru.anchors(of: "в) Необходимо послать", vocabulary: &vocabulary)
        let b = en.anchors(of: "c) It is necessary to send", vocabulary: &vocabulary)
        let c = en.anchors(of: "b) The diameter", vocabulary: &vocabulary)
        #expect(markerIDs(a, vocabulary) == markerIDs(b, vocabulary))
        #expect(markerIDs(a, vocabulary) != markerIDs(c, vocabulary))
        #expect(!markerIDs(a, vocabulary).isEmpty)
    }

    @Test("acronyms match: ПВО ~ PVO, ВВС ~ VVS")
    func acronyms() throws {
        #expect(try shared("ПВО столицы и ВВС", "the PVO of the capital and the VVS") == 2)
    }
}
