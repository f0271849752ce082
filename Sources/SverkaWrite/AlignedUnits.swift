import SverkaAlign
import SverkaSegment

/// The text and position of the units a bead names, for writers: paragraphs or sentences by the
/// level written. A unit repaired from parts (a paragraph broken across a page) reads as one text.
public struct AlignedUnits {
    /// The alignment result.
    public let result: DocumentAlignment
    /// The level written.
    public let level: AlignmentLevel
    /// The beads (indices at `level`) a person confirmed in a review; writers that can say so
    /// do (TMX: a `x-sverka-confirmed` prop; JSON: `"confirmed": true`).
    public var confirmed: Set<Int> = []
    /// The texts before a person edited them, by unit index at `level`, for the source side (the
    /// edited texts are in `result`'s documents); TMX writes them as notes, JSON as `sourceOriginal`.
    public var sourceOriginals: [Int: String] = [:]
    /// The same for the target side.
    public var targetOriginals: [Int: String] = [:]

    /// A view of `result` at `level`.
    public init(result: DocumentAlignment, level: AlignmentLevel) {
        self.result = result
        self.level = level
    }

    /// The original text of the units of `bead` on the source side that a person edited, joined
    /// as the units are; nil when none was edited.
    public func sourceOriginal(_ bead: Bead) -> String? { original(bead.source, sourceOriginals, side: .source) }

    /// The same on the target side.
    public func targetOriginal(_ bead: Bead) -> String? { original(bead.target, targetOriginals, side: .target) }

    private func original(_ indices: [Int], _ originals: [Int: String], side: DocumentAlignment.Side) -> String? {
        guard indices.contains(where: { originals[$0] != nil }) else { return nil }
        let document = result.document(side)
        return HyphenationRepair.join(indices.map { originals[$0] ?? (level == .paragraph ? document.paragraphs[$0].text : document.sentences[$0].text) })
    }

    /// The alignment at the level written (nil when that level was not aligned).
    public var alignment: Alignment? { result.alignment(at: level) }

    /// The source text of `bead` (its units joined; "" for an empty side).
    public func sourceText(_ bead: Bead) -> String { result.text(bead.source, side: .source, level: level) }

    /// The target text of `bead`.
    public func targetText(_ bead: Bead) -> String { result.text(bead.target, side: .target, level: level) }

    /// The 1-based line where the bead's source side starts (nil for an empty side).
    public func sourceLine(_ bead: Bead) -> Int? { result.line(bead.source, side: .source, level: level) }

    /// The 1-based line where the bead's target side starts (nil for an empty side).
    public func targetLine(_ bead: Bead) -> Int? { result.line(bead.target, side: .target, level: level) }
}
