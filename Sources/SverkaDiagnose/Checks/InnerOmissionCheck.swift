import Foundation
import SverkaAlign

/// Sentences left without a counterpart inside a paragraph pair, when paragraphs are diagnosed:
/// the sentence alignment inside each paragraph bead already has them as 1-0 (or 0-1) beads. Each
/// is reported on its paragraph bead as `untranslated` (or `added`, or `moved` when it was
/// translated in another paragraph), with its own line and text. A paragraph of a many-to-one bead
/// whose sentences are all unpaired is reported whole. Paragraph beads that are one-sided already
/// are reported by ``UnpairedCheck`` and not looked into, so nothing is reported twice. A target
/// sentence shorter than `longUntranslated` left alone inside a pair is information only (the
/// translator's split or interjection), a longer one a warning.
struct InnerOmissionCheck: DivergenceCheck {
    /// Untranslated text at least this long (characters) is an error, shorter a warning; added
    /// text at least this long a warning, shorter information.
    let longUntranslated: Int
    /// The largest margin that makes a sentence loose (nats), for the confidence scale.
    let looseThreshold: Double

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let document = bead.document
        guard document.level == .paragraph, !bead.bead.isNull, bead.bead.kind == .alignment else { return [] }
        let sentences = document.result.sentences
        var found: [Finding] = []
        let result = document.result
        // Source sentences dropped inside the pair, paragraph by paragraph.
        for paragraph in bead.bead.source {
            let beads = document.unpairedSentenceBeads(source: true, paragraph: paragraph)
            guard !beads.isEmpty else { continue }
            let own = result.source.paragraphs[paragraph].sentenceRange
            let dropped = beads.flatMap { sentences.beads[$0].source }
            if dropped.count == own.count && bead.bead.source.count > 1 {
                let text = result.source.paragraphs[paragraph].plain
                let length = UnitFeatures.length(of: text)
                found.append(Finding(kind: .untranslated, severity: length >= longUntranslated ? .error : .warning,
                                     reason: "a whole paragraph of this bead has no counterpart in the translation (\(length) characters)",
                                     confidence: beads.map { sentences.beads[$0].confidence }.min() ?? 1,
                                     place: Finding.Place(sourceLine: result.source.paragraphs[paragraph].line, targetLine: nil,
                                                          sourceText: result.source.paragraphs[paragraph].text, targetText: ""))
                    .concerning(source: [paragraph], target: []))
                continue
            }
            for k in beads {
                let sentence = sentences.beads[k]
                let text = result.plainText(sentence.source, side: .source, level: .sentence)
                let place = Finding.Place(sourceLine: result.line(sentence.source, side: .source, level: .sentence), targetLine: nil,
                                          sourceText: result.text(sentence.source, side: .source, level: .sentence), targetText: "")
                if let move = document.sentenceMoveFromSource[k] {
                    let line = result.line(sentences.beads[move.targetBead].target, side: .target, level: .sentence)
                    found.append(Finding(kind: .moved, severity: .warning,
                                         reason: "a sentence of this paragraph is translated elsewhere, at translation line \(line.map(String.init) ?? "?")",
                                         confidence: move.confidence, place: place).concerning(source: [paragraph], target: []))
                    continue
                }
                let length = UnitFeatures.length(of: text)
                found.append(Finding(kind: .untranslated, severity: length >= longUntranslated ? .error : .warning,
                                     reason: "a sentence of this paragraph has no counterpart in the translation (\(length) characters)",
                                     confidence: sentence.confidence, place: place).concerning(source: [paragraph], target: []))
            }
        }
        // Sentences that a many-to-one sentence bead holds only loosely (a short sentence left out
        // is merged into its neighbour's pair rather than left alone).
        let looseParagraphs = Set((document.looseUnits[bead.index] ?? []).filter(\.isSource).flatMap(\.units))
        for paragraph in bead.bead.source where !looseParagraphs.contains(paragraph) { // reported whole by LooseUnitCheck
            for unit in document.looseSentences.source[paragraph] ?? [] {
                let text = result.plainText(unit.units, side: .source, level: .sentence)
                guard text.contains(where: \.isLetter) else { continue }
                let length = UnitFeatures.length(of: text)
                found.append(Finding(kind: .untranslated, severity: .warning,
                                     reason: "a sentence of this paragraph (\(length) characters) is held by its neighbour's pair only loosely: left out of the translation?",
                                     confidence: 0.5 + 0.4 * (1 - min(unit.margin / max(looseThreshold, 1e-9), 1)),
                                     evidence: ["margin \(String(format: "%.2f", unit.margin)) nats"],
                                     place: Finding.Place(sourceLine: result.line(unit.units, side: .source, level: .sentence), targetLine: nil,
                                                          sourceText: result.text(unit.units, side: .source, level: .sentence), targetText: ""))
                    .concerning(source: [paragraph], target: []))
            }
        }
        // Several source sentences against a far shorter translation.
        if document.ratio > 0 {
            for paragraph in bead.bead.source {
                for k in document.mergedSentenceBeads(paragraph: paragraph) {
                    let sentence = sentences.beads[k]
                    let ls = UnitFeatures.length(of: result.plainText(sentence.source, side: .source, level: .sentence))
                    let lt = UnitFeatures.length(of: result.plainText(sentence.target, side: .target, level: .sentence))
                    guard ls >= 30 else { continue }
                    let logRatio = log(Double(max(lt, 1)) / (Double(ls) * document.ratio))
                    guard logRatio < document.lengthBand.lowerBound else { continue }
                    let percent = Int((100 * exp(logRatio - document.lengthStatistics.centre)).rounded())
                    found.append(Finding(kind: .partial, severity: .warning,
                                         reason: "\(sentence.source.count) sentences of this paragraph are translated by text \(percent)% of the expected length: part left out?",
                                         confidence: min(1, 0.6 + (document.lengthBand.lowerBound - logRatio)),
                                         evidence: ["\(ls) → \(lt) characters"],
                                         place: Finding.Place(sourceLine: result.line(sentence.source, side: .source, level: .sentence),
                                                              targetLine: result.line(sentence.target, side: .target, level: .sentence),
                                                              sourceText: result.text(sentence.source, side: .source, level: .sentence),
                                                              targetText: result.text(sentence.target, side: .target, level: .sentence))))
                }
            }
        }
        // Target sentences with no source inside the pair.
        for paragraph in bead.bead.target {
            for k in document.unpairedSentenceBeads(source: false, paragraph: paragraph) {
                let sentence = sentences.beads[k]
                let text = result.plainText(sentence.target, side: .target, level: .sentence)
                guard text.contains(where: \.isLetter) else { continue }
                let place = Finding.Place(sourceLine: nil, targetLine: result.line(sentence.target, side: .target, level: .sentence),
                                          sourceText: "", targetText: result.text(sentence.target, side: .target, level: .sentence))
                if let move = document.sentenceMoveFromTarget[k] {
                    let line = result.line(sentences.beads[move.sourceBead].source, side: .source, level: .sentence)
                    found.append(Finding(kind: .moved, severity: .warning,
                                         reason: "a sentence of this paragraph's translation translates original line \(line.map(String.init) ?? "?"), placed here",
                                         confidence: move.confidence, place: place).concerning(source: [], target: [paragraph]))
                    continue
                }
                // A short sentence of the translation alone inside a translated paragraph is most
                // often the translator's own phrasing (a sentence split in two, an interjection, a
                // line of dialogue broken up): worth knowing, not a warning.
                let length = UnitFeatures.length(of: text)
                found.append(Finding(kind: .added, severity: length >= longUntranslated ? .warning : .info,
                                     reason: "a sentence of this paragraph's translation has no counterpart in the original (\(length) characters)",
                                     confidence: sentence.confidence, place: place).concerning(source: [], target: [paragraph]))
            }
        }
        return found
    }
}
