import Foundation
import SverkaAlign
import SverkaICU
import SverkaSegment

/// Finds where a translation departs from its original, bead by bead, one check per kind (in
/// `Checks/`): untranslated, added and moved units (``UnpairedCheck``), sentences dropped inside a
/// paragraph pair (``InnerOmissionCheck``), passages marked as omitted, beads whose length is out
/// of line with the document (summaries), source-script text left in the target, numbers and names
/// present on one side only, the translator's bracketed insertions, and beads of low confidence.
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
    /// Threads that check beads (the output is the same whatever the number).
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Divergences less confident than this are left out (0: all are reported).
    public var minDivergenceConfidence: Double = 0
    /// Word translations for the names check (exonyms, translated names, capitalised common
    /// words), typically from the dictionary the aligner uses; nil for none.
    public var nameTranslations: (any NameTranslations & Sendable)?

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

    /// The divergences of `result` at `level` (nil alignment at that level: none), at least
    /// `minDivergenceConfidence` confident. Throws only if ICU lacks a tokenizer or transliterator
    /// for the languages.
    public func diagnose(_ result: DocumentAlignment, level: AlignmentLevel) throws -> Diagnosis {
        guard let alignment = result.alignment(at: level) else { return Diagnosis(divergences: [], thresholds: [:]) }
        let names = try NameMatcher(sourceLanguage: result.source.language, targetLanguage: result.target.language,
                                    translations: nameTranslations)

        // Length statistics over trusted 1-1 beads.
        var samples: [(source: Double, target: Double)] = []
        for bead in alignment.beads where bead.kind == .alignment && bead.shape == BeadShape(1, 1) && bead.confidence >= 0.5 {
            let ls = UnitFeatures.length(of: result.plainText(bead.source, side: .source, level: level))
            if ls >= ratioMinimumLength {
                samples.append((Double(ls) * result.lengthRatio,
                                Double(UnitFeatures.length(of: result.plainText(bead.target, side: .target, level: level)))))
            }
        }
        let statistics = LengthRatioStatistics(pairs: samples)
        let band = statistics.bounds(k: ratioSpreads, floor: ratioFloor)
        let document = DocumentUnderCheck(
            result: result, level: level, alignment: alignment,
            sourceScript: Self.dominant(LanguageGuesser.scriptCounts(result.source.text)),
            targetScript: Self.dominant(LanguageGuesser.scriptCounts(result.target.text)),
            lengthBand: band, lengthStatistics: statistics)

        // The beads are checked in chunks on several threads, each with its own name matcher (ICU
        // objects are not shared) starting from a copy of the first one's caches; the translation's
        // name index is built once and shared. The
        // chunks' findings are joined in bead order, so the output does not depend on the threads.
        let index = names.documentIndex(of: document.targetDocumentText)
        let sourceLowercase = names.lowercaseWords(of: result.source.text)
        let beads = alignment.beads
        let chunkCount = Swift.max(1, Swift.min(threads, beads.count / 64))
        // The other chunks' matchers copy what this one has worked out for the translation's
        // words, made before chunk 0 goes on with it.
        let copies = try (1..<chunkCount).map { _ in try NameMatcher(copying: names) }
        let chunks = (0..<chunkCount).map { c in (c * beads.count / chunkCount)..<((c + 1) * beads.count / chunkCount) }
        let collected = ChunkedResults<[Divergence]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
            collected.set(c, Result {
                let matcher = c == 0 ? names : copies[c - 1]
                return try divergences(in: chunks[c], of: beads, document: document, names: matcher, index: index,
                                       sourceLowercase: sourceLowercase)
            })
        }
        let found = try collected.values().flatMap { $0 }
        let thresholds: [String: Double] = [
            "lowConfidence": minConfidence,
            "minDivergenceConfidence": minDivergenceConfidence,
            "lengthRatio.centre": exp(statistics.centre),
            "lengthRatio.low": exp(band.lowerBound),
            "lengthRatio.high": exp(band.upperBound),
            "lengthRatio.sample": Double(statistics.sampleSize),
            "documentRatio": result.lengthRatio,
            "untranslated.errorLength": Double(longUntranslated),
        ]
        return Diagnosis(divergences: found, thresholds: thresholds)
    }

    /// The divergences of the beads `range` of `beads`, found by every check in order.
    private func divergences(in range: Range<Int>, of beads: [Bead], document: DocumentUnderCheck, names: NameMatcher,
                             index: NameDocumentIndex, sourceLowercase: Set<String>) throws -> [Divergence] {
        let result = document.result
        let level = document.level
        // The checks, by the beads they look at.
        let unpaired: [DivergenceCheck] = [UnpairedCheck(longUntranslated: longUntranslated)]
        let markers: [DivergenceCheck] = [OmissionMarkerCheck()]
        let pairs: [DivergenceCheck] = [
            LooseUnitCheck(threshold: MovedUnits().looseThreshold),
            InnerOmissionCheck(longUntranslated: longUntranslated, looseThreshold: MovedUnits().looseThreshold),
            LengthRatioCheck(minimumLength: ratioMinimumLength), SourceLanguageCheck(), NumberCheck(),
            NameCheck(names: names, document: index, sourceLowercase: sourceLowercase), TranslatorInsertionCheck(), LowConfidenceCheck(minConfidence: minConfidence),
        ]
        var found: [Divergence] = []
        for index in range {
            let bead = beads[index]
            let checks: [DivergenceCheck]
            switch bead.kind {
            case .furniture: continue
            case .omission: checks = markers
            case .alignment: checks = bead.isNull ? unpaired : pairs
            }
            let underCheck = BeadUnderCheck(bead: bead, index: index,
                                            source: result.plainText(bead.source, side: .source, level: level),
                                            target: result.plainText(bead.target, side: .target, level: level),
                                            document: document)
            // The excerpts are made once per bead: a bead of a whole book may have thousands of
            // divergences, and each excerpt reads the bead's whole text.
            var excerpts: (source: String, target: String)?
            // A bead whose divergence is already said (a paragraph left out of a 2-1 pair) is not
            // reported again as merely unsure.
            var explained = false
            for check in checks {
                for finding in try check.findings(at: underCheck) where finding.confidence >= minDivergenceConfidence {
                    if finding.kind == .lowConfidence && explained { continue }
                    if [.untranslated, .added, .moved, .partial].contains(finding.kind) { explained = true }
                    let place: Finding.Place
                    if let narrower = finding.place {
                        place = Finding.Place(sourceLine: narrower.sourceLine, targetLine: narrower.targetLine,
                                              sourceText: excerpt(narrower.sourceText), targetText: excerpt(narrower.targetText))
                    } else {
                        let made = excerpts ?? (excerpt(result.text(bead.source, side: .source, level: level)),
                                                excerpt(result.text(bead.target, side: .target, level: level)))
                        excerpts = made
                        place = Finding.Place(sourceLine: result.line(bead.source, side: .source, level: level),
                                              targetLine: result.line(bead.target, side: .target, level: level),
                                              sourceText: made.source, targetText: made.target)
                    }
                    found.append(Divergence(
                        kind: finding.kind, severity: finding.severity, level: level, bead: index,
                        source: finding.units?.source ?? bead.source, target: finding.units?.target ?? bead.target,
                        sourceLine: place.sourceLine, targetLine: place.targetLine,
                        sourceExcerpt: place.sourceText, targetExcerpt: place.targetText, reason: finding.reason,
                        confidence: finding.confidence, evidence: finding.evidence))
                }
            }
        }
        return found
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
