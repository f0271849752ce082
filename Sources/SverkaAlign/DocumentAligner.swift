import SverkaSegment

/// Aligns an original with its translation: paragraphs first, then the sentences inside each pair
/// of paragraph groups (`twoLevel`), or the sentences of the whole text at once (`sentencesOnly`,
/// for texts whose paragraphing differs between the sides).
///
/// The flow: features (length, anchors) for every sentence → paragraph features by summing their
/// sentences → length ratio estimated from the two texts → paragraph search → sentence search in
/// each paragraph bead → confidences.
public struct DocumentAligner {
    /// How to search.
    public enum Strategy: Sendable {
        /// Paragraphs, then sentences inside paragraph beads.
        case twoLevel
        /// Sentences over the whole text.
        case sentencesOnly
    }

    /// The settings.
    public var settings: AlignerSettings
    /// Extra evidence (dictionaries, lexicons).
    public var providers: [EvidenceProvider]

    /// An aligner with `settings` and extra evidence `providers`.
    public init(settings: AlignerSettings = AlignerSettings(), providers: [EvidenceProvider] = []) {
        self.settings = settings
        self.providers = providers
    }

    /// Aligns `source` with `target`. Throws only if ICU cannot provide a tokenizer or
    /// transliterator for one of the languages.
    public func align(source: Document, target: Document, strategy: Strategy = .twoLevel) throws -> DocumentAlignment {
        let builder = try FeatureBuilder(sourceLanguage: source.language, targetLanguage: target.language)
        let sourceTexts = source.sentences.map(\.plain)
        let targetTexts = target.sentences.map(\.plain)
        let (sourceFeatures, targetFeatures, vocabulary) = builder.features(source: sourceTexts, target: targetTexts)
        let ratio = settings.lengthRatio
            ?? LengthModel.estimated(sourceLengths: sourceFeatures.lengths, targetLengths: targetFeatures.lengths).ratio
        let lengthModel = LengthModel(ratio: ratio, variance: settings.lengthVariance)

        var sentenceEvidence: [BeadEvidence] = []
        if settings.useAnchors {
            sentenceEvidence.append(AnchorEvidence(source: sourceFeatures, target: targetFeatures, vocabulary: vocabulary))
        }
        for provider in providers {
            if let extra = provider.evidence(source: sourceTexts, target: targetTexts,
                                             sourceLanguage: source.language, targetLanguage: target.language) {
                sentenceEvidence.append(extra)
            }
        }
        let sentenceCost = BeadCost(sourceLengths: sourceFeatures.lengths, targetLengths: targetFeatures.lengths,
                                    lengthModel: lengthModel, shapes: settings.shapes, nullCost: settings.nullCost,
                                    evidence: sentenceEvidence)

        switch strategy {
        case .sentencesOnly:
            let beads = settings.confidence.apply(to: settings.search.align(sentenceCost), cost: sentenceCost)
            return DocumentAlignment(
                source: source, target: target, paragraphs: nil,
                sentences: Alignment(level: .sentence, sourceCount: source.sentences.count,
                                     targetCount: target.sentences.count, beads: beads),
                lengthRatio: ratio)
        case .twoLevel:
            let paragraphCost = paragraphLevelCost(source: source, target: target, sourceFeatures: sourceFeatures,
                                                   targetFeatures: targetFeatures, vocabulary: vocabulary, lengthModel: lengthModel)
            let paragraphBeads = settings.confidence.apply(to: settings.search.align(paragraphCost), cost: paragraphCost)
            let sentenceBeads = nestedSentenceBeads(in: paragraphBeads, source: source, target: target, cost: sentenceCost)
            return DocumentAlignment(
                source: source, target: target,
                paragraphs: Alignment(level: .paragraph, sourceCount: source.paragraphs.count,
                                      targetCount: target.paragraphs.count, beads: paragraphBeads),
                sentences: Alignment(level: .sentence, sourceCount: source.sentences.count,
                                     targetCount: target.sentences.count, beads: sentenceBeads),
                lengthRatio: ratio)
        }
    }

