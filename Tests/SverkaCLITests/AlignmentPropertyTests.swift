import Foundation
import SverkaEval
import Testing
import Sverka
import SverkaTestSupport

/// Properties of ``AlignmentPipeline`` on random documents (seeded, so every run sees the same
/// ones): pairs of texts in several languages with the structure Sverka cleans up (page furniture,
/// paragraphs broken across a page, markers of omission, light Markdown, list markers) and odd
/// characters (CRLF, tabs, NBSP, U+2028, emoji, combining marks), run with every strategy, output
/// level and clean-up setting.
///
/// Here rather than in SverkaAlignTests, which sees SverkaAlign only: the pipeline, the cleaner and
/// the writers are in the `Sverka` umbrella module.
@Suite("Alignment properties on random documents")
struct AlignmentPropertyTests {
    /// SplitMix64: a small seeded generator, so that failures can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        private var state: UInt64

        /// A generator starting from `seed`.
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let seed: UInt64 = 0x5A1_6E7A
    static let cases = 48

    /// Words, names and page furniture per language.
    static let words: [String: [String]] = [
        "ru": ["переговоры", "товарищ", "сообщение", "война", "договор", "правительство", "помощь", "армия", "снабжение",
               "вопрос", "решение", "предложение", "ответ", "и", "в", "на", "с", "что", "мы", "они"],
        "en": ["talks", "comrade", "message", "war", "treaty", "government", "help", "army", "supply", "question",
               "decision", "proposal", "answer", "and", "in", "on", "with", "that", "we", "they"],
        "de": ["Verhandlungen", "Genosse", "Nachricht", "Krieg", "Vertrag", "Regierung", "Hilfe", "Armee", "Frage",
               "Entscheidung", "und", "in", "auf", "mit", "dass", "wir", "sie"],
        "fr": ["négociations", "camarade", "message", "guerre", "traité", "gouvernement", "aide", "armée", "question",
               "décision", "et", "dans", "sur", "avec", "que", "nous", "ils"],
    ]
    static let names: [String: [String]] = [
        "ru": ["Сталину", "Молотов", "Чжоу Энь-лай", "КИМ ИР СЕН", "т. Маленкову", "И. В. Сталин", "ПВО"],
        "en": ["Stalin", "Molotov", "Zhou Enlai", "KIM IL SUNG", "Mr. Malenkov", "J. V. Stalin", "PVO"],
        "de": ["Stalin", "Molotow", "Dr. Müller", "z. B. Genf"],
        "fr": ["Staline", "Molotov", "M. Dupont", "Genève"],
    ]
    static let furniture: [String: [String]] = [
        "ru": ["СОВЕРШЕННО СЕКРЕТНО", "Экз. № 2", "- %d -", "Продолжение шифртелеграммы № 21646"],
        "en": ["TOP SECRET", "Copy No. 2", "- %d -", "Continuation of cipher telegram No. 21646"],
        "de": ["GEHEIM", "- %d -"],
        "fr": ["SECRET", "- %d -"],
    ]
    /// Things that break naive code, dropped into sentences now and then.
    static let oddities = ["**жирный**", "*курсив*", "\\_", "👍🏽", "👨‍👩‍👧", "е\u{301}", "a\u{489}", "\t", "\u{A0}", "\u{2028}",
                           "«кавычки»", "[Stalin]", "(см. сл. лист)", "3.00", "14-го", "1952г.", "№ 2707", "&<>\"'", "\u{FEFF}",
                           "مرحبا", "שלום", "\u{200F}", "…", "?!", "1.", "в)"]

    static let pairs = [("ru", "en"), ("en", "ru"), ("de", "fr"), ("en", "en"), ("ru", "de")]

    /// One random sentence in `language`.
    static func sentence(_ language: String, _ rng: inout SeededGenerator) -> String {
        let vocabulary = words[language] ?? words["en"]!
        var parts: [String] = []
        for k in 0..<Int.random(in: 1...14, using: &rng) {
            switch Int.random(in: 0..<20, using: &rng) {
            case 0: parts.append(names[language]?.randomElement(using: &rng) ?? "Name")
            case 1: parts.append(String(Int.random(in: 1...2000, using: &rng)))
            case 2: parts.append(oddities.randomElement(using: &rng)!)
            default:
                let word = vocabulary.randomElement(using: &rng)!
                parts.append(k == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word)
            }
        }
        let end = [".", ".", ".", "?", "!", "…", ":", ""].randomElement(using: &rng)!
        return parts.joined(separator: " ") + end
    }

