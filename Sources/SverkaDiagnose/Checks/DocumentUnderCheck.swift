import SverkaAlign
import SverkaICU

/// What every check may need about the whole document pair, computed once per diagnosis.
final class DocumentUnderCheck {
    /// The alignment at both levels.
    let result: DocumentAlignment
    /// The level diagnosed.
    let level: AlignmentLevel
    /// The alignment at `level`.
    let alignment: Alignment
    /// The dominant script of the original (ignoring common characters).
    let sourceScript: Script?
    /// The dominant script of the translation.
    let targetScript: Script?
    /// Target characters per source character over the document.
    let ratio: Double
    /// The band of trusted log length ratios, and its statistics.
    let lengthBand: ClosedRange<Double>
    /// The statistics behind `lengthBand`.
    let lengthStatistics: LengthRatioStatistics
    /// The moves at `level`, by the first document index of their source unit.
    let moveFromSource: [Int: Move]
    /// The moves at `level`, by the first document index of their target unit.
    let moveFromTarget: [Int: Move]
    /// The loose units at `level`, by bead.
    let looseUnits: [Int: [LooseUnit]]
    /// At the paragraph level, the loose sentences (``LooseUnit`` of the sentence alignment) by
    /// the paragraph holding them: source side, target side.
    let looseSentences: (source: [Int: [LooseUnit]], target: [Int: [LooseUnit]])
    /// The sentence-level moves, by the index of their 1-0 sentence bead.
    let sentenceMoveFromSource: [Int: Move]
    /// The sentence-level moves, by the index of their 0-1 sentence bead.
    let sentenceMoveFromTarget: [Int: Move]
    /// One-sided sentence beads by the paragraph holding their sentence: source side, target side.
    private let unpairedSentences: (source: [Int: [Int]], target: [Int: [Int]])
    /// Sentence beads joining two or more source sentences to target sentences, by the paragraph
    /// of their first source sentence.
    private let mergedSentences: [Int: [Int]]
    /// The translation's whole plain text, for checks that look for a name elsewhere.
    let targetDocumentText: String

    init(result: DocumentAlignment, level: AlignmentLevel, alignment: Alignment, sourceScript: Script?, targetScript: Script?,
         lengthBand: ClosedRange<Double>, lengthStatistics: LengthRatioStatistics) {
        self.result = result
        self.level = level
        self.alignment = alignment
        self.sourceScript = sourceScript
        self.targetScript = targetScript
        self.ratio = result.lengthRatio
        self.lengthBand = lengthBand
        self.lengthStatistics = lengthStatistics
        targetDocumentText = result.target.paragraphs.map(\.plain).joined(separator: "\n")
        moveFromSource = Dictionary(alignment.moves.compactMap { move in move.sourceUnits.first.map { ($0, move) } }, uniquingKeysWith: { a, _ in a })
        moveFromTarget = Dictionary(alignment.moves.compactMap { move in move.targetUnits.first.map { ($0, move) } }, uniquingKeysWith: { a, _ in a })
        looseUnits = Dictionary(grouping: alignment.looseUnits, by: \.bead)
        if level == .paragraph {
            let sentences = result.sentences.looseUnits
            looseSentences = (
                Dictionary(grouping: sentences.filter { $0.isSource && !$0.units.isEmpty }, by: { result.source.sentences[$0.units[0]].paragraph }),
                Dictionary(grouping: sentences.filter { !$0.isSource && !$0.units.isEmpty }, by: { result.target.sentences[$0.units[0]].paragraph }))
        } else {
            looseSentences = ([:], [:])
        }
        let sentenceMoves = result.sentences.moves
        sentenceMoveFromSource = Dictionary(sentenceMoves.map { ($0.sourceBead, $0) }, uniquingKeysWith: { a, _ in a })
        sentenceMoveFromTarget = Dictionary(sentenceMoves.map { ($0.targetBead, $0) }, uniquingKeysWith: { a, _ in a })
        var source: [Int: [Int]] = [:], target: [Int: [Int]] = [:], merged: [Int: [Int]] = [:]
        if level == .paragraph {
            for (k, bead) in result.sentences.beads.enumerated() where bead.kind == .alignment {
                if bead.source.count >= 2, !bead.target.isEmpty, let first = bead.source.first {
                    merged[result.source.sentences[first].paragraph, default: []].append(k)
                } else if bead.isUntranslated, let first = bead.source.first {
                    source[result.source.sentences[first].paragraph, default: []].append(k)
                } else if bead.isAdded, let first = bead.target.first {
                    target[result.target.sentences[first].paragraph, default: []].append(k)
                }
            }
        }
        unpairedSentences = (source, target)
        mergedSentences = merged
    }

    /// The sentence beads (indices in the sentence alignment) joining two or more source sentences,
    /// the first of them in source paragraph `paragraph`, in order.
    func mergedSentenceBeads(paragraph: Int) -> [Int] {
        mergedSentences[paragraph] ?? []
    }

    /// The one-sided sentence beads (indices in the sentence alignment) whose sentence belongs to
    /// `paragraph` of the source (`source`) or target side, in order.
    func unpairedSentenceBeads(source side: Bool, paragraph: Int) -> [Int] {
        (side ? unpairedSentences.source[paragraph] : unpairedSentences.target[paragraph]) ?? []
    }

    /// The plain texts of `indices` on one side at the diagnosed level.
    func plain(_ indices: [Int], side: DocumentAlignment.Side) -> String {
        result.plainText(indices, side: side, level: level)
    }
}
