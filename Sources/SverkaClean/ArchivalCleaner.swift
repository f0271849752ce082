import SverkaAlign
import SverkaSegment

/// The archival clean-up of one side before alignment: page furniture and markers of omission
/// (`[...]`) set aside, paragraphs broken
/// across a page rejoined (with the sentence that spans the break made one unit, its hyphenated
/// word repaired). The result is an ``AlignmentSide`` that still names the document's own
/// paragraph and sentence indices, so nothing is lost and reports point at the file.
public struct ArchivalCleaner: Sendable {
    /// The furniture detector.
    public var detector: PageFurnitureDetector
    /// Whether to set furniture aside.
    public var removesFurniture: Bool
    /// Whether to rejoin paragraphs broken across a page.
    public var joinsBrokenParagraphs: Bool

    /// A cleaner; both repairs on by default.
    public init(detector: PageFurnitureDetector = PageFurnitureDetector(), removesFurniture: Bool = true,
                joinsBrokenParagraphs: Bool = true) {
        self.detector = detector
        self.removesFurniture = removesFurniture
        self.joinsBrokenParagraphs = joinsBrokenParagraphs
    }

    /// The cleaned side of `document`.
    public func side(for document: Document) -> AlignmentSide {
        let furniture = removesFurniture ? Set(detector.findings(in: document).map(\.paragraph)) : []
        let markers = Set(document.paragraphs.filter { !furniture.contains($0.index) && OmissionMarker.isMarker($0.plain) }.map(\.index))
        let setAside = furniture.union(markers)
        // A paragraph is rejoined across furniture, never across a marker of omission: text is
        // missing there, and a unit spanning the marker would cross the marker's own bead. A marker
        // never continues a paragraph nor is continued (it starts with no lower-case letter and ends
        // in no letter, digit or comma), so it comes back as a group of its own, dropped here.
        let groups = joinsBrokenParagraphs
            ? PageBreakJoiner.groups(in: document, furniture: furniture).filter { !($0.count == 1 && markers.contains($0[0])) }
            : document.paragraphs.filter { !setAside.contains($0.index) }.map { [$0.index] }

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