    /// The cost model over paragraphs: sentence features summed per paragraph.
    private func paragraphLevelCost(source: Document, target: Document, sourceFeatures: UnitFeatures,
                                    targetFeatures: UnitFeatures, vocabulary: AnchorVocabulary,
                                    lengthModel: LengthModel) -> BeadCost {
        let sourceParagraphs = sourceFeatures.grouped(ranges: source.paragraphs.map(\.sentenceRange))
        let targetParagraphs = targetFeatures.grouped(ranges: target.paragraphs.map(\.sentenceRange))
        var evidence: [BeadEvidence] = []
        if settings.useAnchors {
            evidence.append(AnchorEvidence(source: sourceParagraphs, target: targetParagraphs, vocabulary: vocabulary))
        }
        for provider in providers {
            if let extra = provider.evidence(source: source.paragraphs.map(\.plain), target: target.paragraphs.map(\.plain),
                                             sourceLanguage: source.language, targetLanguage: target.language) {
                evidence.append(extra)
            }
        }
        return BeadCost(sourceLengths: sourceParagraphs.lengths, targetLengths: targetParagraphs.lengths,
                        lengthModel: lengthModel, shapes: settings.shapes, nullCost: settings.nullCost, evidence: evidence)
    }

    /// Sentence beads inside each paragraph bead, in document order.
    private func nestedSentenceBeads(in paragraphBeads: [Bead], source: Document, target: Document, cost: BeadCost) -> [Bead] {
        var result: [Bead] = []
        for bead in paragraphBeads {
            let sentencesS = sentenceSpan(of: bead.source, in: source)
            let sentencesT = sentenceSpan(of: bead.target, in: target)
            let window = cost.window(source: sentencesS, target: sentencesT)
            let local = settings.confidence.apply(to: settings.search.align(window), cost: window)
            for inner in local {
                result.append(Bead(
                    source: (inner.source.lowerBound + sentencesS.lowerBound)..<(inner.source.upperBound + sentencesS.lowerBound),
                    target: (inner.target.lowerBound + sentencesT.lowerBound)..<(inner.target.upperBound + sentencesT.lowerBound),
                    cost: inner.cost, confidence: inner.confidence))
            }
        }
        return result
    }

    /// The sentences of a run of paragraphs (an empty run gives an empty range at the right place).
    private func sentenceSpan(of paragraphs: Range<Int>, in document: Document) -> Range<Int> {
        guard !paragraphs.isEmpty else {
            let at = paragraphs.lowerBound < document.paragraphs.count
                ? document.paragraphs[paragraphs.lowerBound].sentenceRange.lowerBound
                : document.sentences.count
            return at..<at
        }
        return document.paragraphs[paragraphs.lowerBound].sentenceRange.lowerBound
            ..< document.paragraphs[paragraphs.upperBound - 1].sentenceRange.upperBound
    }
}

extension BeadCost {
    /// The cost restricted to source units `source` and target units `target`, re-indexed from 0.
    func window(source: Range<Int>, target: Range<Int>) -> BeadCost {
        BeadCost(sourceLengths: Array(sourceLengths[source]), targetLengths: Array(targetLengths[target]),
                 lengthModel: lengthModel, shapes: shapes, nullCost: nullCost,
                 evidence: evidence.map { OffsetEvidence(base: $0, sourceOffset: source.lowerBound, targetOffset: target.lowerBound) })
    }
}

extension UnitFeatures {
    /// Features of consecutive runs of units (`ranges` must tile 0..<count in order): lengths
    /// summed, anchors merged.
    public func grouped(ranges: [Range<Int>]) -> UnitFeatures {
        var result = UnitFeatures()
        for range in ranges {
            let merged = anchorIDs[anchorStarts[range.lowerBound]..<anchorStarts[range.upperBound]].sorted()
            result.append(length: lengths[range].reduce(0, +), anchors: merged)
        }
        return result
    }
}
