import Foundation
import SverkaAlign
import SverkaDiagnose
import SverkaEval
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
        let made = (units.alignment?.beads ?? []).enumerated().map { index, bead in
            Unit(index: index, bead: bead, units: units, divergences: notes[index] ?? [])
        }
        switch version {
        case .v1_2: return version12(units, made)
        case .v2_1: return version21(units, made)
        }
    }

    /// One bead as a translation unit, whatever the version written.
    private struct Unit {
        /// Where the unit stands for a translator.
        enum State {
            /// A pair, or text the translation added: translated.
            case translated
            /// Text of the original with no counterpart: to be translated (no target).
            case untranslated
            /// Page furniture or a marker with text on the target side: not to translate.
            case final
            /// Page furniture or a marker of the original alone: not to translate, no target.
            case untranslatable
        }

        let id: String
        let typeName: String
        let state: State
        /// Text of the translation with no source (a translated unit with an empty source).
        let isAdded: Bool
        let source: String
        /// The target text; nil when the unit has none.
        let target: String?
        /// The bead's index, type and confidence, then its divergences.
        let notes: [String]

        var translatable: Bool { state == .translated || state == .untranslated }

        init(index: Int, bead: Bead, units: AlignedUnits, divergences: [Divergence]) {
            id = "b\(index)"
            typeName = bead.typeName
            if bead.kind != .alignment {
                state = bead.target.isEmpty ? .untranslatable : .final
            } else {
                state = bead.target.isEmpty ? .untranslated : .translated
            }
            isAdded = bead.kind == .alignment && bead.source.isEmpty
            source = units.sourceText(bead)
            target = bead.target.isEmpty ? nil : units.targetText(bead)
            let confidence = PairsFormat.fixedPoint(bead.confidence.isFinite ? bead.confidence : 0)
            var notes = ["sverka bead \(index), \(bead.typeName), confidence \(confidence)"]
            if isAdded {
                notes.append("added: the translation's text has no counterpart in the original")
            }
            self.notes = notes + divergences.map { "\($0.kind.rawValue): \($0.reason)" }
        }
    }

    private func version12(_ units: AlignedUnits, _ made: [Unit]) -> String {
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
        for unit in made {
            let translate = unit.translatable ? "" : " translate=\"no\""
            let approved = unit.state == .translated && !unit.isAdded ? " approved=\"no\"" : ""
            out += "      <trans-unit id=\"\(unit.id)\"\(translate)\(approved) xml:space=\"preserve\">\n"
            out += "        <source>\(XMLEscaping.text(unit.source))</source>\n"
            switch (unit.state, unit.target) {
            case (.untranslated, _): out += "        <target state=\"needs-translation\"/>\n"
            case (let state, let target?):
                out += "        <target state=\"\(state == .final ? "final" : "translated")\">\(XMLEscaping.text(target))</target>\n"
            default: break
            }
            for text in unit.notes {
                out += "        <note from=\"sverka\">\(XMLEscaping.text(text))</note>\n"
            }
            out += "      </trans-unit>\n"
        }
        out += "    </body>\n  </file>\n</xliff>\n"
        return out
    }

    private func version21(_ units: AlignedUnits, _ made: [Unit]) -> String {
        let result = units.result
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\""
        out += " srcLang=\"\(XMLEscaping.attribute(LanguageTag.bcp47(result.source.language)))\""
        out += " trgLang=\"\(XMLEscaping.attribute(LanguageTag.bcp47(result.target.language)))\">\n"
        out += "  <file id=\"f1\" original=\"\(XMLEscaping.attribute(result.source.name))\">\n"
        out += "    <notes>\n"
        out += "      <note category=\"sverka\">Sverka \(XMLEscaping.text(toolVersion)); translation: \(XMLEscaping.text(result.target.name)); level: \(units.level.rawValue)</note>\n"
        out += "    </notes>\n"
        for unit in made {
            let translate = unit.translatable ? "" : " translate=\"no\""
            out += "    <unit id=\"\(unit.id)\" name=\"\(XMLEscaping.attribute(unit.typeName))\"\(translate)>\n"
            out += "      <notes>\n"
            for text in unit.notes {
                out += "        <note category=\"sverka\">\(XMLEscaping.text(text))</note>\n"
            }
            out += "      </notes>\n"
            let state = switch unit.state {
            case .translated: "translated"
            case .final: "final"
            case .untranslated, .untranslatable: "initial"
            }
            out += "      <segment state=\"\(state)\">\n"
            out += "        <source xml:space=\"preserve\">\(XMLEscaping.text(unit.source))</source>\n"
            if let target = unit.target {
                out += "        <target xml:space=\"preserve\">\(XMLEscaping.text(target))</target>\n"
            }
            out += "      </segment>\n    </unit>\n"
        }
        out += "  </file>\n</xliff>\n"
        return out
    }
}
