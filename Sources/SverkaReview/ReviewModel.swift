import Sverka

/// A bead as the project file keeps it.
struct StoredBead: Codable, Equatable, Sendable {
    var id: Int
    var source: [Int]
    var target: [Int]
    var kind: String
    /// The aligner's confidence; nil for a bead a person made.
    var confidence: Double?
    var cost: Double?
    var confirmed: Bool

    var beadKind: Bead.Kind { Bead.Kind(rawValue: kind) ?? .alignment }
    var isFurniture: Bool { beadKind == .furniture }

    /// The library's bead (a person's bead counts as sure).
    var bead: Bead {
        Bead(source: source, target: target, kind: beadKind, cost: cost ?? 0, confidence: confidence ?? 1)
    }
}

/// What a review project holds that actions change: the beads of both levels, edits, dismissals.
struct ReviewModel: Codable, Equatable, Sendable {
    var level: AlignmentLevel
    /// Paragraph beads; nil after a sentence-only alignment.
    var paragraphs: [StoredBead]?
    var sentences: [StoredBead]
    /// Edited unit texts, keyed by ``editKey(level:side:unit:)``.
    var edits: [String: String]
    /// Dismissed divergences by id.
    var dismissed: [String: ReviewDismissal]
    /// The id the next new bead gets.
    var nextBeadID: Int

    static func editKey(level: AlignmentLevel, side: ReviewAction.Side, unit: Int) -> String {
        "\(level.rawValue)/\(side.rawValue)/\(unit)"
    }

    /// The stable id of a divergence of `kind` on `bead` at `level`: `kind@level:source ids:target ids`.
    static func divergenceID(kind: String, level: AlignmentLevel, bead: StoredBead) -> String {
        "\(kind)@\(level.rawValue):\(bead.source.map(String.init).joined(separator: ",")):\(bead.target.map(String.init).joined(separator: ","))"
    }

    func beads(at level: AlignmentLevel) -> [StoredBead]? {
        level == .paragraph ? paragraphs : sentences
    }

    mutating func setBeads(_ beads: [StoredBead], at level: AlignmentLevel) {
        if level == .paragraph { paragraphs = beads } else { sentences = beads }
    }

    /// The edits at `level` on `side`, by unit index.
    func edits(level: AlignmentLevel, side: ReviewAction.Side) -> [Int: String] {
        let prefix = "\(level.rawValue)/\(side.rawValue)/"
        var result: [Int: String] = [:]
        for (key, text) in edits where key.hasPrefix(prefix) {
            if let unit = Int(key.dropFirst(prefix.count)) { result[unit] = text }
        }
        return result
    }

    /// A model of an aligner's result, every bead new and unconfirmed, ids from 0.
    init(result: DocumentAlignment, level: AlignmentLevel) {
        var next = 0
        func stored(_ alignment: Alignment) -> [StoredBead] {
            alignment.beads.map { bead in
                defer { next += 1 }
                return StoredBead(id: next, source: bead.source, target: bead.target, kind: bead.kind.rawValue,
                                  confidence: bead.confidence.isFinite ? bead.confidence : 0,
                                  cost: bead.cost.isFinite ? bead.cost : nil, confirmed: false)
            }
        }
        self.level = level
        self.paragraphs = result.paragraphs.map(stored)
        self.sentences = stored(result.sentences)
        self.edits = [:]
        self.dismissed = [:]
        self.nextBeadID = next
    }
}
