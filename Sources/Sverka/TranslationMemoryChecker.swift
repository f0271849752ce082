import Foundation
import SverkaIngest

/// Runs Sverka's divergence checks on an already aligned bilingual file (``TranslationMemory``):
/// numbers, names, untranslated text and source-language text left in the translation, length out
/// of line with the rest, and the other checks of ``DivergenceDetector``.
///
/// Each unit is one bead: a unit with both sides a 1-1 pair, a unit with no translation 1-0
/// (untranslated), one with no original 0-1 (added); units not to be translated are page
/// furniture, kept and not checked, except a marker of omission (`[...]`) with the text it stands
/// for, which is an omission bead (as Sverka's own XLIFF and TSV write them). The units' originals make one document, their translations
/// another (each unit one paragraph, split into sentences; its line the unit's line in the file),
/// so the document-level statistics — the length ratio and its spread, the names found elsewhere
/// in the translation — come from all the units. The result is an ``AlignmentPipeline/Output`` at
/// the paragraph level: every ``OutputFormat`` writes it (report, JSON, TSV, TMX…). Bead
/// confidences are 1: the file's alignment is taken as given, so no bead is "unsure".
public struct TranslationMemoryChecker: Sendable {
    /// Why a check failed inside Sverka (never for bad input, which fails when read).
    public enum Failure: Error, CustomStringConvertible {
        /// ICU cannot segment or tokenise a language (its error kept).
        case icu(String)
        /// The beads built break the nothing-lost invariant: a bug.
        case invariant(String)

        public var description: String {
            switch self {
            case .icu(let reason): return "ICU failed: \(reason)"
            case .invariant(let problem): return "the units were not all kept (\(problem)); please report this"
            }
        }
    }

    /// The divergence detector.
    public var detector: DivergenceDetector

    /// A checker with `detector`.
    public init(detector: DivergenceDetector = DivergenceDetector()) {
        self.detector = detector
    }

    /// The checker `sverka check` runs for `sourceLanguage` → `targetLanguage` under `policy`: the
    /// detector of ``AlignmentPipeline/standard(sourceLanguage:targetLanguage:policy:diagnoses:)``
    /// (thresholds, and the dictionary's word translations for names).
    public static func standard(sourceLanguage: String, targetLanguage: String, policy: AlignmentPolicy = AlignmentPolicy()) -> TranslationMemoryChecker {
        TranslationMemoryChecker(detector: AlignmentPipeline.standard(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                                                      policy: policy).detector)
    }

    /// The languages to check `memory` in: those given, else those the file names, else guessed
    /// from the units' text by script (`LanguageGuesser`).
    public static func languages(of memory: TranslationMemory, sourceLanguage: String? = nil,
                                 targetLanguage: String? = nil) -> (source: String, target: String) {
        let guess = { (texts: [String]) in LanguageGuesser.guess(texts.prefix(2000).joined(separator: "\n")) }
        let source = sourceLanguage.flatMap { $0 == "auto" ? nil : $0 } ?? memory.sourceLanguage ?? guess(memory.units.map(\.source))
        let target = targetLanguage.flatMap { $0 == "auto" ? nil : $0 } ?? memory.targetLanguage ?? guess(memory.units.map(\.target))
        return (source, target)
    }

