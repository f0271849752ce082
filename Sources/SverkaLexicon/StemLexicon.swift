/// A translation lexicon between the stems of two languages, as the aligner uses it: for each
/// source stem, the target stems it may translate to, and the reverse.
///
/// Stems are Snowball stems of ICU-lower-cased words; target stems get dense ids so that a unit's
/// translations are a small sorted integer array. The noisy many-to-many entries of a general
/// dictionary are kept in check by a fan-out cap: a stem keeps at most `maxFanOut` partners,
/// preferring partners that are specific (partner of few other stems) over generic ones.
public struct StemLexicon: Sendable {
    /// Source language (ISO 639).
    public let sourceLanguage: String
    /// Target language.
    public let targetLanguage: String
    /// Dense ids of source stems.
    public private(set) var sourceIDs: [String: Int32] = [:]
    /// Dense ids of target stems.
    public private(set) var targetIDs: [String: Int32] = [:]
    /// For each source stem id, the target stem ids it translates to (sorted).
    public private(set) var forward: [[Int32]] = []
    /// For each target stem id, the source stem ids it translates (sorted).
    public private(set) var backward: [[Int32]] = []
    /// Where the entries came from (for messages), e.g. a file path or "self-trained".
    public let origin: String

    /// Number of stem pairs kept.
    public var pairCount: Int { forward.reduce(0) { $0 + $1.count } }

    /// A lexicon from stem pairs (source stem, target stem, weight): for each stem at most
    /// `maxFanOut` partners are kept, the heaviest first, ties to the partner with fewer partners.
    public init(sourceLanguage: String, targetLanguage: String, stemPairs: [(String, String, Double)],
                maxFanOut: Int = 8, origin: String) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.origin = origin
        // Stems are numbered once, so that the counting and ranking below hash and compare
        // integers; strings are compared only to break ties, as the ranking always did.
        var sourceNumbers: [String: Int32] = [:]
        var targetNumbers: [String: Int32] = [:]
        var sourceKeys: [String] = []
        var targetKeys: [String] = []
        var weights: [[Int32: Double]] = []
        var targetDegree: [Int] = []
        var sourceDegree: [Int] = []
        for (s, t, w) in stemPairs where !s.isEmpty && !t.isEmpty {
            let si = Self.number(s, in: &sourceNumbers, keys: &sourceKeys)
            let ti = Self.number(t, in: &targetNumbers, keys: &targetKeys)
            if Int(si) == weights.count { weights.append([:]); sourceDegree.append(0) }
            if Int(ti) == targetDegree.count { targetDegree.append(0) }
            if weights[Int(si)][ti] == nil {
                targetDegree[Int(ti)] += 1
                sourceDegree[Int(si)] += 1
            }
            weights[Int(si)][ti, default: 0] += w
        }
        // Each source stem keeps its heaviest partners, ties to the partner with fewer partners,
        // then to the larger stem.
        var byTarget = [[Int32]](repeating: [], count: targetKeys.count)
        for (si, partners) in weights.enumerated() {
            let ranked = partners.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                let (da, db) = (targetDegree[Int(a.key)], targetDegree[Int(b.key)])
                if da != db { return da < db }
                return targetKeys[Int(a.key)] > targetKeys[Int(b.key)]
            }
            for (ti, _) in ranked.prefix(maxFanOut) { byTarget[Int(ti)].append(Int32(si)) }
        }
        // The reverse cap: a target stem with too many sources is generic; keep its best.
        var bySource = [[Int32]](repeating: [], count: sourceKeys.count)
        for (ti, sources) in byTarget.enumerated() where !sources.isEmpty {
            let ranked = sources.sorted { a, b in
                let (da, db) = (sourceDegree[Int(a)], sourceDegree[Int(b)])
                if da != db { return da < db }
                return sourceKeys[Int(a)] < sourceKeys[Int(b)]
            }
            for si in ranked.prefix(maxFanOut * 2) { bySource[Int(si)].append(Int32(ti)) }
        }
        // Built in locals: mutating stored properties through helpers would copy them each time.
        var sourceIDs: [String: Int32] = [:]
        var targetIDs: [String: Int32] = [:]
        var forward: [[Int32]] = []
        var backward: [[Int32]] = []
        let sources = bySource.indices.filter { !bySource[$0].isEmpty }.sorted { sourceKeys[$0] < sourceKeys[$1] }
        for si in sources {
            let sid = Self.id(sourceKeys[si], in: &sourceIDs, table: &forward)
            for t in bySource[si].map({ targetKeys[Int($0)] }).sorted() {
                let tid = Self.id(t, in: &targetIDs, table: &backward)
                forward[Int(sid)].append(tid)
                backward[Int(tid)].append(sid)
            }
        }
        for k in forward.indices { forward[k].sort() }
        for k in backward.indices { backward[k].sort() }
        self.sourceIDs = sourceIDs
        self.targetIDs = targetIDs
        self.forward = forward
        self.backward = backward
    }

    /// The number of `key` in `numbers`, given in order of first sight.
    private static func number(_ key: String, in numbers: inout [String: Int32], keys: inout [String]) -> Int32 {
        if let known = numbers[key] { return known }
        let number = Int32(keys.count)
        numbers[key] = number
        keys.append(key)
        return number
    }

    private static func id(_ key: String, in ids: inout [String: Int32], table: inout [[Int32]]) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(table.count)
        ids[key] = id
        table.append([])
        return id
    }
}
