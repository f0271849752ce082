import SverkaSegment

/// ``BeadAnchors`` turned into what the search needs: content-unit ranges at each level, checked
/// against the two sides (indices in range, whole units, one run each, the two levels agreeing).
struct AnchorPlan {
    /// A pinned bead over content units (prefix coordinates: source `source`, target `target`).
    struct Region: Equatable {
        var source: Range<Int>
        var target: Range<Int>
    }

    /// Two-sided pins at the paragraph level, in order.
    var paragraphs: [Region] = []
    /// Two-sided pins at the sentence level, in order.
    var sentences: [Region] = []
    /// Content units that must stay alone (one-sided pins), by level and side.
    var aloneParagraphs: (source: Set<Int>, target: Set<Int>) = ([], [])
    var aloneSentences: (source: Set<Int>, target: Set<Int>) = ([], [])
    /// For each sentence pin, the content paragraphs holding its sentences (one side may be empty):
    /// the paragraph pass keeps them in one bead.
    var sentenceGroups: [Region] = []

    var isEmpty: Bool {
        paragraphs.isEmpty && sentences.isEmpty && aloneParagraphs.source.isEmpty && aloneParagraphs.target.isEmpty
            && aloneSentences.source.isEmpty && aloneSentences.target.isEmpty
    }

    init() {}

    /// The plan of `anchors` on these sides; `twoLevel`: paragraphs are searched first.
    init(_ anchors: BeadAnchors, source: AlignmentSide, target: AlignmentSide) throws {
        if let problem = anchors.problem { throw BeadAnchorError(problem) }
        for level in AlignmentLevel.allCases {
            let units = (source.units(at: level), target.units(at: level))
            let maps = (Self.unitOf(units.0), Self.unitOf(units.1))
            let counts = (level == .paragraph ? source.document.paragraphs.count : source.document.sentences.count,
                          level == .paragraph ? target.document.paragraphs.count : target.document.sentences.count)
            for pin in anchors.pins(at: level) {
                func run(_ indices: [Int], _ map: [Int: Int], _ units: [AlignmentSide.Unit], _ count: Int, _ side: String) throws -> Range<Int>? {
                    guard !indices.isEmpty else { return nil }
                    if let bad = indices.first(where: { $0 >= count }) {
                        throw BeadAnchorError("\(level.rawValue) anchor \(pin) names \(side) unit \(bad), but the \(side) has \(count)")
                    }
                    let contents = indices.compactMap { map[$0] }
                    guard contents.count == indices.count else {
                        throw BeadAnchorError("\(level.rawValue) anchor \(pin) names page furniture or a marker of omission on the \(side) side, which stand apart from the alignment")
                    }
                    let first = contents.min()!, last = contents.max()!
                    let parts = (first...last).flatMap { units[$0].parts }
                    guard parts == indices else {
                        throw BeadAnchorError("\(level.rawValue) anchor \(pin) does not name whole consecutive \(side) units (\(parts.map(String.init).joined(separator: ",")) would be)")
                    }
                    return first..<(last + 1)
                }
                // A bead of a marker of omission (`[...]`) with the units it stands for: those units
                // stay unpaired, and the marker takes them in again.
                let markers = (Set(source.omissionMarkers(at: level)), Set(target.omissionMarkers(at: level)))
                var pin = pin
                if !pin.target.isEmpty && pin.target.allSatisfy(markers.1.contains) { pin.target = [] }
                if !pin.source.isEmpty && pin.source.allSatisfy(markers.0.contains) { pin.source = [] }
                if pin.source.isEmpty && pin.target.isEmpty { continue }
                if pin.target.isEmpty && pin.source.count > 1 {
                    for unit in try run(pin.source, maps.0, units.0, counts.0, "source") ?? 0..<0 {
                        if level == .paragraph { aloneParagraphs.source.insert(unit) } else { aloneSentences.source.insert(unit) }
                    }
                    continue
                }
                if pin.source.isEmpty && pin.target.count > 1 {
                    for unit in try run(pin.target, maps.1, units.1, counts.1, "target") ?? 0..<0 {
                        if level == .paragraph { aloneParagraphs.target.insert(unit) } else { aloneSentences.target.insert(unit) }
                    }
                    continue
                }
                // One-sided pins on furniture hold as they are.
                if pin.source.isEmpty || pin.target.isEmpty {
                    let indices = pin.source.isEmpty ? pin.target : pin.source
                    let map = pin.source.isEmpty ? maps.1 : maps.0
                    if indices.count == 1, indices[0] < (pin.source.isEmpty ? counts.1 : counts.0), map[indices[0]] == nil { continue }
                }
                let s = try run(pin.source, maps.0, units.0, counts.0, "source")
                let t = try run(pin.target, maps.1, units.1, counts.1, "target")
                switch (s, t) {
                case let (s?, t?):
                    if level == .paragraph { paragraphs.append(Region(source: s, target: t)) } else { sentences.append(Region(source: s, target: t)) }
                case let (s?, nil):
                    guard s.count == 1 else { throw BeadAnchorError("\(level.rawValue) anchor \(pin): a one-sided anchor names one unit") }
                    if level == .paragraph { aloneParagraphs.source.insert(s.lowerBound) } else { aloneSentences.source.insert(s.lowerBound) }
                case let (nil, t?):
                    guard t.count == 1 else { throw BeadAnchorError("\(level.rawValue) anchor \(pin): a one-sided anchor names one unit") }
                    if level == .paragraph { aloneParagraphs.target.insert(t.lowerBound) } else { aloneSentences.target.insert(t.lowerBound) }
                case (nil, nil): break
                }
            }
        }
        // The paragraphs that hold each sentence pin, and their agreement with the paragraph pins.
        let paragraphOf = (Self.paragraphOfSentence(source), Self.paragraphOfSentence(target))
        for region in sentences + aloneSentences.source.sorted().map({ Region(source: $0..<($0 + 1), target: 0..<0) })
            + aloneSentences.target.sorted().map({ Region(source: 0..<0, target: $0..<($0 + 1)) }) {
            let s = region.source.isEmpty ? nil : paragraphOf.0[region.source.lowerBound]..<(paragraphOf.0[region.source.upperBound - 1] + 1)
            let t = region.target.isEmpty ? nil : paragraphOf.1[region.target.lowerBound]..<(paragraphOf.1[region.target.upperBound - 1] + 1)
            for pin in paragraphs {
                let insideSource = s.map { $0.lowerBound >= pin.source.lowerBound && $0.upperBound <= pin.source.upperBound }
                let insideTarget = t.map { $0.lowerBound >= pin.target.lowerBound && $0.upperBound <= pin.target.upperBound }
                let beforeSource = s.map { $0.upperBound <= pin.source.lowerBound }, afterSource = s.map { $0.lowerBound >= pin.source.upperBound }
                let beforeTarget = t.map { $0.upperBound <= pin.target.lowerBound }, afterTarget = t.map { $0.lowerBound >= pin.target.upperBound }
                let inside = (insideSource ?? true) && (insideTarget ?? true)
                let before = (beforeSource ?? true) && (beforeTarget ?? true)
                let after = (afterSource ?? true) && (afterTarget ?? true)
                if !(inside || before || after) {
                    throw BeadAnchorError("a sentence anchor does not fit the paragraph anchor \(pin.source.lowerBound)…\(pin.source.upperBound - 1) ↔ \(pin.target.lowerBound)…\(pin.target.upperBound - 1) (content paragraphs): it must lie inside it or wholly before or after it")
                }
            }
            sentenceGroups.append(Region(source: s ?? 0..<0, target: t ?? 0..<0))
        }
    }

