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
                let other = document.alignment.beads[move.targetBead]
                let line = document.result.line(other.target, side: .target, level: document.level)
                return [Finding(kind: .moved, severity: .warning,
                                reason: "translated elsewhere: at translation line \(line.map(String.init) ?? "?") (bead \(move.targetBead))",
                                confidence: move.confidence, evidence: ["bead \(move.targetBead)"])]
            }
            if let move = sentenceMove(of: bead.bead.source, source: true, in: document) {
                let line = document.result.line(document.result.sentences.beads[move.targetBead].target, side: .target, level: .sentence)
                return [Finding(kind: .moved, severity: .warning,
                                reason: "translated elsewhere: at translation line \(line.map(String.init) ?? "?")",
                                confidence: move.confidence, evidence: ["sentence bead \(move.targetBead)"])]
            }
            let length = UnitFeatures.length(of: bead.source)
            return [Finding(kind: .untranslated, severity: length >= longUntranslated ? .error : .warning,
                            reason: "no counterpart in the translation (\(length) characters)", confidence: bead.bead.confidence)]
        }
        if bead.bead.isAdded {
            if let move = bead.bead.target.first.flatMap({ document.moveFromTarget[$0] }) {
                let other = document.alignment.beads[move.sourceBead]
                let line = document.result.line(other.source, side: .source, level: document.level)
                return [Finding(kind: .moved, severity: .warning,
                                reason: "the translation of original line \(line.map(String.init) ?? "?") (bead \(move.sourceBead)), placed here",
                                confidence: move.confidence, evidence: ["bead \(move.sourceBead)"])]
            }
            if let move = sentenceMove(of: bead.bead.target, source: false, in: document) {
                let line = document.result.line(document.result.sentences.beads[move.sourceBead].source, side: .source, level: .sentence)
                return [Finding(kind: .moved, severity: .warning,
                                reason: "the translation of original line \(line.map(String.init) ?? "?"), placed here",
                                confidence: move.confidence, evidence: ["sentence bead \(move.sourceBead)"])]
            }
            let hasLetters = bead.target.contains(where: \.isLetter)
            return [Finding(kind: .added, severity: hasLetters ? .warning : .info,
                            reason: hasLetters ? "no counterpart in the original" : "a separator or sign with no counterpart in the original",
                            confidence: bead.bead.confidence)]
        }
        return []
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
