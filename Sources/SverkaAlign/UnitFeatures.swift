import SverkaSegment

/// What the cost model knows of each unit on one side: its length and its anchors.
///
/// Stored column-wise (lengths, and anchors in compressed rows) so that a whole book stays a few
/// flat arrays. `count` units; unit `k`'s anchors are `anchorIDs[anchorStarts[k]..<anchorStarts[k+1]]`,
/// sorted.
public struct UnitFeatures: Sendable {
    /// Length of each unit in characters (Unicode scalars, white space excluded).
    public private(set) var lengths: [Int]
    /// Offsets into `anchorIDs`; `count + 1` entries.
    public private(set) var anchorStarts: [Int]
    /// The anchors of all units, unit after unit.
    public private(set) var anchorIDs: [Int32]

    /// Empty features.
    public init() {
        lengths = []
        anchorStarts = [0]
        anchorIDs = []
    }

    /// Number of units.
    public var count: Int { lengths.count }

    /// Adds a unit.
    public mutating func append(length: Int, anchors: [Int32]) {
        lengths.append(length)
        anchorIDs.append(contentsOf: anchors)
        anchorStarts.append(anchorIDs.count)
    }

    /// The anchors of unit `k` (sorted).
    public func anchors(of k: Int) -> ArraySlice<Int32> {
        anchorIDs[anchorStarts[k]..<anchorStarts[k + 1]]
    }

    /// Features of the units in `range`, re-indexed from 0.
    public func slice(_ range: Range<Int>) -> UnitFeatures {
        var result = UnitFeatures()
        for k in range { result.append(length: lengths[k], anchors: Array(anchors(of: k))) }
        return result
    }

    /// Features of consecutive blocks of `size` units (the last may be shorter): lengths summed,
    /// anchors merged. Used for coarse-to-fine search.
    public func grouped(by size: Int) -> UnitFeatures {
        var result = UnitFeatures()
        var start = 0
        while start < count {
            let end = min(start + size, count)
            let merged = anchorIDs[anchorStarts[start]..<anchorStarts[end]].sorted()
            result.append(length: lengths[start..<end].reduce(0, +), anchors: merged)
            start = end
        }
        return result
    }

    /// Length of `text` as the length model counts it: Unicode scalars that are not white space.
    public static func length(of text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x21..<0x7F, 0xA1..<0x1680: count += 1 // printable ASCII, Latin, Cyrillic, …: never white space
            case 0x09...0x0D, 0x20, 0x85, 0xA0: break
            default: count += scalar.properties.isWhitespace ? 0 : 1
            }
        }
        return count
    }
}

/// Builds the ``UnitFeatures`` of both sides of a document pair in one shared vocabulary.
public struct FeatureBuilder {
    private let sourceExtractor: AnchorExtractor
    private let targetExtractor: AnchorExtractor

    /// A builder for a `sourceLanguage` → `targetLanguage` pair.
    public init(sourceLanguage: String, targetLanguage: String) throws {
        sourceExtractor = try AnchorExtractor(language: sourceLanguage)
        targetExtractor = try AnchorExtractor(language: targetLanguage)
    }

    /// Features of the given source and target texts (each a unit's scoring text), with anchor
    /// weights adjusted for rarity over these texts.
    public func features(source: [String], target: [String]) -> (source: UnitFeatures, target: UnitFeatures, vocabulary: AnchorVocabulary) {
        var vocabulary = AnchorVocabulary()
        var sourceFeatures = UnitFeatures()
        var targetFeatures = UnitFeatures()
        for text in source {
            sourceFeatures.append(length: UnitFeatures.length(of: text), anchors: sourceExtractor.anchors(of: text, vocabulary: &vocabulary))
        }
        for text in target {
            targetFeatures.append(length: UnitFeatures.length(of: text), anchors: targetExtractor.anchors(of: text, vocabulary: &vocabulary))
        }
        vocabulary.applyRarity(documentFrequency: Self.documentFrequency(sourceFeatures, targetFeatures, vocabularySize: vocabulary.count))
        return (sourceFeatures, targetFeatures, vocabulary)
    }

    /// For each anchor id, the larger of its unit shares on the two sides.
    static func documentFrequency(_ a: UnitFeatures, _ b: UnitFeatures, vocabularySize: Int) -> [Double] {
        func shares(_ features: UnitFeatures) -> [Double] {
            var counts = [Int](repeating: 0, count: vocabularySize)
            for k in 0..<features.count {
                var previous: Int32 = -1
                for id in features.anchors(of: k) where id != previous {
                    counts[Int(id)] += 1
                    previous = id
                }
            }
            let n = Double(max(features.count, 1))
            return counts.map { Double($0) / n }
        }
        // Tiny documents make every anchor "frequent"; rarity only means something past a few units.
        guard a.count >= 10 || b.count >= 10 else { return [Double](repeating: 0, count: vocabularySize) }
        return zip(shares(a), shares(b)).map { max($0, $1) }
    }
}
