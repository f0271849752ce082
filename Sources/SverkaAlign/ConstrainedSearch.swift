/// The search with anchors: the path passes through every waypoint (the corners of the pinned
/// regions), a pinned bead is taken whole, and the same dynamic programming runs between them,
/// keeping units that must stay alone alone and groups that must share a bead together.
struct ConstrainedSearch {
    /// The search and confidence settings.
    let settings: AlignerSettings
    /// Regions taken as one bead each.
    var exact: [AnchorPlan.Region] = []
    /// Regions searched on their own (their corners are waypoints).
    var loose: [AnchorPlan.Region] = []
    /// Units only a null bead may hold.
    var alone: (source: Set<Int>, target: Set<Int>) = ([], [])
    /// Groups that must end up in one bead.
    var groups: [AnchorPlan.Region] = []

    var isEmpty: Bool { exact.isEmpty && loose.isEmpty && alone.source.isEmpty && alone.target.isEmpty && groups.isEmpty }

    /// The path over all units of `cost`, with confidences; pinned beads have confidence 1.
    func path(_ cost: BeadCost) throws -> [PathBead] {
        guard !isEmpty else { return settings.confidence.apply(to: settings.search.align(cost), cost: cost) }
        // Waypoints in order; a pinned bead runs from its first corner to its second.
        var points: [(i: Int, j: Int)] = [(0, 0)]
        var pinnedFrom: Set<Int> = []   // indices into points where a pinned bead starts
        let regions = (exact.map { ($0, true) } + loose.map { ($0, false) })
            .sorted { ($0.0.source.lowerBound, $0.0.target.lowerBound, $0.1 ? 1 : 0) < ($1.0.source.lowerBound, $1.0.target.lowerBound, $1.1 ? 1 : 0) }
        for (region, isExact) in regions {
            let start = (region.source.lowerBound, region.target.lowerBound), end = (region.source.upperBound, region.target.upperBound)
            let last = points[points.count - 1]
            guard start.0 >= last.i && start.1 >= last.j else {
                throw BeadAnchorError("anchors cross each other (units \(region.source.lowerBound) ↔ \(region.target.lowerBound) come before an earlier anchor ends)")
            }
            if start != (last.i, last.j) { points.append(start) }
            if isExact { pinnedFrom.insert(points.count - 1) }
            points.append(end)
        }
        if points[points.count - 1] != (cost.sourceCount, cost.targetCount) { points.append((cost.sourceCount, cost.targetCount)) }
        var path: [PathBead] = []
        var pinned: Set<Int> = []
        for k in 0..<(points.count - 1) {
            let (a, b) = (points[k], points[k + 1])
            if a == b { continue }
            if pinnedFrom.contains(k) {
                let source = a.i..<b.i, target = a.j..<b.j
                let fits = source.count <= cost.shapes.maxSource && target.count <= cost.shapes.maxTarget
                pinned.insert(path.count)
                path.append(PathBead(source: source, target: target, cost: fits ? cost.cost(source: source, target: target, prior: 0) : 0))
            } else {
                path += try window(cost, source: a.i..<b.i, target: a.j..<b.j)
            }
        }
        let rated = settings.confidence.apply(to: path, cost: cost)
        return rated.indices.map { pinned.contains($0) ? rated[$0].with(confidence: 1) : rated[$0] }
    }

    /// The path of one window between waypoints, in the whole problem's indices.
    private func window(_ cost: BeadCost, source: Range<Int>, target: Range<Int>) throws -> [PathBead] {
        let whole = source == 0..<cost.sourceCount && target == 0..<cost.targetCount
        let local = whole ? cost : cost.window(source: source, target: target)
        let inside = groups.filter {
            ($0.source.isEmpty || (source.lowerBound <= $0.source.lowerBound && $0.source.upperBound <= source.upperBound))
                && ($0.target.isEmpty || (target.lowerBound <= $0.target.lowerBound && $0.target.upperBound <= target.upperBound))
                && !($0.source.isEmpty && $0.target.isEmpty)
        }.map {
            AnchorPlan.Region(source: $0.source.isEmpty ? 0..<0 : ($0.source.lowerBound - source.lowerBound)..<($0.source.upperBound - source.lowerBound),
                              target: $0.target.isEmpty ? 0..<0 : ($0.target.lowerBound - target.lowerBound)..<($0.target.upperBound - target.lowerBound))
        }
        let aloneSource = Set(alone.source.filter(source.contains).map { $0 - source.lowerBound })
        let aloneTarget = Set(alone.target.filter(target.contains).map { $0 - target.lowerBound })
        let found: [PathBead]?
        if inside.isEmpty && aloneSource.isEmpty && aloneTarget.isEmpty {
            found = settings.search.align(local)
        } else {
            let filter = BeadFilter(sourceCount: source.count, targetCount: target.count,
                                    aloneSource: aloneSource, aloneTarget: aloneTarget, groups: inside)
            found = settings.search.align(local, filter: filter)
        }
        guard let found else {
            throw BeadAnchorError("the anchors cannot all hold between units \(source.lowerBound) ↔ \(target.lowerBound) and \(source.upperBound) ↔ \(target.upperBound) (a sentence anchor spans more paragraphs than a paragraph bead holds?)")
        }
        return found.map {
            PathBead(source: ($0.source.lowerBound + source.lowerBound)..<($0.source.upperBound + source.lowerBound),
                     target: ($0.target.lowerBound + target.lowerBound)..<($0.target.upperBound + target.lowerBound),
                     cost: $0.cost, confidence: $0.confidence)
        }
    }
}