    /// One random document in `language`, `paragraphs` paragraphs long (some of them furniture or
    /// markers), with line ends of one random kind.
    static func document(_ language: String, paragraphs: Int, _ rng: inout SeededGenerator) -> String {
        var blocks: [String] = []
        var page = 2
        for _ in 0..<paragraphs {
            switch Int.random(in: 0..<14, using: &rng) {
            case 0:
                // A page break: the paragraph is cut mid-word, furniture, then it goes on in lower case.
                blocks.append(sentence(language, &rng) + " помо-")
                for line in furniture[language] ?? [] where Bool.random(using: &rng) {
                    blocks.append(line.replacingOccurrences(of: "%d", with: String(page)))
                }
                page += 1
                blocks.append("гать " + sentence(language, &rng))
            case 1:
                blocks.append(["[...]", "[…]", "[omitted]", "(...)"].randomElement(using: &rng)!)
            case 2:
                blocks.append("# " + sentence(language, &rng))
            case 3:
                blocks.append((1...Int.random(in: 2...4, using: &rng)).map { "\($0). " + sentence(language, &rng) }.joined(separator: "\n"))
            case 4:
                blocks.append(" \t ")  // a blank line of spaces and tabs: no paragraph
            default:
                let count = Int.random(in: 1...5, using: &rng)
                let separator = Bool.random(using: &rng) ? " " : "\n"  // wrapped lines inside a paragraph
                blocks.append((0..<count).map { _ in sentence(language, &rng) }.joined(separator: separator))
            }
        }
        let text = blocks.joined(separator: "\n\n") + "\n"
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return text.replacingOccurrences(of: "\n", with: "\r\n")
        case 1: return text.replacingOccurrences(of: "\n", with: "\r")
        default: return text
        }
    }

    /// The text with white space normalised: every maximal run of the characters
    /// `MarkupMask.isWhitespace` accepts — Unicode White_Space (tab, LF, VT, FF, CR, space, NEL,
    /// NBSP, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and U+FEFF — replaced
    /// by one U+0020 SPACE, and none at either end. Nothing else changes (no case folding, no
    /// Unicode normalisation: the document's text is NFC already, and sentences are slices of it).
    static func normalisingWhitespace(_ text: String) -> String {
        MarkupMask.collapseWhitespace(Array(text.utf16)[...])
    }

    /// The texts of `side` at `level` read off the beads of `alignment`: each unit's text once, in
    /// index order, joined by spaces.
    static func textThroughBeads(_ alignment: Alignment, _ document: Document, side: DocumentAlignment.Side,
                                 level: AlignmentLevel) -> String {
        let indices = alignment.beads.flatMap { side == .source ? $0.source : $0.target }.sorted()
        let texts = indices.map { level == .paragraph ? document.paragraphs[$0].text : document.sentences[$0].text }
        return texts.joined(separator: " ")
    }

    /// One random case: the pair of documents and the pipeline.
    static func randomCase(_ n: Int) throws -> (Document, Document, AlignmentPipeline) {
        var rng = SeededGenerator(seed: seed &+ UInt64(n) &* 0x9E37)
        let (sourceLanguage, targetLanguage) = pairs[n % pairs.count]
        let paragraphs = Int.random(in: 1...24, using: &rng)
        let sourceText = document(sourceLanguage, paragraphs: paragraphs, &rng)
        let targetText = document(targetLanguage, paragraphs: max(1, paragraphs + Int.random(in: -3...3, using: &rng)), &rng)
        let mode: DocumentSegmenter.Mode = n % 5 == 4 ? .presegmented : .running
        let source = try DocumentSegmenter(language: sourceLanguage, mode: mode)
            .segment(DecodedText(name: "source-\(n)", text: sourceText))
        let target = try DocumentSegmenter(language: targetLanguage, mode: mode)
            .segment(DecodedText(name: "target-\(n)", text: targetText, firstLine: 1 + n))
        let cleaning = n % 3 != 2
        let pipeline = AlignmentPipeline(
            strategy: n % 4 == 3 ? .sentencesOnly : .twoLevel,
            outputLevel: n % 2 == 0 ? .paragraph : .sentence,
            settings: AlignerSettings(shapes: BeadShapes(maxSide: 1 + n % 4, maxTotal: 2 + n % 4)),
            cleaner: ArchivalCleaner(removesFurniture: cleaning, joinsBrokenParagraphs: cleaning))
        return (source, target, pipeline)
    }

    @Test("Every unit is in exactly one bead at both levels, in every language pair and setting",
          arguments: 0..<cases)
    func everyUnitOnce(n: Int) throws {
        let (source, target, pipeline) = try Self.randomCase(n)
        let output = try pipeline.run(source: source, target: target)
        let result = output.result
        for level in AlignmentLevel.allCases {
            guard let alignment = result.alignment(at: level) else {
                #expect(level == .paragraph && pipeline.strategy == .sentencesOnly, "case \(n): no \(level) alignment")
                continue
            }
            #expect(AlignmentInvariants.violation(in: alignment) == nil, "case \(n) \(level)")
            let counts = level == .paragraph
                ? (result.source.paragraphs.count, result.target.paragraphs.count)
                : (result.source.sentences.count, result.target.sentences.count)
            #expect(alignment.beads.flatMap(\.source).sorted() == Array(0..<counts.0), "case \(n) \(level) source")
            #expect(alignment.beads.flatMap(\.target).sorted() == Array(0..<counts.1), "case \(n) \(level) target")
            #expect(alignment.beads.allSatisfy { $0.confidence >= 0 && $0.confidence <= 1 }, "case \(n) \(level)")
        }
    }

    @Test("Each side's unit texts, read off the beads in index order, are the document's text (white space normalised)",
          arguments: 0..<cases)
    func textsAddUp(n: Int) throws {
        let (source, target, pipeline) = try Self.randomCase(n)
        let result = try pipeline.run(source: source, target: target).result
        for (side, document) in [(DocumentAlignment.Side.source, source), (.target, target)] {
            let expected = Self.normalisingWhitespace(document.text)
            let sentences = Self.textThroughBeads(result.sentences, document, side: side, level: .sentence)
            #expect(Self.normalisingWhitespace(sentences) == expected, "case \(n) \(side) sentences")
            if let paragraphs = result.paragraphs {
                let text = Self.textThroughBeads(paragraphs, document, side: side, level: .paragraph)
                #expect(Self.normalisingWhitespace(text) == expected, "case \(n) \(side) paragraphs")
            }
        }
    }

    @Test("Pairs, TSV and JSON name the same units as the alignment, bead for bead", arguments: 0..<cases)
    func writersAgree(n: Int) throws {
        let (source, target, pipeline) = try Self.randomCase(n)
        let output = try pipeline.run(source: source, target: target)
        // (The CLI never writes paragraphs after a flat sentence search, nor do these cases.)
        let written = try #require(output.units.alignment, "case \(n): no alignment at the written level")
        let expected = written.beads.map { IndexBead(source: $0.source, target: $0.target) }

        guard case .single(let pairs) = try OutputFormat.pairs.render(output) else { Issue.record("pairs"); return }
        #expect(try PairsFormat.parse(pairs).map(\.unscored) == expected, "case \(n) pairs")

        guard case .single(let tsv) = try OutputFormat.tsv.render(output) else { Issue.record("tsv"); return }
        let rows = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast().dropFirst()
        let ids = { (field: Substring) in field.split(separator: ",").compactMap { Int($0) } }
        let tsvBeads = rows.map { row -> IndexBead in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count == 7 ? IndexBead(source: ids(fields[4]), target: ids(fields[5])) : IndexBead(source: [-1], target: [])
        }
        #expect(tsvBeads == expected, "case \(n) tsv")

        guard case .single(let json) = try OutputFormat.json.render(output) else { Issue.record("json"); return }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let alignments = try #require(root["alignments"] as? [String: Any])
        for level in AlignmentLevel.allCases {
            guard let alignment = output.result.alignment(at: level) else {
                #expect(alignments[level.rawValue] is NSNull, "case \(n) json \(level)")
                continue
            }
            let record = try #require(alignments[level.rawValue] as? [String: Any], "case \(n) json \(level)")
            let beads = try #require(record["beads"] as? [[String: Any]])
            let jsonBeads = beads.map { IndexBead(source: $0["source"] as? [Int] ?? [-1], target: $0["target"] as? [Int] ?? [-1]) }
            #expect(jsonBeads == alignment.beads.map { IndexBead(source: $0.source, target: $0.target) }, "case \(n) json \(level)")
            #expect(beads.enumerated().allSatisfy { $0.element["index"] as? Int == $0.offset }, "case \(n) json \(level) index")
        }
    }
}
