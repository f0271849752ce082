/// The shared vocabulary of anchors — numbers, transliterated word prefixes, acronyms, list
/// markers, final punctuation — that both sides of a document pair are mapped into, with the
/// weight each anchor carries as evidence.
///
/// Ids are dense `Int32`s so that per-unit anchor lists are small sorted integer arrays.
package struct AnchorVocabulary: Sendable {
    /// What an anchor is; decides its weight and its penalty when unmatched.
    package enum Kind: UInt8, Sendable {
        /// A number of three or more digits (years, telegram numbers): strong evidence.
        case longNumber
        /// A number of one or two digits: weak evidence ("Book 1" vs "Chapter 1").
        case shortNumber
        /// The first four letters of a word after transliteration to ASCII: cognates and names.
        case wordPrefix
        /// A short all-capitals word (ПВО → pvo): acronyms.
        case acronym
        /// A list marker at the start of a unit (`1.`, `а)` ~ `a)`).
        case listMarker
        /// A unit's final punctuation (`?`, `!`, `:`).
        case punctuation
    }

    private(set) var ids: [String: Int32] = [:]
    /// Weight of each anchor id when matched on both sides of a bead (nats).
    package private(set) var weights: [Double] = []
    /// Penalty of each anchor id when present on one side of a bead only (nats).
    package private(set) var missPenalties: [Double] = []
    /// The same penalties for coarse search over blocks of units, where word anchors never
    /// count against a pair: a block's unmatched words add up with its size and would outweigh
    /// everything else. Equal to `missPenalties` until ``penaliseUnmatchedWords(sharedBySides:share:)``.
    package private(set) var blockMissPenalties: [Double] = []
    private(set) var kinds: [Kind] = []

    /// An empty vocabulary.
    package init() {}

    /// Number of distinct anchors.
    package var count: Int { weights.count }

    /// The id of `key`, adding it with the default weight of `kind` when new.
    package mutating func id(for key: String, kind: Kind) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(weights.count)
        ids[key] = id
        weights.append(Self.defaultWeight(kind))
        missPenalties.append(Self.defaultMissPenalty(kind))
        blockMissPenalties.append(Self.defaultMissPenalty(kind))
        kinds.append(kind)
        return id
    }

    /// Adds the anchors of `other` (in its id order, so first occurrences keep their order) and
    /// returns, for each id of `other`, its id here.
    package mutating func adopting(_ other: AnchorVocabulary) -> [Int32] {
        var keys = [String](repeating: "", count: other.count)
        for (key, id) in other.ids { keys[Int(id)] = key }
        return keys.indices.map { id(for: keys[$0], kind: other.kinds[$0]) }
    }

    /// Gives word anchors (prefixes, acronyms) that occur on both sides of the document a
    /// penalty of `share` × their weight when a bead has them on one side only: the document shows
    /// that such a word (a name, a cognate) is carried over, so a bead holding it on one side
    /// only probably joins a sentence that is not translated there. `sharedBySides[id]` tells
    /// whether anchor `id` occurs on both sides. Coarse search is left as it was.
    package mutating func penaliseUnmatchedWords(sharedBySides: [Bool], share: Double) {
        guard share > 0 else { return }
        for id in 0..<min(weights.count, sharedBySides.count)
        where (kinds[id] == .wordPrefix || kinds[id] == .acronym) && sharedBySides[id] {
            missPenalties[id] = share * weights[id]
        }
    }

    /// The kind of anchor `id`.
    package func kind(of id: Int32) -> Kind { kinds[Int(id)] }

    /// Re-weights word-prefix anchors by how rare they are: an anchor found in a large share of
    /// the units of either side (a common word stem) tells little about which units match.
    /// `documentFrequency[id]` is the larger of the two sides' unit shares (0…1).
    package mutating func applyRarity(documentFrequency: [Double]) {
        for id in 0..<min(weights.count, documentFrequency.count) where kinds[id] == .wordPrefix || kinds[id] == .acronym {
            let share = documentFrequency[id]
            if share > 0.2 {
                weights[id] = 0
            } else if share > 0.05 {
                weights[id] *= 0.5
            }
        }
    }

    static func defaultWeight(_ kind: Kind) -> Double {
        switch kind {
        case .longNumber: return 2.5
        case .shortNumber: return 0.8
        case .wordPrefix: return 1.2
        case .acronym: return 1.5
        case .listMarker: return 1.5
        case .punctuation: return 0.4
        }
    }

    static func defaultMissPenalty(_ kind: Kind) -> Double {
        switch kind {
        case .longNumber: return 1.0
        case .shortNumber: return 0.3
        case .listMarker: return 0.7
        case .punctuation: return 0.2
        case .wordPrefix, .acronym: return 0
        }
    }
}
