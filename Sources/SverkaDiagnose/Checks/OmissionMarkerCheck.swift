import SverkaAlign

/// `omission-marker`: a marker of omission (`[...]`) in the translation, with the unpaired source
/// text next to it that it stands for. A marker answered by a marker (`...` translated as `...`)
/// is no divergence.
package struct OmissionMarkerCheck: DivergenceCheck {
    func findings(at bead: BeadUnderCheck) -> [Finding] {
        guard bead.bead.kind == .omission else { return [] }
        if Self.isMarkerOnly(bead.source) && Self.isMarkerOnly(bead.target) { return [] }
        let side = bead.bead.source.isEmpty ? "original" : "translation"
        let count = bead.bead.source.isEmpty ? bead.bead.target.count : bead.bead.source.count
        if bead.bead.isNull {
            return [Finding(kind: .omissionMarker, severity: .warning,
                            reason: "the \(side == "original" ? "translation" : "original") marks an omission, but no unpaired text stands next to it",
                            confidence: 1)]
        }
        let unit = bead.document.level == .paragraph ? "paragraph" : "sentence"
        return [Finding(kind: .omissionMarker, severity: .warning,
                        reason: "left out of the translation and marked as omitted: \(count) \(unit)\(count == 1 ? "" : "s") of the \(side == "original" ? "translation" : "original")",
                        confidence: 1)]
    }

    /// Whether `text` is only the punctuation of a marker of omission (dots, ellipses, brackets).
    package static func isMarkerOnly(_ text: String) -> Bool {
        !text.isEmpty && text.contains(where: { $0 == "." || $0 == "…" }) && text.allSatisfy { ".…[](){}<> ".contains($0) }
    }
}
