import SverkaSegment

/// Aligns an original with its translation: paragraphs first, then the sentences inside each pair
/// of paragraph groups (`twoLevel`), or the sentences of the whole text at once (`sentencesOnly`,
/// for texts whose paragraphing differs between the sides).
///
/// The flow: features (length, anchors) for every content sentence → paragraph features by
/// summing their sentences → length ratio estimated from the two texts → paragraph search →
/// sentence search in each paragraph bead → confidences → beads in document indices, with the
/// furniture beads put back in document order.
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

    /// Aligns two documents, every paragraph and sentence a unit of its own.
    public func align(source: Document, target: Document, strategy: Strategy = .twoLevel) throws -> DocumentAlignment {
        try align(source: AlignmentSide(document: source), target: AlignmentSide(document: target), strategy: strategy)
    }

    /// The anchor features of the content sentences of two prepared sides: what ``align`` computes
    /// first, for callers that align the same sides more than once (with other evidence). Throws
    /// only if ICU cannot provide a tokenizer or transliterator for one of the languages.
    public func features(source: AlignmentSide, target: AlignmentSide) throws -> SentenceFeatures {
        var builder = try FeatureBuilder(sourceLanguage: source.document.language, targetLanguage: target.document.language,
                                         threads: settings.search.threads)
        builder.unmatchedWordShare = settings.unmatchedWordShare
        return builder.build(source: source.sentences.map(\.text), target: target.sentences.map(\.text))
    }

    /// Aligns two prepared sides, with their ``features(source:target:)`` when already computed.
    /// Throws if ICU cannot provide a tokenizer or transliterator for one of the languages, or
    /// with the error of a provider that failed (an embeddings server gone).
    public func align(source: AlignmentSide, target: AlignmentSide, strategy: Strategy = .twoLevel,
                      features: SentenceFeatures? = nil) throws -> DocumentAlignment {
        let sourceTexts = source.sentences.map(\.text)
        let targetTexts = target.sentences.map(\.text)
        let computed = try features ?? self.features(source: source, target: target)
        let (sourceFeatures, targetFeatures, vocabulary) = (computed.source, computed.target, computed.vocabulary)
        let ratio = settings.lengthRatio
            ?? LengthModel.estimated(sourceLengths: sourceFeatures.lengths, targetLengths: targetFeatures.lengths).ratio
        let lengthModel = LengthModel(ratio: ratio, variance: settings.lengthVariance)

        var sentenceEvidence: [BeadEvidence] = []
        if settings.useAnchors {
            sentenceEvidence.append(AnchorEvidence(source: sourceFeatures, target: targetFeatures, vocabulary: vocabulary))
        }
        sentenceEvidence += try providers.compactMap {
            try $0.evidence(sourceWords: computed.sourceWords, targetWords: computed.targetWords, source: sourceTexts, target: targetTexts)
        }
        let sentenceCost = BeadCost(sourceLengths: sourceFeatures.lengths, targetLengths: targetFeatures.lengths,
                                    lengthModel: lengthModel, shapes: settings.shapes, nullCost: settings.nullCost,
                                    nullFloor: settings.nullFloor, nullPivotLength: settings.nullPivotLength,
                                    evidence: sentenceEvidence)

        let plan = settings.anchors.isEmpty ? AnchorPlan() : try AnchorPlan(settings.anchors, source: source, target: target)
        let sentencePath: [PathBead]
        var paragraphs: Alignment?
        switch strategy {
        case .sentencesOnly:
            // Paragraph anchors: the sentences of the paragraphs pinned together are aligned among themselves.
            var search = ConstrainedSearch(settings: settings, exact: plan.sentences)
            search.loose = plan.paragraphs.map {
                AnchorPlan.Region(source: Self.sentenceSpan(of: $0.source, in: source), target: Self.sentenceSpan(of: $0.target, in: target))
            }
            search.alone = (plan.aloneSentences.source.union(plan.aloneParagraphs.source.flatMap { source.paragraphSentences[$0] }),
                            plan.aloneSentences.target.union(plan.aloneParagraphs.target.flatMap { target.paragraphSentences[$0] }))
            sentencePath = try search.path(sentenceCost)
        case .twoLevel:
            let sourceParagraphs = sourceFeatures.grouped(ranges: source.paragraphSentences)
            let targetParagraphs = targetFeatures.grouped(ranges: target.paragraphSentences)
            var evidence: [BeadEvidence] = []
            if settings.useAnchors {
                evidence.append(AnchorEvidence(source: sourceParagraphs, target: targetParagraphs, vocabulary: vocabulary))
            }
            evidence += try providerEvidence(source.paragraphs.map(\.text), target.paragraphs.map(\.text), source, target)
            if settings.headingMatchBonus > 0 || settings.headingContinuationPenalty > 0 || settings.titleMixPenalty > 0,
               let headings = HeadingEvidence(source: source.paragraphs.map(\.text), target: target.paragraphs.map(\.text),
                                              matchBonus: settings.headingMatchBonus,
                                              continuationPenalty: settings.headingContinuationPenalty,
                                              titleMixPenalty: settings.titleMixPenalty) {
                evidence.append(headings)
            }
            if settings.continuationBonus > 0,
               let continuations = ContinuationEvidence(source: source.paragraphs.map(\.text), target: target.paragraphs.map(\.text),
                                                        bonus: settings.continuationBonus) {
                evidence.append(continuations)
            }
            let settings = self.settings
            let paragraphCosts = { (extra: [BeadEvidence]) in
                BeadCost(sourceLengths: sourceParagraphs.lengths, targetLengths: targetParagraphs.lengths,
                         lengthModel: lengthModel,
                         shapes: settings.paragraphShapes.penalisingMerges(by: settings.paragraphMergeCost),
                         nullCost: settings.nullCost, nullFloor: settings.nullFloor,
                         nullPivotLength: settings.nullPivotLength, evidence: evidence + extra)
            }
            let paragraphCost = paragraphCosts([])
            var paragraphSearch = ConstrainedSearch(settings: settings, exact: plan.paragraphs)
            paragraphSearch.alone = plan.aloneParagraphs
            paragraphSearch.groups = plan.sentenceGroups
            var paragraphPath: [PathBead]
            if paragraphSearch.isEmpty {
                // Moved paragraphs are taken out and the rest searched again whether or not moves are
                // reported (`moves` is nil for outputs without divergences): the beads must not depend
                // on the output format.
                let found = (settings.moves ?? MovedUnits()).realigned(settings.search.align(paragraphCost), cost: paragraphCost,
                                                                      confidence: settings.confidence) { extra in
                    settings.search.align(paragraphCosts(extra))
                }
                paragraphPath = settings.confidence.apply(to: found, cost: paragraphCost)
            } else {
                // Anchors are a person's decisions: the paragraphs are searched around them once, and no
                // second search moves paragraphs across them.
                paragraphPath = try paragraphSearch.path(paragraphCost)
            }
            sentencePath = try nestedSentencePath(in: paragraphPath, source: source, target: target, cost: sentenceCost, plan: plan)
            paragraphPath = Self.doubtingMergedLeftovers(paragraphPath, sentencePath: sentencePath, source: source, target: target)
            paragraphs = Self.alignment(paragraphPath, level: .paragraph, source: source, target: target,
                                        cost: paragraphCost, movedUnits: settings.moves, confidence: settings.confidence)
        }
        return DocumentAlignment(
            source: source.document, target: target.document, paragraphs: paragraphs,
            sentences: Self.alignment(sentencePath, level: .sentence, source: source, target: target,
                                      cost: sentenceCost, movedUnits: settings.moves, confidence: settings.confidence),
            lengthRatio: ratio)
    }

    private func providerEvidence(_ sourceTexts: [String], _ targetTexts: [String],
                                  _ source: AlignmentSide, _ target: AlignmentSide) throws -> [BeadEvidence] {
        try providers.compactMap {
            try $0.evidence(source: sourceTexts, target: targetTexts,
                        sourceLanguage: source.document.language, targetLanguage: target.document.language)
        }
    }

    /// The sentence path inside each paragraph bead, in order.
    /// Sentence anchors inside a paragraph bead pin its sentence beads.
    private func nestedSentencePath(in paragraphPath: [PathBead], source: AlignmentSide, target: AlignmentSide,
                                    cost: BeadCost, plan: AnchorPlan) throws -> [PathBead] {
        var result: [PathBead] = []
        for bead in paragraphPath {
            let s = Self.sentenceSpan(of: bead.source, in: source)
            let t = Self.sentenceSpan(of: bead.target, in: target)
            let window = cost.window(source: s, target: t)
            var search = ConstrainedSearch(settings: settings)
            for pin in plan.sentences where s.overlaps(pin.source) || t.overlaps(pin.target) {
                guard s.lowerBound <= pin.source.lowerBound && pin.source.upperBound <= s.upperBound
                        && t.lowerBound <= pin.target.lowerBound && pin.target.upperBound <= t.upperBound else {
                    throw BeadAnchorError("a sentence anchor (source sentences from \(pin.source.lowerBound)) straddles paragraph beads")
                }
                search.exact.append(AnchorPlan.Region(source: (pin.source.lowerBound - s.lowerBound)..<(pin.source.upperBound - s.lowerBound),
                                                      target: (pin.target.lowerBound - t.lowerBound)..<(pin.target.upperBound - t.lowerBound)))
            }
            search.alone = (Set(plan.aloneSentences.source.filter(s.contains).map { $0 - s.lowerBound }),
                            Set(plan.aloneSentences.target.filter(t.contains).map { $0 - t.lowerBound }))
            for inner in try search.path(window) {
                result.append(PathBead(
                    source: (inner.source.lowerBound + s.lowerBound)..<(inner.source.upperBound + s.lowerBound),
                    target: (inner.target.lowerBound + t.lowerBound)..<(inner.target.upperBound + t.lowerBound),
                    cost: inner.cost, confidence: inner.confidence))
            }
        }
        return result
    }

    /// Confidence of a many-to-one paragraph bead one of whose paragraphs the sentence alignment
    /// inside it leaves wholly without a counterpart.
    static let leftoverConfidence = 0.3

    /// `path` with the confidence of every many-to-one bead lowered to ``leftoverConfidence`` when
    /// one of its paragraphs has no sentence paired inside it: a paragraph the translation left out
    /// was absorbed into its neighbour's bead.
    static func doubtingMergedLeftovers(_ path: [PathBead], sentencePath: [PathBead], source: AlignmentSide,
                                        target: AlignmentSide) -> [PathBead] {
        var sourceAlone = [Bool](repeating: false, count: source.sentences.count)
        var targetAlone = [Bool](repeating: false, count: target.sentences.count)
        for bead in sentencePath {
            if bead.target.isEmpty { for k in bead.source { sourceAlone[k] = true } }
            if bead.source.isEmpty { for k in bead.target { targetAlone[k] = true } }
        }
        func leftover(_ units: Range<Int>, _ side: AlignmentSide, _ alone: [Bool]) -> Bool {
            units.count > 1 && units.contains { unit in
                let sentences = side.paragraphSentences[unit]
                return !sentences.isEmpty && sentences.allSatisfy { alone[$0] }
            }
        }
        return path.map { bead in
            guard !bead.isNull, leftover(bead.source, source, sourceAlone) || leftover(bead.target, target, targetAlone) else { return bead }
            return bead.with(confidence: min(bead.confidence, leftoverConfidence))
        }
    }

    /// The content sentences of a run of content paragraphs (an empty run gives an empty range at
    /// the right place).
    static func sentenceSpan(of paragraphs: Range<Int>, in side: AlignmentSide) -> Range<Int> {
        guard !paragraphs.isEmpty else {
            let at = paragraphs.lowerBound < side.paragraphSentences.count
                ? side.paragraphSentences[paragraphs.lowerBound].lowerBound
                : side.sentences.count
            return at..<at
        }
        return side.paragraphSentences[paragraphs.lowerBound].lowerBound
            ..< side.paragraphSentences[paragraphs.upperBound - 1].upperBound
    }

    /// A path over content units turned into beads over document indices, with furniture and
    /// omission-marker beads inserted in document order, each marker absorbing the unpaired units
    /// of the other side next to it; with `movedUnits`, the units that `cost` pairs across the
    /// path become ``Move``s, and the units many-to-one beads hold loosely ``LooseUnit``s.
    static func alignment(_ path: [PathBead], level: AlignmentLevel, source: AlignmentSide, target: AlignmentSide,
                          cost: BeadCost? = nil, movedUnits: MovedUnits? = nil,
                          confidence: ConfidenceModel = ConfidenceModel()) -> Alignment {
        let sourceUnits = source.units(at: level)
        let targetUnits = target.units(at: level)
        var pendingSource = (source.furniture(at: level).map { ($0, Bead.Kind.furniture) }
            + source.omissionMarkers(at: level).map { ($0, Bead.Kind.omission) }).sorted { $0.0 < $1.0 }[...]
        var pendingTarget = (target.furniture(at: level).map { ($0, Bead.Kind.furniture) }
            + target.omissionMarkers(at: level).map { ($0, Bead.Kind.omission) }).sorted { $0.0 < $1.0 }[...]
        var beads: [Bead] = []
        beads.reserveCapacity(path.count + pendingSource.count + pendingTarget.count)
        func flush(sourceBefore: Int, targetBefore: Int) {
            while let (next, kind) = pendingSource.first, next < sourceBefore {
                beads.append(Bead(source: [next], target: [], kind: kind))
                pendingSource.removeFirst()
            }
            while let (next, kind) = pendingTarget.first, next < targetBefore {
                beads.append(Bead(source: [], target: [next], kind: kind))
                pendingTarget.removeFirst()
            }
        }
        // A marker of omission inside a bead's span (the search merged the units on both sides of
        // it) joins that bead: standing before or after it, the marker's bead would cross it.
        // Furniture inside a span stays apart (furniture beads are not held to the text's order).
        func absorbingMarkers(into parts: [Int], from pending: inout ArraySlice<(Int, Bead.Kind)>) -> [Int] {
            guard let last = parts.last, pending.contains(where: { $0.1 == .omission && $0.0 < last }) else { return parts }
            let inside = pending.filter { $0.1 == .omission && $0.0 < last }.map(\.0)
            pending = pending.filter { !($0.1 == .omission && $0.0 < last) }[...]
            return (parts + inside).sorted()
        }
        for step in path {
            var sourceParts = step.source.flatMap { sourceUnits[$0].parts }
            var targetParts = step.target.flatMap { targetUnits[$0].parts }
            flush(sourceBefore: sourceParts.first ?? -1, targetBefore: targetParts.first ?? -1)
            sourceParts = absorbingMarkers(into: sourceParts, from: &pendingSource)
            targetParts = absorbingMarkers(into: targetParts, from: &pendingTarget)
            beads.append(Bead(source: sourceParts, target: targetParts, kind: .alignment,
                              cost: step.cost, confidence: step.confidence))
        }
        flush(sourceBefore: Int.max, targetBefore: Int.max)
        let count = { (side: AlignmentSide) in level == .paragraph ? side.document.paragraphs.count : side.document.sentences.count }
        let final = absorbingUnpairedUnits(into: beads)
        guard let cost, let movedUnits else {
            return Alignment(level: level, sourceCount: count(source), targetCount: count(target), beads: final)
        }
        // Units are found in the final beads by their first document index (markers may have merged beads).
        var sourceBead: [Int: Int] = [:], targetBead: [Int: Int] = [:]
        for (k, bead) in final.enumerated() {
            for index in bead.source { sourceBead[index] = k }
            for index in bead.target { targetBead[index] = k }
        }
        // A unit that continues its neighbour in the bead mid-sentence (a paragraph broken by a
        // page or a transcriber) belongs with it, however little it weighs.
        let loose = (movedUnits.looseThreshold > 0 ? LooseUnits(threshold: movedUnits.looseThreshold).find(in: path, cost: cost) : [])
            .filter { (k, isSource, unit, _) in
                let units = isSource ? sourceUnits : targetUnits
                let side = isSource ? path[k].source : path[k].target
                let joinsPrevious = unit > side.lowerBound && HyphenationRepair.continues(units[unit - 1].text, with: units[unit].text)
                let joinsNext = unit + 1 < side.upperBound && HyphenationRepair.continues(units[unit].text, with: units[unit + 1].text)
                return !joinsPrevious && !joinsNext
            }
        let looseUnits = loose.compactMap { (_, isSource, unit, margin) -> LooseUnit? in
            let parts = isSource ? sourceUnits[unit].parts : targetUnits[unit].parts
            guard let first = parts.first, let bead = isSource ? sourceBead[first] : targetBead[first] else { return nil }
            return LooseUnit(bead: bead, isSource: isSource, units: parts, margin: margin)
        }
        let found = movedUnits.moves(in: path, cost: cost, confidence: confidence, loose: loose).compactMap { move -> Move? in
            let sourceParts = sourceUnits[move.0.unit].parts
            let targetParts = targetUnits[move.1.unit].parts
            guard let s = sourceParts.first.flatMap({ sourceBead[$0] }), let t = targetParts.first.flatMap({ targetBead[$0] }),
                  final[s].kind == .alignment, final[t].kind == .alignment else { return nil } // taken by a marker
            return Move(sourceBead: s, sourceUnits: sourceParts, targetBead: t, targetUnits: targetParts, cost: move.2, confidence: move.3)
        }
        return Alignment(level: level, sourceCount: count(source), targetCount: count(target), beads: final, moves: found,
                         looseUnits: looseUnits)
    }

    /// Each omission marker takes the run of unpaired units of the other side next to it (before
    /// it, or else after it), skipping furniture: `[...]` in a translation stands for the source
    /// paragraphs that were left out there.
    static func absorbingUnpairedUnits(into beads: [Bead]) -> [Bead] {
        var result = beads
        var k = 0
        while k < result.count {
            let marker = result[k]
            guard marker.kind == .omission, marker.isNull else { k += 1; continue }
            let markerOnTarget = marker.source.isEmpty
            func isPartner(_ bead: Bead) -> Bool {
                if bead.kind == .omission && bead.isNull {
                    return markerOnTarget ? bead.target.isEmpty : bead.source.isEmpty // markers on both sides
                }
                return markerOnTarget ? bead.isUntranslated : bead.isAdded
            }
            func run(from start: Int, step: Int) -> [Int] {
                var indices: [Int] = []
                var j = start
                while j >= 0 && j < result.count {
                    if result[j].kind == .furniture { j += step; continue }
                    guard isPartner(result[j]) else { break }
                    indices.append(j)
                    j += step
                }
                return indices
            }
            var partners = run(from: k - 1, step: -1)
            if partners.isEmpty { partners = run(from: k + 1, step: 1) }
            guard !partners.isEmpty else { k += 1; continue }
            let absorbed = partners.sorted().flatMap { markerOnTarget ? result[$0].source : result[$0].target }
            let merged = Bead(source: markerOnTarget ? absorbed : marker.source,
                              target: markerOnTarget ? marker.target : absorbed,
                              kind: .omission, cost: 0, confidence: 1)
            // Put the merged bead where the first partner stood; drop the partners and the marker.
            let first = min(partners.min()!, k)
            let drop = Set(partners + [k])
            var rebuilt: [Bead] = []
            for (j, bead) in result.enumerated() {
                if j == first { rebuilt.append(merged) }
                if !drop.contains(j) { rebuilt.append(bead) }
            }
            result = rebuilt
            k = first + 1
        }
        return result
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

/// The anchor features of both sides' content sentences, in one vocabulary, with their words.
public struct SentenceFeatures: Sendable {
    /// The original's sentences.
    package let source: UnitFeatures
    /// The translation's sentences.
    package let target: UnitFeatures
    /// The anchors and their weights.
    package let vocabulary: AnchorVocabulary
    /// The word tokens of the original's sentences, for evidence built from words.
    package let sourceWords: UnitWords
    /// The word tokens of the translation's sentences.
    package let targetWords: UnitWords
}
