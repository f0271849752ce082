import Foundation
import SverkaAlign
import SverkaDiagnose
import SverkaSegment

/// Writes an alignment as an XLIFF bilingual file for CAT tools: XLIFF 1.2 (the version most tools
/// import) or XLIFF 2.1. One unit per bead at the level written, in document order:
/// - a pair (both sides) is a translated unit with its source and target;
/// - a unit of the original left without a counterpart (1-0) is an untranslated unit, source only
///   (1.2: `<target state="needs-translation"/>`; 2.1: a segment in state `initial`);
/// - text of the translation with no source (0-1) is a unit with an empty source whose target is the
///   added text, marked `added` in a note (XLIFF has no target-only unit);
/// - page furniture and omission markers are units that are not to be translated (`translate="no"`).
///
/// Each unit's notes (1.2: `<note from="sverka">`; 2.1: `<note category="sverka">`) say the bead's
/// index, type and confidence, then its divergences at the level written (`kind: reason`). Unit ids
/// are the bead's index (`b12`), as in TMX `tuid`, JSON `index` and the HTML anchor `#bead-12`; in
/// 2.1 the unit's `name` is its type (`2-1`). Output is byte-stable: no dates.
public struct XLIFFWriter {
    /// The XLIFF version written.
    public enum Version: String, Sendable, CaseIterable {
        /// XLIFF 1.2 (`urn:oasis:names:tc:xliff:document:1.2`).
        case v1_2 = "1.2"
        /// XLIFF 2.1 (`urn:oasis:names:tc:xliff:document:2.0`, `version="2.1"`).
        case v2_1 = "2.1"
    }

    /// The version written.
    public var version: Version
    /// The tool version named in the file.
    public var toolVersion: String

    /// A writer of `version` naming `toolVersion`.
    public init(version: Version = .v1_2, toolVersion: String) {
        self.version = version
        self.toolVersion = toolVersion
    }

    /// The XLIFF document for the alignment at `units.level`, with the divergences of `diagnosis`
    /// at that level as notes; ends in a newline. No units when that level was not aligned.
    public func write(_ units: AlignedUnits, diagnosis: Diagnosis = Diagnosis(divergences: [], thresholds: [:])) -> String {
        let notes = Dictionary(grouping: diagnosis.divergences.filter { $0.level == units.level }, by: \.bead)
        let beads = units.alignment?.beads ?? []
        switch version {
        case .v1_2: return version12(units, beads: beads, notes: notes)
        case .v2_1: return version21(units, beads: beads, notes: notes)
        }
    }

    /// What a bead is to a translator.
    private enum Role {
        case pair, untranslated, added, notTranslatable
    }

    private func role(of bead: Bead) -> Role {
        if bead.kind != .alignment { return .notTranslatable }
        if bead.target.isEmpty { return .untranslated }
        if bead.source.isEmpty { return .added }
        return .pair
    }

    /// The notes of a bead: its shape and confidence, then its divergences.
    private func noteTexts(_ bead: Bead, index: Int, role: Role, divergences: [Divergence]) -> [String] {
        let confidence = String(format: "%.4f", bead.confidence.isFinite ? bead.confidence : 0)
        var texts = ["sverka bead \(index), \(bead.typeName), confidence \(confidence)"]
        if role == .added { texts.append("added: the translation's text has no counterpart in the original") }
        texts += divergences.map { "\($0.kind.rawValue): \($0.reason)" }
        return texts
    }

    private func version12(_ units: AlignedUnits, beads: [Bead], notes: [Int: [Divergence]]) -> String {
        let result = units.result
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
        out += "  <file original=\"\(XMLEscaping.attribute(result.source.name))\""
        out += " source-language=\"\(XMLEscaping.attribute(LanguageTag.bcp47(result.source.language)))\""
        out += " target-language=\"\(XMLEscaping.attribute(LanguageTag.bcp47(result.target.language)))\" datatype=\"plaintext\">\n"
        out += "    <header>\n"
        out += "      <tool tool-id=\"sverka\" tool-name=\"Sverka\" tool-version=\"\(XMLEscaping.attribute(toolVersion))\"/>\n"
        out += "      <note>translation: \(XMLEscaping.text(result.target.name)); level: \(units.level.rawValue)</note>\n"
        out += "    </header>\n    <body>\n"
        for (index, bead) in beads.enumerated() {
            let role = role(of: bead)
            let translate = role == .notTranslatable ? " translate=\"no\"" : ""
            let approved = role == .pair ? " approved=\"no\"" : ""
            out += "      <trans-unit id=\"b\(index)\"\(translate)\(approved) xml:space=\"preserve\">\n"
            out += "        <source>\(XMLEscaping.text(units.sourceText(bead)))</source>\n"
            switch role {
            case .pair, .added:
                out += "        <target state=\"translated\">\(XMLEscaping.text(units.targetText(bead)))</target>\n"
            case .untranslated:
                out += "        <target state=\"needs-translation\"/>\n"
            case .notTranslatable:
                if !bead.target.isEmpty { out += "        <target state=\"final\">\(XMLEscaping.text(units.targetText(bead)))</target>\n" }
            }
            for text in noteTexts(bead, index: index, role: role, divergences: notes[index] ?? []) {
                out += "        <note from=\"sverka\">\(XMLEscaping.text(text))</note>\n"
            }
            out += "      </trans-unit>\n"
        }
        out += "    </body>\n  </file>\n</xliff>\n"
        return out
    }

    private func version21(_ units: AlignedUnits, beads: [Bead], notes: [Int: [Divergence]]) -> String {
        let result = units.result
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
        out += " srcLang=\"\(XMLEscaping.attribute(LanguageTag.bcp47(result.source.language)))\""
        out += " trgLang=\"\(XMLEscaping.attribute(LanguageTag.bcp47(result.target.language)))\">\n"
        out += "  <file id=\"f1\" original=\"\(XMLEscaping.attribute(result.source.name))\">\n"
        out += "    <notes>\n"
        out += "      <note category=\"sverka\">Sverka \(XMLEscaping.text(toolVersion)); translation: \(XMLEscaping.text(result.target.name)); level: \(units.level.rawValue)</note>\n"
        out += "    </notes>\n"
        for (index, bead) in beads.enumerated() {
            let role = role(of: bead)
            let translate = role == .notTranslatable ? " translate=\"no\"" : ""
            out += "    <unit id=\"b\(index)\" name=\"\(XMLEscaping.attribute(bead.typeName))\"\(translate)>\n"
            out += "      <notes>\n"
            for text in noteTexts(bead, index: index, role: role, divergences: notes[index] ?? []) {
                out += "        <note category=\"sverka\">\(XMLEscaping.text(text))</note>\n"
            }
            out += "      </notes>\n"
            let state: String
            switch role {
            case .pair, .added: state = "translated"
            case .untranslated: state = "initial"
            case .notTranslatable: state = bead.target.isEmpty ? "initial" : "final"
            }
            out += "      <segment state=\"\(state)\">\n"
            out += "        <source xml:space=\"preserve\">\(XMLEscaping.text(units.sourceText(bead)))</source>\n"
            if role != .untranslated && !(role == .notTranslatable && bead.target.isEmpty) {
                out += "        <target xml:space=\"preserve\">\(XMLEscaping.text(units.targetText(bead)))</target>\n"
            }
            out += "      </segment>\n    </unit>\n"
        }
        out += "  </file>\n</xliff>\n"
        return out
    }
}
