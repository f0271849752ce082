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
        var weights: [String: [String: Double]] = [:]
        var targetDegree: [String: Int] = [:]
        var sourceDegree: [String: Int] = [:]
        for (s, t, w) in stemPairs where !s.isEmpty && !t.isEmpty {
            if weights[s]?[t] == nil {
                targetDegree[t, default: 0] += 1
                sourceDegree[s, default: 0] += 1
            }
            weights[s, default: [:]][t, default: 0] += w
        }
        var kept: [(String, String)] = []
        for (s, partners) in weights {
            let ranked = partners.sorted {
                ($0.value, -(targetDegree[$0.key] ?? 0), $0.key) > ($1.value, -(targetDegree[$1.key] ?? 0), $1.key)
            }
            for (t, _) in ranked.prefix(maxFanOut) { kept.append((s, t)) }
        }
        // The reverse cap: a target stem with too many sources is generic; keep its best.
        var bySource: [String: [String]] = [:]
        var byTarget: [String: [String]] = [:]
        for (s, t) in kept { byTarget[t, default: []].append(s) }
        for (t, sources) in byTarget {
            let ranked = sources.sorted { (sourceDegree[$0] ?? 0, $0) < (sourceDegree[$1] ?? 0, $1) }
            for s in ranked.prefix(maxFanOut * 2) { bySource[s, default: []].append(t) }
        }
        // Built in locals: mutating stored properties through helpers would copy them each time.
        var sourceIDs: [String: Int32] = [:]
        var targetIDs: [String: Int32] = [:]
        var forward: [[Int32]] = []
        var backward: [[Int32]] = []
        for (s, targets) in bySource.sorted(by: { $0.key < $1.key }) {
            let sid = Self.id(s, in: &sourceIDs, table: &forward)
            for t in targets.sorted() {
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

    private static func id(_ key: String, in ids: inout [String: Int32], table: inout [[Int32]]) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(table.count)
        ids[key] = id
        table.append([])
        return id
    }
}
