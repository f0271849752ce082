import Testing
@testable import SverkaLexicon
import SverkaAlign
import SverkaIngest
import SverkaSegment

@Suite("LexicalEvidence")
struct LexicalEvidenceTests {
    static let dictionary = """
        враг\tenemy
        атаковать\tattack
        город\tcity
        ночь\tnight
        погода\tweather
        тёплый\twarm
        сегодня\ttoday
        телеграмма\ttelegram
        получить\treceive
        """

    func align(_ ru: String, _ en: String, lexicon: Bool) throws -> [Bead] {
        let source = try DocumentSegmenter(language: "ru", mode: .presegmented).segment(DecodedText(name: "ru", text: ru))
        let target = try DocumentSegmenter(language: "en", mode: .presegmented).segment(DecodedText(name: "en", text: en))
        var providers: [EvidenceProvider] = []
        if lexicon {
            let built = try #require(LexiconBuilder.build(
                BilingualDictionary(firstLanguage: nil, secondLanguage: nil,
                                    entries: TabularDictionaryReader.parse(Self.dictionary), source: "test"),
                source: "ru", target: "en"))
            providers.append(LexiconEvidenceProvider(lexicon: built))
        }
        return try DocumentAligner(providers: providers).align(source: source, target: target, strategy: .sentencesOnly).sentences.beads
    }

    /// One sentence, and two candidate translations of equal length, the right one second: length
    /// cannot decide, and the first candidate is the nearer by position.
    /// Around it, pairs numbered like telegram headers, which anchors align on their own.
    let ru = (1...3).map { "Телеграмма № 10\($0) получена в 1\($0):00." }.joined(separator: "\n")
        + "\nВраг атакует город ночью, и сегодня тоже.\n"
        + (4...6).map { "Телеграмма № 10\($0) получена в 1\($0):00." }.joined(separator: "\n")
    let en = (1...3).map { "Telegram No. 10\($0) received at 1\($0):00." }.joined(separator: "\n")
        + "\nToday the weather was warm and pleasant again.\nThe enemy attacks the city at night, today too.\n"
        + (4...6).map { "Telegram No. 10\($0) received at 1\($0):00." }.joined(separator: "\n")

    @Test("the dictionary pairs the sentence with its translation, not with the one of equal length")
    func dictionaryDecides() throws {
        let beads = try align(ru, en, lexicon: true)
        #expect(beads.contains { $0.source == [3] && $0.target == [4] }, "\(beads.map { "\($0.source):\($0.target)" })")
    }

    @Test("without the dictionary, length alone pairs it wrongly (so the test above depends on it)")
    func lengthAloneFails() throws {
        let beads = try align(ru, en, lexicon: false)
        #expect(!beads.contains { $0.source == [3] && $0.target == [4] })
    }

    @Test("a learnt lexicon keeps pairs that recur together")
    func trainer() throws {
        let pairs = (0..<6).map { ("Der Gletscher liegt im Tal \($0).", "Le glacier est dans la vallée \($0).") }
            + [("Die Hütte ist geschlossen.", "La cabane est fermée."), ("Die Hütte ist offen.", "La cabane est ouverte.")]
        let lexicon = LexiconTrainer().train(pairs: pairs, sourceLanguage: "de", targetLanguage: "fr")
        let learnt = try #require(lexicon, "the trainer learnt no lexicon from six recurring pairs")
        let de = try StemmedUnits(language: "de")
        let fr = try StemmedUnits(language: "fr")
        let gletscher = try #require(learnt.sourceIDs[de.stem("gletscher")], "Gletscher is not in the learnt lexicon")
        let glacier = try #require(learnt.targetIDs[fr.stem("glacier")], "glacier is not in the learnt lexicon")
        #expect(learnt.forward[Int(gletscher)].contains(glacier))
    }
}
