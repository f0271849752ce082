import Foundation
import SverkaAlign
import SverkaICU
import SverkaSegment

/// Finds where a translation departs from its original, bead by bead: untranslated and added
/// units, passages marked as omitted, beads whose length is out of line with the document
/// (summaries), source-script text left in the target, numbers and names present on one side
/// only, the translator's bracketed insertions, and beads of low confidence.
///
/// Thresholds are estimated from the document where it can be done (the length-ratio bounds) and
/// are all stated in the ``Diagnosis``.
public struct DivergenceDetector: Sendable {
    /// Pairing beads below this confidence are reported.
    public var minConfidence: Double
    /// Width of the length-ratio band, in scaled median absolute deviations.
    public var ratioSpreads: Double
    /// Least half-width of the band (log ratio): a bead within a factor e^floor is never out of line.
    public var ratioFloor: Double
    /// Shortest source side (characters) judged for length ratio.
    public var ratioMinimumLength: Int
    /// Untranslated units at least this long (characters) are errors, shorter ones warnings.
    public var longUntranslated: Int
    /// Longest excerpt (characters).
    public var excerptLength: Int

    /// A detector with the default thresholds.
    public init(minConfidence: Double = 0.5, ratioSpreads: Double = 3.5, ratioFloor: Double = log(2.0),
                ratioMinimumLength: Int = 30, longUntranslated: Int = 40, excerptLength: Int = 80) {
        self.minConfidence = minConfidence
        self.ratioSpreads = ratioSpreads
        self.ratioFloor = ratioFloor
        self.ratioMinimumLength = ratioMinimumLength
        self.longUntranslated = longUntranslated
        self.excerptLength = excerptLength
    }

