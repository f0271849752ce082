import Foundation
import SverkaAlign
import SverkaDiagnose
import SverkaEval
import SverkaSegment

/// Writes an alignment as a TMX 1.4b translation memory, for CAT tools (OmegaT, Trados, memoQ) and
/// translation-memory libraries.
///
/// The layout:
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <tmx version="1.4">
///   <header creationtool="Sverka" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Sverka"
///           adminlang="en" srclang="ru" datatype="plaintext">
///     <prop type="x-sverka-source-document">a.ru.md</prop>
///     <prop type="x-sverka-target-document">a.en.md</prop>
///   </header>
///   <body>
///     <tu tuid="12">
///       <prop type="x-sverka-bead">12</prop>             <!-- index among the beads at the level -->
///       <prop type="x-sverka-type">2-1</prop>            <!-- or 1-0, 0-1, furniture -->
///       <prop type="x-sverka-confidence">0.9731</prop>   <!-- four decimals -->
///       <prop type="x-sverka-source-ids">3,4</prop>      <!-- 0-based, as in pairs, TSV, JSON -->
///       <prop type="x-sverka-target-ids">3</prop>        <!-- empty for an empty side -->
///       <prop type="x-sverka-source-line">12</prop>      <!-- 1-based; absent for an empty side -->
///       <prop type="x-sverka-target-line">10</prop>
///       <prop type="x-sverka-confirmed">yes</prop>      <!-- only for a bead a person confirmed (review) -->
///       <note>number-mismatch: 1952 in the original is missing from the translation</note>
///       <note>original source: …</note>                <!-- only when a person edited the text in <seg> -->
///       <tuv xml:lang="ru"><seg>…</seg></tuv>
///       <tuv xml:lang="en"><seg>…</seg></tuv>
///     </tu>
///   </body>
/// </tmx>
/// ```
/// `segtype` is the level written; `tuid` and the bead prop are the bead's index in the alignment at
/// that level (the `index` of the JSON output and the `#bead-N` anchor of the HTML report), counted
/// over all beads, so the ids of written units skip where beads are left out. One `<note>` per
/// divergence of the bead at the written level, `kind: reason`. One `<tuv>` per non-empty side;
/// segment text is the units' text joined with hyphenation repaired (``AlignedUnits``), line
/// breaks kept. Output is byte-stable: no dates.
///
/// Which beads become units: pairing beads (both sides non-empty) always; 1-0 and 0-1 beads only
/// with `includeNullBeads`, furniture beads only with `includeFurniture` (both off by default: TMX
/// allows a `<tu>` with a single `<tuv>`, but a translation memory is for pairs and many tools
/// reject or mishandle one-sided units); and of those, only beads whose confidence is at least
/// `minimumConfidence`.
public struct TMXWriter {
    /// The version written as `creationtoolversion`.
    public var toolVersion: String
    /// Whether 1-0 and 0-1 beads are written (as units with one `<tuv>`).
    public var includeNullBeads: Bool
    /// Whether furniture beads (page headers, stamps) are written (as units with one `<tuv>`).
    public var includeFurniture: Bool
    /// Beads with a lower confidence (in [0, 1]) are left out; 0 keeps all.
    public var minimumConfidence: Double

    /// A writer naming `toolVersion` as the creating tool's version.
    public init(toolVersion: String, includeNullBeads: Bool = false, includeFurniture: Bool = false,
                minimumConfidence: Double = 0) {
        self.toolVersion = toolVersion
        self.includeNullBeads = includeNullBeads
        self.includeFurniture = includeFurniture
        self.minimumConfidence = minimumConfidence
    }

    /// Whether `bead` becomes a translation unit under the options.
    public func includes(_ bead: Bead) -> Bool {
        guard bead.confidence >= minimumConfidence else { return false }
        if bead.kind == .furniture { return includeFurniture }
        return !bead.isNull || includeNullBeads
    }

    /// The TMX document for the alignment at `units.level`, with the divergences of `diagnosis` at
    /// that level as notes; ends in a newline. The body is empty when that level was not aligned.
    public func write(_ units: AlignedUnits, diagnosis: Diagnosis = Diagnosis(divergences: [], thresholds: [:])) -> String {
        let result = units.result
        let sourceLang = LanguageTag.bcp47(result.source.language)
        let targetLang = LanguageTag.bcp47(result.target.language)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"Sverka\" creationtoolversion=\"\(XMLEscaping.attribute(toolVersion))\""
        out += " segtype=\"\(units.level.rawValue)\" o-tmf=\"Sverka\" adminlang=\"en\""
        out += " srclang=\"\(XMLEscaping.attribute(sourceLang))\" datatype=\"plaintext\">\n"
        out += "    " + prop("x-sverka-source-document", result.source.name) + "\n"
        out += "    " + prop("x-sverka-target-document", result.target.name) + "\n"
        out += "  </header>\n  <body>\n"
        let notes = Dictionary(grouping: diagnosis.divergences.filter { $0.level == units.level }, by: \.bead)
        for (index, bead) in (units.alignment?.beads ?? []).enumerated() where includes(bead) {
            out += "    <tu tuid=\"\(index)\">\n"
            var props = [
                ("x-sverka-bead", String(index)),
                ("x-sverka-type", bead.typeName),
                ("x-sverka-confidence", PairsFormat.fixedPoint(bead.confidence.isFinite ? bead.confidence : 0)),
                ("x-sverka-source-ids", bead.source.map(String.init).joined(separator: ",")),
                ("x-sverka-target-ids", bead.target.map(String.init).joined(separator: ",")),
            ]
            if let line = units.sourceLine(bead) { props.append(("x-sverka-source-line", String(line))) }
            if let line = units.targetLine(bead) { props.append(("x-sverka-target-line", String(line))) }
            if units.confirmed.contains(index) { props.append(("x-sverka-confirmed", "yes")) }
            for (type, value) in props {
                out += "      " + prop(type, value) + "\n"
            }
            for divergence in notes[index] ?? [] {
                out += "      <note>\(XMLEscaping.text("\(divergence.kind.rawValue): \(divergence.reason)"))</note>\n"
            }
            if let original = units.sourceOriginal(bead) {
                out += "      <note>\(XMLEscaping.text("original source: " + original))</note>\n"
            }
            if let original = units.targetOriginal(bead) {
                out += "      <note>\(XMLEscaping.text("original target: " + original))</note>\n"
            }
            if !bead.source.isEmpty { out += tuv(sourceLang, units.sourceText(bead)) }
            if !bead.target.isEmpty { out += tuv(targetLang, units.targetText(bead)) }
            out += "    </tu>\n"
        }
        out += "  </body>\n</tmx>\n"
        return out
    }

    private func prop(_ type: String, _ value: String) -> String {
        "<prop type=\"\(XMLEscaping.attribute(type))\">\(XMLEscaping.text(value))</prop>"
    }

    private func tuv(_ language: String, _ text: String) -> String {
        "      <tuv xml:lang=\"\(XMLEscaping.attribute(language))\"><seg>\(XMLEscaping.text(text))</seg></tuv>\n"
    }
}
