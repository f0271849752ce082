import Sverka

/// The bead and unit actions on a ``ReviewModel``, at its current level: each returns the changed
/// model or throws a ``ReviewError`` and changes nothing. Beads that change keep their id (and
/// lose their confirmation and score); a bead made by a split gets a new id; a bead emptied on
/// both sides goes.
extension ReviewModel {
    /// The position of bead `id` at the current level.
    func position(of id: Int) throws -> Int {
        guard let index = (beads(at: level) ?? []).firstIndex(where: { $0.id == id }) else { throw ReviewError.unknownBead(id) }
        return index
    }

    /// The position of the nearest bead that is not furniture before or after `k`.
    private func neighbour(of k: Int, _ direction: ReviewAction.Direction, in beads: [StoredBead]) -> Int? {
        var j = direction == .next ? k + 1 : k - 1
        while j >= 0 && j < beads.count {
            if !beads[j].isFurniture { return j }
            j += direction == .next ? 1 : -1
        }
        return nil
    }

    private static func touched(_ bead: StoredBead) -> StoredBead {
        var bead = bead
        bead.kind = Bead.Kind.alignment.rawValue
        bead.confidence = nil
        bead.cost = nil
        bead.confirmed = false
        return bead
    }

    private func requireNotFurniture(_ bead: StoredBead) throws {
        if bead.isFurniture { throw ReviewError.invalidAction("bead \(bead.id) is page furniture, which stands apart from the alignment") }
    }

    func merging(_ id: Int, _ direction: ReviewAction.Direction) throws -> ReviewModel {
        var beads = beads(at: level) ?? []
        let k = try position(of: id)
        try requireNotFurniture(beads[k])
        guard let n = neighbour(of: k, direction, in: beads) else {
            throw ReviewError.invalidAction("bead \(id) has no \(direction == .next ? "next" : "previous") bead to merge with")
        }
        let (first, second) = (min(k, n), max(k, n))
        var merged = Self.touched(beads[first])
        merged.source = (beads[first].source + beads[second].source).sorted()
        merged.target = (beads[first].target + beads[second].target).sorted()
        merged.id = id
        beads[first] = merged
        beads.remove(at: second)
        var model = self
        model.setBeads(beads, at: level)
        return model
    }

    func movingUnit(_ id: Int, side: ReviewAction.Side, edge: ReviewAction.Edge) throws -> ReviewModel {
        var beads = beads(at: level) ?? []
        let k = try position(of: id)
        try requireNotFurniture(beads[k])
        let units = side == .source ? beads[k].source : beads[k].target
        guard let unit = edge == .first ? units.first : units.last else {
            throw ReviewError.invalidAction("bead \(id) has no \(side.rawValue) unit to move")
        }
        guard let n = neighbour(of: k, edge == .first ? .previous : .next, in: beads) else {
            throw ReviewError.invalidAction("bead \(id) has no \(edge == .first ? "previous" : "next") bead to take its \(edge.rawValue) \(side.rawValue) unit")
        }
        var from = Self.touched(beads[k]), to = Self.touched(beads[n])
        if side == .source {
            from.source.removeAll { $0 == unit }
            to.source = (to.source + [unit]).sorted()
        } else {
            from.target.removeAll { $0 == unit }
            to.target = (to.target + [unit]).sorted()
        }
        beads[k] = from
        beads[n] = to
        if from.source.isEmpty && from.target.isEmpty { beads.remove(at: k) }
        var model = self
        model.setBeads(beads, at: level)
        return model
    }

    func splitting(_ id: Int, source s: Int, target t: Int) throws -> ReviewModel {
        var beads = beads(at: level) ?? []
        let k = try position(of: id)
        try requireNotFurniture(beads[k])
        let bead = beads[k]
        for (name, units, at) in [("source", bead.source, s), ("target", bead.target, t)] {
            guard let first = units.first, let last = units.last else { continue }
            guard at >= first && at <= last + 1 else {
                throw ReviewError.invalidAction("bead \(id) cannot be split at \(name) unit \(at): its \(name) units are \(first)–\(last)")
            }
        }
        var head = Self.touched(bead), tail = Self.touched(bead)
        head.source = bead.source.filter { $0 < s }
        tail.source = bead.source.filter { $0 >= s }
        head.target = bead.target.filter { $0 < t }
        tail.target = bead.target.filter { $0 >= t }
        guard !(head.source.isEmpty && head.target.isEmpty), !(tail.source.isEmpty && tail.target.isEmpty) else {
            throw ReviewError.invalidAction("splitting bead \(id) at source \(s), target \(t) would leave one part empty")
        }
        var model = self
        tail.id = model.nextBeadID
        model.nextBeadID += 1
        beads[k] = head
        beads.insert(tail, at: k + 1)
        model.setBeads(beads, at: level)
        return model
    }

    func movingBoundary(_ id: Int, side: ReviewAction.Side, by delta: Int) throws -> ReviewModel {
        var beads = beads(at: level) ?? []
        let k = try position(of: id)
        try requireNotFurniture(beads[k])
        guard delta != 0 else { throw ReviewError.invalidAction("moving a boundary by 0 units changes nothing") }
        guard let n = neighbour(of: k, .next, in: beads) else {
            throw ReviewError.invalidAction("bead \(id) has no next bead: there is no boundary after it")
        }
        let here = side == .source ? beads[k].source : beads[k].target
        let there = side == .source ? beads[n].source : beads[n].target
        let all = here + there
        let at = here.count + delta
        guard at >= 0 && at <= all.count else {
            throw ReviewError.invalidAction("the \(side.rawValue) boundary after bead \(id) can move by \(-here.count)…\(there.count) units, not \(delta)")
        }
        var first = Self.touched(beads[k]), second = Self.touched(beads[n])
        if side == .source {
            first.source = Array(all[..<at]); second.source = Array(all[at...])
        } else {
            first.target = Array(all[..<at]); second.target = Array(all[at...])
        }
        beads[k] = first
        beads[n] = second
        if second.source.isEmpty && second.target.isEmpty { beads.remove(at: n) }
        if first.source.isEmpty && first.target.isEmpty { beads.remove(at: k) }
        var model = self
        model.setBeads(beads, at: level)
        return model
    }

    func confirming(_ id: Int, _ confirmed: Bool) throws -> ReviewModel {
        var beads = beads(at: level) ?? []
        let k = try position(of: id)
        guard beads[k].confirmed != confirmed else {
            throw ReviewError.invalidAction("bead \(id) is already \(confirmed ? "confirmed" : "unconfirmed")")
        }
        beads[k].confirmed = confirmed
        var model = self
        model.setBeads(beads, at: level)
        return model
    }
}