    /// The divergences of `result` at `level` (nil alignment at that level: none). Throws only if
    /// ICU lacks a tokenizer or transliterator for the languages.
    public func diagnose(_ result: DocumentAlignment, level: AlignmentLevel) throws -> Diagnosis {
        guard let alignment = result.alignment(at: level) else { return Diagnosis(divergences: [], thresholds: [:]) }
        let names = try NameMatcher(sourceLanguage: result.source.language, targetLanguage: result.target.language)
        let sourceScripts = LanguageGuesser.scriptCounts(result.source.text)
        let targetScripts = LanguageGuesser.scriptCounts(result.target.text)
        let sourceScript = Self.dominant(sourceScripts)
        let targetScript = Self.dominant(targetScripts)

        let ratio = result.lengthRatio
        let plain = { (bead: Bead) in
            (result.plainText(bead.source, side: .source, level: level), result.plainText(bead.target, side: .target, level: level))
        }
        // Length statistics over trusted 1-1 beads.
        var samples: [(source: Double, target: Double)] = []
        for bead in alignment.beads where bead.kind == .alignment && bead.shape == BeadShape(1, 1) && bead.confidence >= 0.5 {
            let (s, t) = plain(bead)
            let ls = UnitFeatures.length(of: s)
            if ls >= ratioMinimumLength { samples.append((Double(ls) * ratio, Double(UnitFeatures.length(of: t)))) }
        }
        let statistics = LengthRatioStatistics(pairs: samples)
        let band = statistics.bounds(k: ratioSpreads, floor: ratioFloor)

        var found: [Divergence] = []
        for (index, bead) in alignment.beads.enumerated() {
            // The excerpts are made once per bead: a bead of a whole book may have thousands of
            // divergences, and each excerpt reads the bead's whole text.
            var excerpts: (source: String, target: String)?
            func add(_ kind: Divergence.Kind, _ severity: Divergence.Severity, _ reason: String) {
                let (sourceExcerpt, targetExcerpt) = excerpts ?? (excerpt(result.text(bead.source, side: .source, level: level)),
                                                                  excerpt(result.text(bead.target, side: .target, level: level)))
                excerpts = (sourceExcerpt, targetExcerpt)
                found.append(Divergence(
                    kind: kind, severity: severity, level: level, bead: index, source: bead.source, target: bead.target,
                    sourceLine: result.line(bead.source, side: .source, level: level),
                    targetLine: result.line(bead.target, side: .target, level: level),
                    sourceExcerpt: sourceExcerpt, targetExcerpt: targetExcerpt,
                    reason: reason))
            }
            let (s, t) = plain(bead)
            switch bead.kind {
            case .furniture:
                continue
            case .omission:
                let side = bead.source.isEmpty ? "original" : "translation"
                let count = bead.source.isEmpty ? bead.target.count : bead.source.count
                if bead.isNull {
                    add(.omissionMarker, .warning, "the \(side == "original" ? "translation" : "original") marks an omission, but no unpaired text stands next to it")
                } else {
                    let unit = level == .paragraph ? "paragraph" : "sentence"
                    add(.omissionMarker, .warning,
                        "left out of the translation and marked as omitted: \(count) \(unit)\(count == 1 ? "" : "s") of the \(side == "original" ? "translation" : "original")")
                }
                continue
            case .alignment:
                break
            }
            if bead.isUntranslated {
                let length = UnitFeatures.length(of: s)
                add(.untranslated, length >= longUntranslated ? .error : .warning,
                    "no counterpart in the translation (\(length) characters)")
                continue
            }
            if bead.isAdded {
                let hasLetters = t.contains(where: \.isLetter)
                add(.added, hasLetters ? .warning : .info,
                    hasLetters ? "no counterpart in the original" : "a separator or sign with no counterpart in the original")
                continue
            }
            // Both sides present.
            let ls = UnitFeatures.length(of: s)
            let lt = UnitFeatures.length(of: t)
            if ls >= ratioMinimumLength {
                let logRatio = log(Double(max(lt, 1)) / (Double(ls) * ratio))
                if logRatio < band.lowerBound {
                    let percent = Int((100 * exp(logRatio - statistics.centre)).rounded())
                    add(.partial, .warning, "the translation is \(percent)% of the expected length: summarised or partly left out")
                } else if logRatio > band.upperBound {
                    let percent = Int((100 * exp(logRatio - statistics.centre)).rounded())
                    add(.partial, .info, "the translation is \(percent)% of the expected length: material added?")
                }
            }
            if let run = Self.sourceScriptRun(in: t, sourceScript: sourceScript, targetScript: targetScript) {
                add(.sourceLanguage, .warning, "text in the original's script left in the translation: \(run)")
            } else if s.count >= 10, s.contains(where: \.isLetter), s.lowercased() == t.lowercased(), sourceScript == targetScript {
                add(.sourceLanguage, .warning, "the translation is identical to the original")
            }
            let targetWithoutInsertions = BracketedInsertions.removing(from: t)
            let sourceWithoutInsertions = BracketedInsertions.removing(from: s)
            let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.numbers(in: sourceWithoutInsertions),
                                                         target: NumberMatcher.numbers(in: targetWithoutInsertions))
            if !missing.isEmpty || !extra.isEmpty {
                var parts: [String] = []
                if !missing.isEmpty { parts.append("\(Self.list(missing)) in the original not in the translation") }
                if !extra.isEmpty { parts.append("\(Self.list(extra)) in the translation not in the original") }
                let serious = (missing + extra).contains { $0.count >= 3 }
                add(.numberMismatch, serious ? .error : .warning, parts.joined(separator: "; "))
            }
            let sourceUnits = bead.source.map { result.plainText([$0], side: .source, level: level) }
                .map(BracketedInsertions.removing(from:))
            let unmatched = names.unmatchedNames(sourceUnits: sourceUnits, target: targetWithoutInsertions)
            if !unmatched.isEmpty {
                add(.nameMismatch, .warning,
                    "\(Self.list(unmatched.map(\.text))) in the original \(unmatched.count == 1 ? "has" : "have") no match in the translation")
            }
            // An insertion "in the original too" is one of the original's own bracketed spans (any
            // occurrence of such a span is one): a set, not a search of `s` per insertion.
            let sourceBrackets = Set(BracketedInsertions.find(in: s))
            for insertion in BracketedInsertions.find(in: t) where !sourceBrackets.contains(insertion) {
                add(.translatorInsertion, .info, "the translator added \(insertion)")
            }
            if bead.confidence < minConfidence {
                add(.lowConfidence, .warning, "confidence \(String(format: "%.2f", bead.confidence)) is below \(minConfidence)")
            }
        }
        let thresholds: [String: Double] = [
            "lowConfidence": minConfidence,
            "lengthRatio.centre": exp(statistics.centre),
            "lengthRatio.low": exp(band.lowerBound),
            "lengthRatio.high": exp(band.upperBound),
            "lengthRatio.sample": Double(statistics.sampleSize),
            "documentRatio": ratio,
            "untranslated.errorLength": Double(longUntranslated),
        ]
        return Diagnosis(divergences: found, thresholds: thresholds)
    }

    /// A run of three or more letters of the source's script in `text`, when the two scripts differ.
    static func sourceScriptRun(in text: String, sourceScript: Script?, targetScript: Script?) -> String? {
        guard let sourceScript, let targetScript, sourceScript != targetScript else { return nil }
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            if letters.count >= 3 && letters.allSatisfy({ Script(of: $0) == sourceScript }) { return String(word) }
        }
        return nil
    }

    static func dominant(_ counts: [Script: Int]) -> Script? {
        counts.filter { $0.key != .common }.max { $0.value < $1.value }?.key
    }

    static func list(_ items: [String]) -> String {
        let shown = items.prefix(6).joined(separator: ", ")
        return items.count > 6 ? shown + " and \(items.count - 6) more" : shown
    }

    func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count <= excerptLength ? flat : String(flat.prefix(excerptLength - 1)) + "…"
    }
}
