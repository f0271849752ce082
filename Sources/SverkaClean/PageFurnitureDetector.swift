import SverkaSegment

/// Finds page furniture: the headers, stamps, sheet numbers and continuation marks a transcription
/// repeats at every page break (`СОВЕРШЕННО СЕКРЕТНО`, `Продолжение шифртелеграммы № 21646`,
/// `Экз. № 2`, `Лист „ 2 “`, `(см. сл. лист)`, `- 3 -`, a running header).
///
/// The mechanism is repetition and position, not a word list:
/// 1. a paragraph is *short* when it has at most `maxWords` words and `maxCharacters` characters,
///    and does not start with a lower-case letter (that is the end of a sentence from the page
///    before, not apparatus);
/// 2. a *cluster* is a maximal run of consecutive short paragraphs that has content (a long
///    paragraph) on both sides — so the stamps above the first page and the signature block after
///    the last are never furniture;
/// 3. a short paragraph's ``ParagraphSkeleton`` *recurs* when the same skeleton appears in at least
///    two different clusters;
/// 4. a cluster is furniture when at least `minRecurring` of its paragraphs recur; all its
///    paragraphs then are furniture. A cluster of one paragraph (a lone page number or running
///    header) is furniture when it recurs and looks like apparatus: it holds a number, or has no
///    lower-case letters — so a recurring line of dialogue ("Yes.") stays text.
public struct PageFurnitureDetector: Sendable {
    /// Longest short paragraph, in words.
    public var maxWords: Int
    /// Longest short paragraph, in characters.
    public var maxCharacters: Int
    /// Recurring paragraphs needed to call a cluster of two or more furniture.
    public var minRecurring: Int

    /// A detector with the given limits.
    public init(maxWords: Int = 8, maxCharacters: Int = 60, minRecurring: Int = 2) {
        self.maxWords = maxWords
        self.maxCharacters = maxCharacters
        self.minRecurring = minRecurring
    }

    /// Why a paragraph was called furniture.
    public struct Finding: Equatable, Sendable {
        /// The paragraph index.
        public let paragraph: Int
        /// Its skeleton.
        public let skeleton: String
        /// How many clusters its skeleton appears in (1 when it rode along with recurring neighbours).
        public let clusters: Int
    }

    /// The furniture paragraphs of `document`, ascending; none for a document without repeated
    /// page breaks.
    public func findings(in document: Document) -> [Finding] {
        let paragraphs = document.paragraphs
        let short = paragraphs.map { isShort($0.plain) }
        // Clusters: runs of short paragraphs with a long paragraph before and after.
        var clusters: [Range<Int>] = []
        var k = 0
        while k < paragraphs.count {
            guard short[k] else { k += 1; continue }
            var end = k
            while end < paragraphs.count && short[end] { end += 1 }
            if k > 0 && end < paragraphs.count { clusters.append(k..<end) }
            k = end
        }
        let skeletons = paragraphs.map { ParagraphSkeleton.of($0.plain) }
        var clusterCount: [String: Int] = [:]
        for cluster in clusters {
            for skeleton in Set(cluster.map { skeletons[$0] }) where !skeleton.isEmpty {
                clusterCount[skeleton, default: 0] += 1
            }
        }
        var result: [Finding] = []
        for cluster in clusters {
            let recurring = cluster.filter { (clusterCount[skeletons[$0]] ?? 0) >= 2 }.count
            if cluster.count == 1 {
                let text = paragraphs[cluster.lowerBound].plain
                let looksLikeApparatus = text.contains(where: \.isNumber) || !text.contains(where: \.isLowercase)
                guard recurring == 1, looksLikeApparatus else { continue }
            } else {
                guard recurring >= minRecurring else { continue }
            }
            for p in cluster {
                result.append(Finding(paragraph: p, skeleton: skeletons[p], clusters: clusterCount[skeletons[p]] ?? 0))
            }
        }
        return result
    }

    /// Running heads and feet where form feeds mark the pages (text taken from a PDF): the first
    /// and the last paragraph of each page, when it is short and its skeleton stands at that edge
    /// of at least two pages and of half the pages or more, and it looks like apparatus (holds a
    /// number or no lower-case letter) or stands there on three pages or more. Unlike clusters,
    /// this finds the head of the first page and the number of the last. Section headings
    /// (`Глава 2`) are never page marks. `pageBreaks`: the paragraphs that begin a page after the
    /// first (``PageStructure/formFeedBreaks``).
    public func pageEdgeFindings(in document: Document, pageBreaks: [Int]) -> [Finding] {
        let paragraphs = document.paragraphs
        let starts = [0] + pageBreaks.filter { $0 > 0 && $0 < paragraphs.count }.sorted()
        guard starts.count >= 2 else { return [] }
        let ends = starts.dropFirst().map { $0 - 1 } + [paragraphs.count - 1]
        var findings: [Finding] = []
        for edge in [starts, ends] {
            var places: [String: [Int]] = [:]
            for index in Set(edge) where isShort(paragraphs[index].plain) {
                let skeleton = ParagraphSkeleton.of(paragraphs[index].plain)
                guard !skeleton.isEmpty, !PageStructureDetector.namesSection(skeleton) else { continue }
                places[skeleton, default: []].append(index)
            }
            for (skeleton, indices) in places where indices.count >= 2 && 2 * indices.count >= starts.count {
                for index in indices.sorted() {
                    let text = paragraphs[index].plain
                    let looksLikeApparatus = text.contains(where: \.isNumber) || !text.contains(where: \.isLowercase)
                    guard looksLikeApparatus || indices.count >= 3 else { continue }
                    findings.append(Finding(paragraph: index, skeleton: skeleton, clusters: indices.count))
                }
            }
        }
        return findings.sorted { $0.paragraph < $1.paragraph }
    }

    /// Whether `text` is short enough to be page apparatus.
    func isShort(_ text: String) -> Bool {
        if let first = text.first, first.isLowercase { return false }
        return text.count <= maxCharacters && text.split(whereSeparator: \.isWhitespace).count <= maxWords
    }
}
