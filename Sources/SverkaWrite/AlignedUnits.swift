import SverkaAlign
import SverkaSegment

/// The text and position of the units a bead names, for writers: paragraphs or sentences by the
/// level written. A unit repaired from parts (a paragraph broken across a page) reads as one text.
public struct AlignedUnits {
    /// The alignment result.
    public let result: DocumentAlignment
    /// The level written.
    public let level: AlignmentLevel

    /// A view of `result` at `level`.
    public init(result: DocumentAlignment, level: AlignmentLevel) {
        self.result = result
        self.level = level
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
