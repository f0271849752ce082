import SverkaAlign
import SverkaSegment

/// The archival clean-up of one side before alignment: page furniture and markers of omission
/// (`[...]`) set aside, paragraphs broken across a page rejoined (with the sentence that spans the
/// break made one unit, its hyphenated word repaired). The result is an ``AlignmentSide`` that still
/// names the document's own paragraph and sentence indices, so nothing is lost and reports point
/// at the file.
///
/// One side alone only proposes: furniture and joins are looked for only in a document that shows
/// pages (``PageStructure``), and they stay ``CleanupCandidates`` until the alignment has seen both
/// sides (``sides(source:target:probe:)``): a candidate that pairs with something in the
/// translation is content, and a join is made only where the translation agrees.
public struct ArchivalCleaner: Sendable {
    /// The furniture detector (which short, recurring paragraphs sit between pages).
    public var detector: PageFurnitureDetector
    /// The page-structure detector (whether there are pages at all).
    public var pages: PageStructureDetector
    /// Whether to set furniture aside.
    public var removesFurniture: Bool
    /// Whether to rejoin paragraphs broken across a page.
    public var joinsBrokenParagraphs: Bool

    /// A cleaner; both repairs on by default.
    public init(detector: PageFurnitureDetector = PageFurnitureDetector(), pages: PageStructureDetector = PageStructureDetector(),
                removesFurniture: Bool = true, joinsBrokenParagraphs: Bool = true) {
        self.detector = detector
        self.pages = pages
        self.removesFurniture = removesFurniture
        self.joinsBrokenParagraphs = joinsBrokenParagraphs
    }

    /// What `document` alone suggests: its page structure and, when it has pages, the paragraphs
    /// that look like page furniture.
    public func candidates(for document: Document) -> CleanupCandidates {
        guard removesFurniture || joinsBrokenParagraphs else { return CleanupCandidates(pages: PageStructure(), furniture: []) }
        let structure = pages.structure(of: document)
        guard structure.hasPages, removesFurniture else { return CleanupCandidates(pages: structure, furniture: []) }
        // Clusters of recurring apparatus between pages, and every short paragraph shaped like the
        // page marks that showed the pages (a page number next to a heading forms no cluster).
        var furniture = Set(detector.findings(in: document).map(\.paragraph))
        // Heads and feet of pages that form feeds mark, the first page's and the last page's too.
        furniture.formUnion(detector.pageEdgeFindings(in: document, pageBreaks: structure.formFeedBreaks).map(\.paragraph))
        let marks = Set(structure.pageNumberSkeletons + structure.runningHeadSkeletons)
        for paragraph in document.paragraphs.dropFirst() where !marks.isEmpty && detector.isShort(paragraph.plain) {
            if marks.contains(ParagraphSkeleton.of(paragraph.plain)) { furniture.insert(paragraph.index) }
        }
        return CleanupCandidates(pages: structure, furniture: furniture.sorted())
    }

    /// The paragraphs that may continue the content paragraph before them across a page break,
    /// given the furniture set aside: the break shows (furniture between them, or a form feed), the
    /// first ends mid-sentence and the second starts in lower case (``PageBreakJoiner``).
    public func joinCandidates(in document: Document, structure: PageStructure, furniture: Set<Int>) -> [Int] {
        guard joinsBrokenParagraphs, structure.hasPages else { return [] }
        let formFeeds = Set(structure.formFeedBreaks)
        var result: [Int] = []
        var previous: Int?
        for paragraph in document.paragraphs where !furniture.contains(paragraph.index) {
            defer { previous = paragraph.index }
            guard let last = previous else { continue }
            let broken = paragraph.index - last > 1 || formFeeds.contains(paragraph.index)
            if broken && PageBreakJoiner.continues(document.paragraphs[last].plain, with: paragraph.plain) {
                result.append(paragraph.index)
            }
        }
        return result
    }

    /// The side of `document` as it alone suggests, every candidate taken: for tools that see one
    /// side only. Aligning a pair goes through ``sides(source:target:probe:)`` instead.
    public func side(for document: Document) -> AlignmentSide {
        let candidates = candidates(for: document)
        let furniture = Set(candidates.furniture)
        let joins = joinCandidates(in: document, structure: candidates.pages, furniture: furniture)
        return side(for: document, applying: CleanupDecision(furniture: furniture, continuations: Set(joins)))
    }

    /// The side of `document` with `decision` applied; markers of omission are always set aside.
    public func side(for document: Document, applying decision: CleanupDecision) -> AlignmentSide {
        let furniture = decision.furniture
        let markers = Set(document.paragraphs.filter { !furniture.contains($0.index) && OmissionMarker.isMarker($0.plain) }.map(\.index))
        // A paragraph is rejoined across furniture, never across a marker of omission: text is
        // missing there, and a unit spanning the marker would cross the marker's own bead.
        var groups: [[Int]] = []
        var previousWasMarker = false
        for paragraph in document.paragraphs where !furniture.contains(paragraph.index) {
            if markers.contains(paragraph.index) {
                previousWasMarker = true
                continue
            }
            if decision.continuations.contains(paragraph.index), !groups.isEmpty, !previousWasMarker {
                groups[groups.count - 1].append(paragraph.index)
            } else {
                groups.append([paragraph.index])
            }
            previousWasMarker = false
        }

        var paragraphs: [AlignmentSide.Unit] = []
        var sentences: [AlignmentSide.Unit] = []
        var paragraphSentences: [Range<Int>] = []
        for group in groups {
            let first = sentences.count
            for (position, p) in group.enumerated() {
                let own = document.sentences(ofParagraph: p)
                for sentence in own {
                    // The first sentence of a continuation part finishes the previous part's last sentence.
                    if position > 0 && sentence.index == own.first?.index, let previous = sentences.popLast() {
                        sentences.append(AlignmentSide.Unit(parts: previous.parts + [sentence.index],
                                                            text: HyphenationRepair.join([previous.text, sentence.plain])))
                    } else {
                        sentences.append(AlignmentSide.Unit(parts: [sentence.index], text: sentence.plain))
                    }
                }
            }
            paragraphs.append(AlignmentSide.Unit(parts: group,
                                                 text: HyphenationRepair.join(group.map { document.paragraphs[$0].plain })))
            paragraphSentences.append(first..<sentences.count)
        }
        let furnitureParagraphs = furniture.sorted()
        let furnitureSentences = furnitureParagraphs.flatMap { Array(document.paragraphs[$0].sentenceRange) }
        let markerParagraphs = markers.sorted()
        let markerSentences = markerParagraphs.flatMap { Array(document.paragraphs[$0].sentenceRange) }
        return AlignmentSide(document: document, paragraphs: paragraphs, sentences: sentences,
                             paragraphSentences: paragraphSentences, furnitureParagraphs: furnitureParagraphs,
                             furnitureSentences: furnitureSentences, omissionParagraphs: markerParagraphs,
                             omissionSentences: markerSentences)
    }
}