    /// Content unit of each document index that belongs to a content unit.
    private static func unitOf(_ units: [AlignmentSide.Unit]) -> [Int: Int] {
        var map: [Int: Int] = [:]
        for (k, unit) in units.enumerated() { for part in unit.parts { map[part] = k } }
        return map
    }

    /// The content paragraph of each content sentence.
    private static func paragraphOfSentence(_ side: AlignmentSide) -> [Int] {
        var result = [Int](repeating: 0, count: side.sentences.count)
        for (p, range) in side.paragraphSentences.enumerated() { for s in range { result[s] = p } }
        return result
    }
}

/// Which beads a constrained search may take: units that must stay alone, and groups of units
/// that must end up in one bead (their source and target runs together).
package struct BeadFilter: Sendable {
    /// Source units that only a 1-0 bead may hold.
    var aloneSource: [Bool]
    /// Target units that only a 0-1 bead may hold.
    var aloneTarget: [Bool]
    /// Per source prefix length, the target prefix lengths allowed (empty when lo > hi).
    var lo: [Int]
    var hi: [Int]
    /// Target prefix lengths no boundary may sit at.
    var blockedColumn: [Bool]

    /// The filter of a window of `n` × `m` units.
    init(sourceCount n: Int, targetCount m: Int, aloneSource: Set<Int>, aloneTarget: Set<Int>, groups: [AnchorPlan.Region]) {
        self.aloneSource = (0..<n).map { aloneSource.contains($0) }
        self.aloneTarget = (0..<m).map { aloneTarget.contains($0) }
        lo = [Int](repeating: 0, count: n + 1)
        hi = [Int](repeating: m, count: n + 1)
        blockedColumn = [Bool](repeating: false, count: m + 1)
        for g in groups {
            if !g.source.isEmpty && !g.target.isEmpty {
                for i in 0...n {
                    if i <= g.source.lowerBound { hi[i] = min(hi[i], g.target.lowerBound) }
                    if i >= g.source.upperBound { lo[i] = max(lo[i], g.target.upperBound) }
                }
            }
            if g.source.count > 1 { for i in (g.source.lowerBound + 1)..<g.source.upperBound { hi[i] = -1 } }
            if g.target.count > 1 { for j in (g.target.lowerBound + 1)..<g.target.upperBound { blockedColumn[j] = true } }
        }
    }

    /// Whether a boundary may sit at cell (i, j).
    @inline(__always) func allows(cell i: Int, _ j: Int) -> Bool {
        j >= lo[i] && j <= hi[i] && !blockedColumn[j]
    }

    /// Whether the bead `source` × `target` may be taken (its end cell checked by the caller).
    @inline(__always) func allows(source: Range<Int>, target: Range<Int>) -> Bool {
        if !target.isEmpty { for i in source where aloneSource[i] { return false } }
        if !source.isEmpty { for j in target where aloneTarget[j] { return false } }
        return true
    }
}
