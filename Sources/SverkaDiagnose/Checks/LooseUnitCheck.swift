import SverkaAlign

/// Units that a many-to-one pair holds only loosely (``LooseUnit``): the search merged them into
/// their neighbour's bead because a one-sided bead cost a little more, as it does for a short
/// paragraph left out. Reported as `moved` when the unit's translation stands elsewhere (or it
/// translates a unit left out elsewhere), else as `untranslated` (source) or `added` (target),
/// with the unit's own line and text.
struct LooseUnitCheck: DivergenceCheck {
    /// The largest margin that makes a unit loose (nats), for the confidence scale.
    let threshold: Double

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let document = bead.document
        guard let loose = document.looseUnits[bead.index] else { return [] }
        let result = document.result
        let level = document.level
        var found: [Finding] = []
        for unit in loose {
            let side: DocumentAlignment.Side = unit.isSource ? .source : .target
            let text = result.plainText(unit.units, side: side, level: level)
            let line = result.line(unit.units, side: side, level: level)
            let raw = result.text(unit.units, side: side, level: level)
            let place = unit.isSource ? Finding.Place(sourceLine: line, targetLine: nil, sourceText: raw, targetText: "")
                                      : Finding.Place(sourceLine: nil, targetLine: line, sourceText: "", targetText: raw)
            let name = level == .paragraph ? "paragraph" : "sentence"
            if let first = unit.units.first, let move = unit.isSource ? document.moveFromSource[first] : document.moveFromTarget[first] {
                let otherLine = unit.isSource ? result.line(move.targetUnits, side: .target, level: level)
                                              : result.line(move.sourceUnits, side: .source, level: level)
                let reason = unit.isSource
                    ? "this \(name) is translated elsewhere: at translation line \(otherLine.map(String.init) ?? "?")"
                    : "this \(name) translates original line \(otherLine.map(String.init) ?? "?"), placed here"
                found.append(Finding(kind: .moved, severity: .warning, reason: reason, confidence: move.confidence, place: place)
                    .concerning(source: unit.isSource ? unit.units : [], target: unit.isSource ? [] : unit.units))
                continue
            }
            guard text.contains(where: \.isLetter) else { continue }
            let confidence = 0.5 + 0.4 * (1 - min(unit.margin / max(threshold, 1e-9), 1))
            let length = UnitFeatures.length(of: text)
            if unit.isSource {
                found.append(Finding(kind: .untranslated, severity: .warning,
                                     reason: "this \(name) (\(length) characters) is held by its neighbour's pair only loosely: left out of the translation?",
                                     confidence: confidence, evidence: ["margin \(String(format: "%.2f", unit.margin)) nats"], place: place)
                    .concerning(source: unit.isSource ? unit.units : [], target: unit.isSource ? [] : unit.units))
            } else {
                found.append(Finding(kind: .added, severity: .warning,
                                     reason: "this \(name) of the translation is held by its neighbour's pair only loosely: added?",
                                     confidence: confidence, evidence: ["margin \(String(format: "%.2f", unit.margin)) nats"], place: place)
                    .concerning(source: unit.isSource ? unit.units : [], target: unit.isSource ? [] : unit.units))
            }
        }
        return found
    }
}
