import SverkaAlign

/// Units with no counterpart at their place: `untranslated` (a 1-0 bead), `added` (0-1), or `moved`
/// when the alignment paired the bead with a one-sided bead elsewhere (``Move``): then both places
/// are reported as `moved`, each naming the other, instead of an omission and an addition. At the
/// paragraph level, a paragraph whose sentences the sentence alignment pairs with sentences
/// elsewhere (inside another paragraph pair) is `moved` too.
struct UnpairedCheck: DivergenceCheck {
    /// Untranslated text at least this long (characters) is an error, shorter a warning.
    let longUntranslated: Int

    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let document = bead.document
        if bead.bead.isUntranslated {
            if let move = bead.bead.source.first.flatMap({ document.moveFromSource[$0] }) {
                return [moved(move, fromSource: true, level: document.level, in: document)]
            }
            if let move = sentenceMove(of: bead.bead.source, source: true, in: document) {
                return [moved(move, fromSource: true, level: .sentence, in: document)]
            }
            let length = UnitFeatures.length(of: bead.source)
            return [Finding(kind: .untranslated, severity: length >= longUntranslated ? .error : .warning,
                            reason: "no counterpart in the translation (\(length) characters)", confidence: bead.bead.confidence)]
        }
        if bead.bead.isAdded {
            if let move = bead.bead.target.first.flatMap({ document.moveFromTarget[$0] }) {
                return [moved(move, fromSource: false, level: document.level, in: document)]
            }
            if let move = sentenceMove(of: bead.bead.target, source: false, in: document) {
                return [moved(move, fromSource: false, level: .sentence, in: document)]
            }
            let hasLetters = bead.target.contains(where: \.isLetter)
            return [Finding(kind: .added, severity: hasLetters ? .warning : .info,
                            reason: hasLetters ? "no counterpart in the original" : "a separator or sign with no counterpart in the original",
                            confidence: bead.bead.confidence)]
        }
        return []
    }

    /// The `moved` finding at one end of `move` (a move at `level`): the source end when
    /// `fromSource`, naming the line of the other end, and its bead when `level` is the level
    /// diagnosed.
    func moved(_ move: Move, fromSource: Bool, level: AlignmentLevel, in document: DocumentUnderCheck) -> Finding {
        let line = fromSource ? document.result.line(move.targetUnits, side: .target, level: level)
                              : document.result.line(move.sourceUnits, side: .source, level: level)
        let otherBead = fromSource ? move.targetBead : move.sourceBead
        let sameLevel = level == document.level
        let place = "line \(line.map(String.init) ?? "?")" + (sameLevel ? " (bead \(otherBead))" : "")
        let reason = fromSource ? "translated elsewhere: at translation \(place)" : "the translation of original \(place), placed here"
        return Finding(kind: .moved, severity: .warning, reason: reason, confidence: move.confidence,
                       evidence: [(sameLevel ? "" : "sentence ") + "bead \(otherBead)"])
    }

    /// At the paragraph level, the first sentence-level move of the sentences of `paragraphs`
    /// (a paragraph moved into a bead of other paragraphs is paired sentence by sentence).
    func sentenceMove(of paragraphs: [Int], source: Bool, in document: DocumentUnderCheck) -> Move? {
        guard document.level == .paragraph else { return nil }
        for paragraph in paragraphs {
            for k in document.unpairedSentenceBeads(source: source, paragraph: paragraph) {
                if let move = source ? document.sentenceMoveFromSource[k] : document.sentenceMoveFromTarget[k] { return move }
            }
        }
        return nil
    }
}
