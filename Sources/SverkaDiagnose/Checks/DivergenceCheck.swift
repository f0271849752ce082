import SverkaAlign

/// One check of the diagnosis, for one kind of divergence (or a few closely related kinds): it
/// looks at a bead in its document and says what it finds there. The ``DivergenceDetector`` runs
/// the checks in order over every bead and turns their findings into ``Divergence``s.
protocol DivergenceCheck {
    /// What the check finds at `bead`.
    func findings(at bead: BeadUnderCheck) throws -> [Finding]
}

/// What a check found at one bead; the detector adds the place (bead, lines, excerpts) unless the
/// finding names a narrower one.
struct Finding {
    /// The kind of divergence.
    var kind: Divergence.Kind
    /// How serious it is.
    var severity: Divergence.Severity
    /// One line a person can check.
    var reason: String
    /// How likely it is real, in [0, 1].
    var confidence: Double
    /// What it rests on.
    var evidence: [String] = []
    /// A narrower place inside the bead (a sentence of a paragraph pair), when there is one.
    var place: Place?
    /// The units of the bead's level the finding concerns, when fewer than the bead's (the
    /// paragraph of a 2-1 pair left out, the paragraph holding a dropped sentence): a report points
    /// at them only, not at the neighbour the bead pairs them with.
    var units: (source: [Int], target: [Int])?

    /// The finding, concerning only `source` and `target` units of its bead.
    func concerning(source: [Int], target: [Int]) -> Finding {
        var narrowed = self
        narrowed.units = (source, target)
        return narrowed
    }

    /// A place inside a bead: its first lines and short excerpts.
    struct Place {
        var sourceLine: Int?
        var targetLine: Int?
        var sourceText: String
        var targetText: String
    }
}
