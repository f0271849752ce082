import SverkaAlign
import SverkaSegment

/// What one document suggests to the clean-up before the alignment has seen the other side.
public struct CleanupCandidates: Equatable, Sendable {
    /// Whether, and how, the document shows pages.
    public let pages: PageStructure
    /// Paragraphs that look like page furniture, ascending (none without pages).
    public let furniture: [Int]

    /// Candidates with the given parts.
    public init(pages: PageStructure, furniture: [Int]) {
        self.pages = pages
        self.furniture = furniture
    }
}

/// The clean-up decided for one side: which paragraphs are page furniture, and which paragraphs
/// continue the content paragraph before them across a page break.
public struct CleanupDecision: Equatable, Sendable {
    /// Paragraph indices set aside as furniture.
    public var furniture: Set<Int>
    /// Paragraph indices joined to the content paragraph before them.
    public var continuations: Set<Int>

    /// A decision with the given parts; the empty decision keeps every paragraph as it is.
    public init(furniture: Set<Int> = [], continuations: Set<Int> = []) {
        self.furniture = furniture
        self.continuations = continuations
    }
}

extension ArchivalCleaner {
    /// Both sides of a pair cleaned, with every candidate decided by the alignment: `probe` aligns
    /// two sides (paragraph beads needed) as the real run will.
    ///
    /// 1. Furniture: the sides are aligned with every candidate kept as content. A candidate that
    ///    ends up paired, in a bead whose own side holds candidates only (a heading, a list marker, a
    ///    formula the translation also has), is content; one left without a counterpart, or swallowed
    ///    by a bead of real content, is furniture.
    /// 2. Joins: across the page breaks that remain, a paragraph that continues the one before it
    ///    (``joinCandidates(in:structure:furniture:)``) is joined when the translation agrees: the
    ///    alignment with the furniture set aside puts both parts in one bead, or leaves one of them
    ///    without a counterpart of its own.
    ///
    /// A pair without pages on either side is aligned once, by the caller; so is a pair whose
    /// candidates are all decided without a probe.
    public func sides(source: Document, target: Document,
                      probe: (AlignmentSide, AlignmentSide) throws -> DocumentAlignment) rethrows -> (source: AlignmentSide, target: AlignmentSide) {
        let candidates = (source: self.candidates(for: source), target: self.candidates(for: target))
        var decisions = (source: CleanupDecision(), target: CleanupDecision())
        if !candidates.source.furniture.isEmpty || !candidates.target.furniture.isEmpty {
            let all = try probe(side(for: source, applying: CleanupDecision()), side(for: target, applying: CleanupDecision()))
            if let paragraphs = all.paragraphs {
                decisions.source.furniture = Self.unpaired(Set(candidates.source.furniture), in: paragraphs, side: .source)
                decisions.target.furniture = Self.unpaired(Set(candidates.target.furniture), in: paragraphs, side: .target)
            }
        }
        let joins = (source: joinCandidates(in: source, structure: candidates.source.pages, furniture: decisions.source.furniture),
                     target: joinCandidates(in: target, structure: candidates.target.pages, furniture: decisions.target.furniture))
        if !joins.source.isEmpty || !joins.target.isEmpty {
            let apart = try probe(side(for: source, applying: decisions.source), side(for: target, applying: decisions.target))
            if let paragraphs = apart.paragraphs {
                decisions.source.continuations = Self.agreed(joins.source, in: paragraphs, side: .source, document: source,
                                                             furniture: decisions.source.furniture)
                decisions.target.continuations = Self.agreed(joins.target, in: paragraphs, side: .target, document: target,
                                                             furniture: decisions.target.furniture)
            }
        }
        return (side(for: source, applying: decisions.source), side(for: target, applying: decisions.target))
    }

    /// Which side of the pair.
    enum Side { case source, target }

    /// The candidates that the alignment left without a counterpart of their own.
    static func unpaired(_ candidates: Set<Int>, in alignment: Alignment, side: Side) -> Set<Int> {
        var result: Set<Int> = []
        for bead in alignment.beads where bead.kind == .alignment {
            let own = side == .source ? bead.source : bead.target
            let other = side == .source ? bead.target : bead.source
            let mine = own.filter(candidates.contains)
            guard !mine.isEmpty else { continue }
            let pairedAlone = !other.isEmpty && own.allSatisfy(candidates.contains)
            if !pairedAlone { result.formUnion(mine) }
        }
        return result
    }

    /// The join candidates that the alignment agrees with: both parts in one bead, or one of them in
    /// a bead of its own side only.
    static func agreed(_ joins: [Int], in alignment: Alignment, side: Side, document: Document, furniture: Set<Int>) -> Set<Int> {
        guard !joins.isEmpty else { return [] }
        var beadOf: [Int: Int] = [:]
        var isNull: [Bool] = []
        for (k, bead) in alignment.beads.enumerated() {
            for p in side == .source ? bead.source : bead.target { beadOf[p] = k }
            isNull.append(bead.kind == .alignment && bead.isNull)
        }
        var result: Set<Int> = []
        for next in joins {
            // The content paragraph before `next`.
            var previous = next - 1
            while previous >= 0 && furniture.contains(previous) { previous -= 1 }
            guard previous >= 0, let a = beadOf[previous], let b = beadOf[next] else { continue }
            if a == b || isNull[a] || isNull[b] { result.insert(next) }
        }
        return result
    }
}
