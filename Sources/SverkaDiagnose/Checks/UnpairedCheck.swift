import SverkaAlign

/// Units with no counterpart at their place: `untranslated` (a 1-0 bead), `added` (0-1), or `moved`
/// when the alignment paired the bead with a one-sided bead elsewhere (``Move``): then both places
/// are reported as `moved`, each naming the other, instead of an omission and an addition.
struct UnpairedCheck: DivergenceCheck {
    /// Untranslated text at least this long (characters) is an error, shorter a warning.
    let longUntranslated: Int

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let document = bead.document
        if bead.bead.isUntranslated {
            if let move = document.moveFromSource[bead.index] {
                let other = document.alignment.beads[move.targetBead]
                let line = document.result.line(other.target, side: .target, level: document.level)
                return [Finding(kind: .moved, severity: .warning,
                                reason: "translated elsewhere: at translation line \(line.map(String.init) ?? "?") (bead \(move.targetBead))",
                                confidence: move.confidence, evidence: ["bead \(move.targetBead)"])]
            }
            let length = UnitFeatures.length(of: bead.source)
            return [Finding(kind: .untranslated, severity: length >= longUntranslated ? .error : .warning,
                            reason: "no counterpart in the translation (\(length) characters)", confidence: bead.bead.confidence)]
        }
        if bead.bead.isAdded {
            if let move = document.moveFromTarget[bead.index] {
                let other = document.alignment.beads[move.sourceBead]
                let line = document.result.line(other.source, side: .source, level: document.level)
                return [Finding(kind: .moved, severity: .warning,
                                reason: "the translation of original line \(line.map(String.init) ?? "?") (bead \(move.sourceBead)), placed here",
                                confidence: move.confidence, evidence: ["bead \(move.sourceBead)"])]
            }
            let hasLetters = bead.target.contains(where: \.isLetter)
            return [Finding(kind: .added, severity: hasLetters ? .warning : .info,
                            reason: hasLetters ? "no counterpart in the original" : "a separator or sign with no counterpart in the original",
                            confidence: bead.bead.confidence)]
        }
        return []
    }
}
