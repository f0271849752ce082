import SverkaAlign

/// The meaning similarity of each bead of an alignment: the cosine of the normalised sums of its
/// two sides' unit vectors (each sentence or paragraph embedded on its own, mostly from the cache
/// the alignment filled), for ``MeaningCheck``.
public enum MeaningSimilarity {
    /// Per bead of `result` at `level`, its similarity; nil for null beads, furniture and markers.
    public static func scores(_ result: DocumentAlignment, level: AlignmentLevel, embedder: SentenceEmbedder) throws -> [Double?] {
        guard let alignment = result.alignment(at: level) else { return [] }
        let beads = alignment.beads
        let paired = beads.filter { $0.kind == .alignment && !$0.isNull }
        let sourceUnits = Array(Set(paired.flatMap(\.source))).sorted()
        let targetUnits = Array(Set(paired.flatMap(\.target))).sorted()
        let texts = sourceUnits.map { result.plainText([$0], side: .source, level: level) }
            + targetUnits.map { result.plainText([$0], side: .target, level: level) }
        let vectors = try embedder.vectors(texts)
        var sourceVector: [Int: [Float]] = [:]
        var targetVector: [Int: [Float]] = [:]
        for (k, unit) in sourceUnits.enumerated() { sourceVector[unit] = vectors[k] }
        for (k, unit) in targetUnits.enumerated() { targetVector[unit] = vectors[sourceUnits.count + k] }
        return beads.map { bead -> Double? in
            guard bead.kind == .alignment, !bead.isNull else { return nil }
            let a = sum(bead.source.compactMap { sourceVector[$0] })
            let b = sum(bead.target.compactMap { targetVector[$0] })
            guard !a.isEmpty, a.count == b.count else { return nil }
            return Double(zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 })
        }
    }

    /// The normalised sum of `vectors`.
    static func sum(_ vectors: [[Float]]) -> [Float] {
        guard var total = vectors.first else { return [] }
        for vector in vectors.dropFirst() where vector.count == total.count {
            for d in total.indices { total[d] += vector[d] }
        }
        return SentenceEmbedder.normalised(total)
    }
}
