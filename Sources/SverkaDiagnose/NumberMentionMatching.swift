/// Pairs the number mentions of the two sides of a bead as multisets, in linear time.
///
/// Rounds, each over the mentions still unpaired:
/// 1. likeliest reading against likeliest reading (`15` ~ `15`, `1,5 млн` ~ `1.5 million`);
/// 2. any reading against any reading (`3.00`, read as 3 or 03:00, ~ `3:00`; `52` ~ `1952`);
/// 3. each mention still unpaired that has parts is replaced by them (a date by its day and month
///    and its year, those by the day and the month; a time by its hours and minutes), and the rounds
///    start again, until no mention is left with parts;
/// 4. a year named on one side (`с.г.`, `this year`) takes a year left alone on the other.
///
/// Strong mentions choose first, and any mention prefers a strong partner, so a weak `one` does not
/// take the `1` that a strong mention needed. What is left is reported, each as the largest
/// mention none of whose parts was paired; weak mentions are never reported.
struct NumberMentionMatching {
    private struct Node {
        let mention: NumberMention
        /// The node this one is a part of, or -1.
        let parent: Int
        var paired = false
        /// The node or a part of it (at any depth) was paired.
        var touched = false
    }

    /// The nodes of the source (0) and of the target (1); parts are appended as they are made.
    private var nodes: [[Node]] = [[], []]
    /// The nodes of each side not yet paired nor replaced by their parts, in text order.
    private var open: [[Int]] = [[], []]

    init(source: [NumberMention], target: [NumberMention]) {
        for (side, mentions) in [source, target].enumerated() {
            nodes[side] = mentions.map { Node(mention: $0, parent: -1) }
            open[side] = Array(mentions.indices)
        }
    }

    mutating func run() {
        while true {
            pair(anyReading: false)
            pair(anyReading: true)
            let splitSource = split(0)
            let splitTarget = split(1)
            if !splitSource && !splitTarget { break }
        }
        absorbYears(named: 0, numbered: 1)
        absorbYears(named: 1, numbered: 0)
    }

    /// Pairs each `с.г.`, `this year` of side `named` left alone with a year of the other side left
    /// alone, in order.
    private mutating func absorbYears(named: Int, numbered: Int) {
        let names = open[named].filter { !nodes[named][$0].paired && nodes[named][$0].mention.value.kind == .currentYear }
        guard !names.isEmpty else { return }
        var next = 0
        for id in open[numbered] where next < names.count && !nodes[numbered][id].paired && nodes[numbered][id].mention.value.isYear {
            mark(numbered, id)
            mark(named, names[next])
            next += 1
        }
        open[named].removeAll { nodes[named][$0].paired }
        open[numbered].removeAll { nodes[numbered][$0].paired }
    }

    /// The mentions of `side` (0 source, 1 target) left unpaired, in text order.
    func unpaired(_ side: Int) -> [NumberMention] {
        var reported = Set<Int>()
        var result: [NumberMention] = []
        for id in open[side] where !nodes[side][id].paired {
            var top = id
            while true {
                let parent = nodes[side][top].parent
                guard parent >= 0, !nodes[side][parent].touched else { break }
                top = parent
            }
            guard reported.insert(top).inserted, !nodes[side][top].mention.isWeak else { continue }
            result.append(nodes[side][top].mention)
        }
        return result
    }

    private mutating func pair(anyReading: Bool) {
        guard !open[0].isEmpty, !open[1].isEmpty else { return }
        // Target nodes by reading, strong ones first; `cursor[value]` skips those already taken.
        var positions: [NumberValue: [Int]] = [:]
        for strong in [true, false] {
            for id in open[1] where nodes[1][id].mention.isWeak != strong {
                let mention = nodes[1][id].mention
                for value in anyReading ? mention.readings : [mention.value] { positions[value, default: []].append(id) }
            }
        }
        var cursor: [NumberValue: Int] = [:]
        for strong in [true, false] {
            for id in open[0] where nodes[0][id].mention.isWeak != strong {
                let mention = nodes[0][id].mention
                for value in anyReading ? mention.readings : [mention.value] {
                    guard let list = positions[value] else { continue }
                    var c = cursor[value] ?? 0
                    while c < list.count && nodes[1][list[c]].paired { c += 1 }
                    cursor[value] = c
                    guard c < list.count else { continue }
                    mark(0, id)
                    mark(1, list[c])
                    break
                }
            }
        }
        open[0].removeAll { nodes[0][$0].paired }
        open[1].removeAll { nodes[1][$0].paired }
    }

    private mutating func mark(_ side: Int, _ id: Int) {
        nodes[side][id].paired = true
        var node = id
        while node >= 0 {
            nodes[side][node].touched = true
            node = nodes[side][node].parent
        }
    }

    /// Replaces the open nodes of `side` that have parts by their parts; whether any had.
    private mutating func split(_ side: Int) -> Bool {
        var changed = false
        var next: [Int] = []
        next.reserveCapacity(open[side].count)
        for id in open[side] {
            let parts = nodes[side][id].mention.parts
            if parts.isEmpty {
                next.append(id)
                continue
            }
            changed = true
            for part in parts {
                next.append(nodes[side].count)
                nodes[side].append(Node(mention: part, parent: id))
            }
        }
        open[side] = next
        return changed
    }
}
