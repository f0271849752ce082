import SverkaAlign
import SverkaSegment

/// Evidence that a document is a transcription of pages at all, looked for before any page
/// furniture is: a document with no such structure gets no furniture and no joins across pages,
/// whatever repeats in it (a table of contents, refrains, headings, dialogue tags).
///
/// Three kinds of evidence, each enough on its own:
/// - **form feeds** between paragraphs (text extracted from PDFs and printers' files has them);
/// - **page numbers in sequence**: short paragraphs of one skeleton (`Лист „ 2 “`, `Лист 3`,
///   `- 4 -`, `Page 5`) whose numbers go up by one from occurrence to occurrence, a page's worth of
///   text apart;
/// - **running heads**: a short paragraph of one skeleton (`СОВЕРШЕННО СЕКРЕТНО`) recurring at
///   least `minRunningHeads` times at regular intervals of a page's worth of text.
///
/// Skeletons that start with a word naming a section (`Chapter #`, `Глава #`) are never page marks.
/// "A page's worth of text" is between `minPageCharacters` and `maxPageCharacters` characters, and
/// the longest interval is at most `maxIntervalSpread` times the shortest: chapters are longer and
/// irregular, refrains and list items shorter. Recurring paragraphs must also be a small share of
/// the text (`maxRecurringShare`), which tells page apparatus from a text that repeats itself.
public struct PageStructure: Equatable, Sendable {
    /// Paragraph indices directly after a form feed.
    public let formFeedBreaks: [Int]
    /// Skeletons of page numbers found in sequence.
    public let pageNumberSkeletons: [String]
    /// Skeletons of running heads found at regular intervals.
    public let runningHeadSkeletons: [String]

    /// Whether the document shows pages at all.
    public var hasPages: Bool {
        !formFeedBreaks.isEmpty || !pageNumberSkeletons.isEmpty || !runningHeadSkeletons.isEmpty
    }

    /// A structure with the given evidence.
    public init(formFeedBreaks: [Int] = [], pageNumberSkeletons: [String] = [], runningHeadSkeletons: [String] = []) {
        self.formFeedBreaks = formFeedBreaks
        self.pageNumberSkeletons = pageNumberSkeletons
        self.runningHeadSkeletons = runningHeadSkeletons
    }
}

/// Finds a document's ``PageStructure``.
public struct PageStructureDetector: Sendable {
    /// Fewest characters of text between two page marks.
    public var minPageCharacters = 400
    /// Most characters of text between two page marks.
    public var maxPageCharacters = 8_000
    /// Largest ratio of the longest to the shortest interval between page marks.
    public var maxIntervalSpread = 4.0
    /// Fewest occurrences of a running head.
    public var minRunningHeads = 3
    /// Largest share of the text's characters that recurring short paragraphs may hold.
    public var maxRecurringShare = 0.25
    /// Which paragraphs are short enough to be page apparatus.
    public var shortness = PageFurnitureDetector()

    /// A detector with the default limits.
    public init() {}

    /// The page structure of `document`.
    public func structure(of document: Document) -> PageStructure {
        let paragraphs = document.paragraphs
        guard paragraphs.count >= 3 else { return PageStructure(formFeedBreaks: formFeedBreaks(in: document)) }
        // Character offsets of each paragraph's start, counted in plain text.
        var offsets: [Int] = []
        offsets.reserveCapacity(paragraphs.count)
        var total = 0
        for paragraph in paragraphs {
            offsets.append(total)
            total += paragraph.plain.utf16.count
        }
        var occurrences: [String: [Int]] = [:]
        for paragraph in paragraphs where shortness.isShort(paragraph.plain) {
            let skeleton = ParagraphSkeleton.of(paragraph.plain)
            guard !skeleton.isEmpty else { continue }
            occurrences[skeleton, default: []].append(paragraph.index)
        }
        let recurring = occurrences.filter { $0.value.count >= 2 }
        let recurringCharacters = recurring.values.joined().reduce(0) { $0 + paragraphs[$1].plain.utf16.count }
        guard total > 0, Double(recurringCharacters) <= maxRecurringShare * Double(total) else {
            return PageStructure(formFeedBreaks: formFeedBreaks(in: document))
        }
        var numbers: [String] = []
        var heads: [String] = []
        for (skeleton, indices) in recurring.sorted(by: { $0.key < $1.key }) {
            // Section headings (`Chapter 2`, `Глава 3`) number sections, not pages.
            guard isPageSpaced(indices.map { offsets[$0] }), !Self.namesSection(skeleton) else { continue }
            let values = indices.map { Self.lastNumber(in: paragraphs[$0].plain) }
            if skeleton.contains("#") && isSequence(values) {
                numbers.append(skeleton)
            } else if indices.count >= minRunningHeads && (!skeleton.contains("#") || Set(values).count == 1) {
                // A running head, with no number or the same number each time (a file number).
                heads.append(skeleton)
            }
        }
        return PageStructure(formFeedBreaks: formFeedBreaks(in: document), pageNumberSkeletons: numbers,
                             runningHeadSkeletons: heads)
    }

    /// Whether marks at these character offsets stand a page apart, regularly.
    func isPageSpaced(_ offsets: [Int]) -> Bool {
        let intervals = zip(offsets.dropFirst(), offsets).map { $0 - $1 }
        guard let shortest = intervals.min(), let longest = intervals.max() else { return false }
        return shortest >= minPageCharacters && longest <= maxPageCharacters
            && Double(longest) <= maxIntervalSpread * Double(shortest)
    }

    /// Whether `numbers` go up by one each time.
    func isSequence(_ numbers: [Int?]) -> Bool {
        guard numbers.count >= 2 else { return false }
        for (previous, next) in zip(numbers, numbers.dropFirst()) {
            guard let previous, let next, next == previous + 1 else { return false }
        }
        return true
    }

    /// Whether a skeleton starts with a word naming a kind of section (``SectionHeading/Kind``).
    static func namesSection(_ skeleton: String) -> Bool {
        guard let first = skeleton.split(separator: " ").first else { return false }
        return SectionHeading.kind(named: first) != nil
    }

    /// The last run of ASCII digits in `text`, as a number (at most six digits).
    static func lastNumber(in text: String) -> Int? {
        var digits: [Character] = []
        var last: [Character] = []
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else if !digits.isEmpty {
                last = digits
                digits = []
            }
        }
        if !digits.isEmpty { last = digits }
        guard !last.isEmpty, last.count <= 6 else { return nil }
        return Int(String(last))
    }

    /// Paragraphs that follow a form feed (U+000C) in the text between them and the paragraph before.
    func formFeedBreaks(in document: Document) -> [Int] {
        let units = [UInt16](utf16Of: document.text)
        var breaks: [Int] = []
        var previousEnd = 0
        for paragraph in document.paragraphs {
            let start = min(max(paragraph.range.lowerBound, previousEnd), units.count)
            if units[previousEnd..<start].contains(0x0C) || (paragraph.index > 0 && paragraph.text.utf16.first == 0x0C) {
                breaks.append(paragraph.index)
            }
            previousEnd = min(paragraph.range.upperBound, units.count)
        }
        return breaks.filter { $0 > 0 }
    }
}