    /// The units of `memory` as beads, checked, in `sourceLanguage` → `targetLanguage`.
    public func check(_ memory: TranslationMemory, sourceLanguage: String, targetLanguage: String) throws -> AlignmentPipeline.Output {
        let sides = try (Self.side(memory, \.source, line: \.sourceLine, language: sourceLanguage),
                         Self.side(memory, \.target, line: \.targetLine, language: targetLanguage))
        let (source, target) = (sides.0.document, sides.1.document)
        var paragraphBeads: [Bead] = []
        var sentenceBeads: [Bead] = []
        for (k, unit) in memory.units.enumerated() {
            let (s, t) = (sides.0.paragraph[k], sides.1.paragraph[k])
            let sourceSentences = s.map { Array(source.paragraphs[$0].sentenceRange) } ?? []
            let targetSentences = t.map { Array(target.paragraphs[$0].sentenceRange) } ?? []
            if unit.translatable {
                if s == nil && t == nil { continue }
                paragraphBeads.append(Bead(source: s.map { [$0] } ?? [], target: t.map { [$0] } ?? []))
                sentenceBeads.append(Bead(source: sourceSentences, target: targetSentences))
            } else if let s, let t, OmissionMarkerCheck.isMarkerOnly(unit.source) || OmissionMarkerCheck.isMarkerOnly(unit.target) {
                // A marker of omission with the text it stands for (as Sverka writes them).
                paragraphBeads.append(Bead(source: [s], target: [t], kind: .omission))
                sentenceBeads.append(Bead(source: sourceSentences, target: targetSentences, kind: .omission))
            } else {
                // Not to be translated: each side is furniture of its own.
                if let s {
                    paragraphBeads.append(Bead(source: [s], target: [], kind: .furniture))
                    sentenceBeads.append(Bead(source: sourceSentences, target: [], kind: .furniture))
                }
                if let t {
                    paragraphBeads.append(Bead(source: [], target: [t], kind: .furniture))
                    sentenceBeads.append(Bead(source: [], target: targetSentences, kind: .furniture))
                }
            }
        }
        let paragraphs = Alignment(level: .paragraph, sourceCount: source.paragraphs.count, targetCount: target.paragraphs.count,
                                   beads: paragraphBeads)
        let sentences = Alignment(level: .sentence, sourceCount: source.sentences.count, targetCount: target.sentences.count,
                                  beads: sentenceBeads)
        for alignment in [paragraphs, sentences] {
            if let problem = AlignmentInvariants.violation(in: alignment) { throw Failure.invariant(problem) }
        }
        let pairs = paragraphBeads.filter { $0.kind == .alignment && !$0.isNull }
        let ratio = LengthModel.estimated(
            sourceLengths: pairs.map { UnitFeatures.length(of: source.paragraphs[$0.source[0]].plain) },
            targetLengths: pairs.map { UnitFeatures.length(of: target.paragraphs[$0.target[0]].plain) }).ratio
        let result = DocumentAlignment(source: source, target: target, paragraphs: paragraphs, sentences: sentences, lengthRatio: ratio)
        do {
            return AlignmentPipeline.Output(result: result, diagnosis: try detector.diagnose(result, level: .paragraph), level: .paragraph)
        } catch let error as ICUError {
            throw Failure.icu("\(error)")
        }
    }

    /// One side of `memory` as a document: each unit's text on that side (normalised as input
    /// text is: NFC, line ends, control characters) one paragraph, split into sentences; and for
    /// each unit, its paragraph (nil when the side is empty or white space).
    static func side(_ memory: TranslationMemory, _ text: KeyPath<TranslationMemory.Unit, String>,
                     line: KeyPath<TranslationMemory.Unit, Int>, language: String) throws -> (document: Document, paragraph: [Int?]) {
        let splitter: SentenceSegmenter
        do {
            splitter = try SentenceSegmenter(language: language)
        } catch {
            throw Failure.icu("no sentence segmenter for '\(language)': \(error)")
        }
        var whole = ""
        var offset = 0
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var paragraphOf: [Int?] = []
        for unit in memory.units {
            let normalized = TextNormalization.normalize(unit[keyPath: text])
            let units = [UInt16](normalized.utf16)
            guard let first = units.firstIndex(where: { !MarkupMask.isWhitespace($0) }),
                  let last = units.lastIndex(where: { !MarkupMask.isWhitespace($0) }) else {
                paragraphOf.append(nil)
                continue
            }
            let kept = Array(units[first...last])
            if !paragraphs.isEmpty {
                whole += "\n\n"
                offset += 2
            }
            let masked = MarkupMask.mask(kept[...])
            var spans = splitter.split(masked).filter { !$0.isEmpty }
            if spans.isEmpty { spans = [0..<kept.count] }
            let firstSentence = sentences.count
            var lineNumber = unit[keyPath: line]
            var cursor = 0
            for span in spans {
                let start = span.firstIndex { !MarkupMask.isWhitespace(kept[$0]) } ?? span.lowerBound
                let end = span.lastIndex { !MarkupMask.isWhitespace(kept[$0]) }.map { $0 + 1 } ?? start
                lineNumber += kept[cursor..<start].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                cursor = start
                sentences.append(Sentence(
                    index: sentences.count, paragraph: paragraphs.count, line: lineNumber,
                    text: String(decoding: kept[start..<end], as: UTF16.self),
                    plain: MarkupMask.collapseWhitespace(masked[span]),
                    range: (offset + span.lowerBound)..<(offset + span.upperBound)))
            }
            let paragraphText = String(decoding: kept, as: UTF16.self)
            paragraphOf.append(paragraphs.count)
            paragraphs.append(Paragraph(
                index: paragraphs.count, line: unit[keyPath: line], text: paragraphText,
                plain: MarkupMask.collapseWhitespace(masked[...]),
                range: offset..<(offset + kept.count), sentenceRange: firstSentence..<sentences.count))
            whole += paragraphText
            offset += kept.count
        }
        let document = Document(name: memory.name, language: language, text: whole, paragraphs: paragraphs, sentences: sentences)
        return (document, paragraphOf)
    }
}
