/// A name of the original that the translation of its pair does not render, with the evidence that
/// this is a divergence rather than a name the matcher failed to recognise (see
/// ``NameMatcher/mismatches(sourceUnits:target:document:)``).
public struct NameMismatch: Equatable, Sendable {
    /// Why the missing name is reported.
    public enum Evidence: Equatable, Sendable {
        /// The pair's translation holds another name (as written) with no counterpart in the
        /// original: the translator wrote a different name (`Молотову` → `Bulganin`).
        case otherName(String)
        /// The translation renders the name elsewhere in the document (the word found there), so
        /// the translator knows it and left it out here.
        case renderedElsewhere(String)
    }

    /// The name as written in the original (`Молотову`, `ЛИ КЭ-НУН`).
    public let name: String
    /// The form the renderings were made from, case endings stripped (`Молотов`).
    public let stem: String
    /// A few of the renderings tried, for the report (`molotov`, `molotof`, `molotow`, and any
    /// exonym, acronym expansion or dictionary translation).
    public let renderings: [String]
    /// The evidence found: at least one kind.
    public let evidence: [Evidence]
    /// How sure the report is, in [0, 1]: 0.6 for another name in the pair, 0.7 for the name
    /// rendered elsewhere (0.4 when an English translation has a personal pronoun, which may stand
    /// for it), 0.9 for both; times 0.75 for a name of three letters or fewer or an acronym (they
    /// match by chance, and acronyms are often translated); times 0.85 for a given name beside its
    /// rendered surname.
    public let confidence: Double

    /// Creates a mismatch.
    public init(name: String, stem: String, renderings: [String], evidence: [Evidence], confidence: Double) {
        self.name = name
        self.stem = stem
        self.renderings = renderings
        self.evidence = evidence
        self.confidence = min(1, max(0, confidence))
    }

    /// The renderings as one line: `Молотов → molotov, molotof`.
    public var renderingSummary: String {
        renderings.isEmpty ? stem : "\(stem) → \(renderings.joined(separator: ", "))"
    }

    /// The evidence in words: `the translation has Bulganin instead`, `rendered elsewhere in the
    /// translation (Molotov)`.
    public var evidenceSummary: String {
        evidence.map { evidence in
            switch evidence {
            case .otherName(let other): return "the translation has \(other) instead"
            case .renderedElsewhere(let found):
                return "rendered elsewhere in the translation (\(found))"
            }
        }.joined(separator: "; ")
    }
}
