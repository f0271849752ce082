import Foundation
import SverkaAlign
import SverkaDiagnose
import SverkaSegment

/// Writes an alignment and its divergences as one self-contained HTML page for people: inline CSS,
/// no script, no external resource, readable in any browser and printable.
///
/// The page has four parts:
/// - `#map`: the alignment map (``AlignmentMapSVG``) as inline SVG, each bead's mark a link to its row;
/// - `#summary`: paragraphs and sentences per side, units paired (coverage), bead types, mean
///   confidence, length ratio, divergences by kind and severity, and the thresholds used;
/// - `#divergences`: every divergence of the diagnosis in order, as `<li id="divergence-K">` (K its
///   position in ``Diagnosis/divergences``), with kind, severity, reason, line numbers, excerpts,
///   and a link to its bead (`#bead-N`) when the bead is at the level written;
/// - `#alignment`: a table with one row per bead at the level written, `<tr id="bead-N">` (N the
///   bead's index, as in the JSON `index` and the TMX `tuid`): the bead's number, type and
///   confidence, the source text, the target text (cells with `lang` set to each document's
///   language, line numbers shown), and the bead's divergences linking back to the list.
///
/// Row classes, each with its own colour: `untranslated` (1-0), `added` (0-1), `furniture`,
/// `diverges` (the bead has divergences; with `sev-info`, `sev-warning` or `sev-error` for the most
/// serious); a confidence below `lowConfidence` is shown in red. Text keeps its line breaks and tabs. Everything from the input is escaped with
/// ``XMLEscaping`` (characters XML forbids become U+FFFD), and void elements are closed (`<meta … />`),
/// so the page is also well-formed XML.
public struct HTMLWriter {
    /// The tool version named at the foot of the page and in `<meta name="generator">`.
    public var toolVersion: String
    /// A bead's confidence below this (in [0, 1]) is shown in the error colour (class `low`).
    public var lowConfidence: Double

    /// A writer naming `toolVersion`, marking confidences below `lowConfidence`.
    public init(toolVersion: String, lowConfidence: Double = 0.5) {
        self.toolVersion = toolVersion
        self.lowConfidence = lowConfidence
    }

    /// The page for the alignment at `units.level` and the divergences of `diagnosis`, ending in a
    /// newline. When that level was not aligned the table is replaced by a sentence saying so.
    public func write(_ units: AlignedUnits, diagnosis: Diagnosis = Diagnosis(divergences: [], thresholds: [:])) -> String {
        let result = units.result
        let page = Page(units: units, diagnosis: diagnosis,
                        sourceLang: LanguageTag.bcp47(result.source.language),
                        targetLang: LanguageTag.bcp47(result.target.language),
                        summary: AlignmentSummary(units, diagnosis: diagnosis))
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        out += "<meta name=\"generator\" content=\"Sverka \(attr(toolVersion))\" />\n"
        out += "<title>Sverka: \(esc(result.source.name)) → \(esc(result.target.name))</title>\n"
        out += "<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>Sverka alignment</h1>\n"
        out += "<p class=\"files\"><span class=\"file\">\(esc(result.source.name))</span> <span class=\"lang\">\(esc(page.sourceLang))</span>"
        out += " → <span class=\"file\">\(esc(result.target.name))</span> <span class=\"lang\">\(esc(page.targetLang))</span>"
        out += " · \(units.level.rawValue) level</p>\n</header>\n"
        out += map(page)
        out += summary(page)
        out += divergenceList(page)
        out += alignmentTable(page)
        out += "<footer>Written by Sverka \(esc(toolVersion)).</footer>\n</body>\n</html>\n"
        return out
    }

    /// What every part of the page needs.
    private struct Page {
        let units: AlignedUnits
        let diagnosis: Diagnosis
        let sourceLang: String
        let targetLang: String
        /// The figures shared with the other writers (nil when the level was not aligned).
        let summary: AlignmentSummary?

        var beads: [Bead] { units.alignment?.beads ?? [] }

        /// Whether divergence `d` points at a row of the table.
        func isLinked(_ d: Divergence) -> Bool {
            d.level == units.level && beads.indices.contains(d.bead)
        }
    }

    // MARK: - Map

    private func map(_ page: Page) -> String {
        guard page.units.alignment != nil else { return "" }
        let result = page.units.result
        var map = AlignmentMapSVG(title: "Alignment map: \(result.source.name) → \(result.target.name)",
                                  lowConfidence: lowConfidence, linkPrefix: "#bead-")
        map.elementID = "alignment-map"
        let svg = map.write(AlignmentMapSVG.marks(page.units, diagnosis: page.diagnosis),
                            sourceName: (result.source.name as NSString).lastPathComponent,
                            targetName: (result.target.name as NSString).lastPathComponent, standalone: false)
        return "<section id=\"map\">\n<h2>Alignment map</h2>\n<figure>\n\(svg)<figcaption class=\"muted\">Original along, "
            + "translation up, one segment per bead: a flat stretch is original text left untranslated, a vertical one "
            + "text added in the translation. Click a bead to go to its row.</figcaption>\n</figure>\n</section>\n"
    }

    // MARK: - Summary

    private func summary(_ page: Page) -> String {
        let result = page.units.result
        var out = "<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n"

        out += "<table class=\"facts\">\n<thead><tr><th></th><th>Original <span class=\"lang\">\(esc(page.sourceLang))</span></th>"
        out += "<th>Translation <span class=\"lang\">\(esc(page.targetLang))</span></th></tr></thead>\n<tbody>\n"
        out += row("Paragraphs", String(result.source.paragraphs.count), String(result.target.paragraphs.count))
        out += row("Sentences", String(result.source.sentences.count), String(result.target.sentences.count))
        if let summary = page.summary {
            let unit = page.units.level == .paragraph ? "paragraphs" : "sentences"
            out += row("Paired \(unit)", "\(summary.source.paired) of \(summary.source.content) (\(percent(summary.source.pairedShare)))",
                       "\(summary.target.paired) of \(summary.target.content) (\(percent(summary.target.pairedShare)))")
            out += row("Without counterpart", "\(summary.source.unpaired) untranslated", "\(summary.target.unpaired) added")
            out += row("Page furniture", String(summary.source.furniture), String(summary.target.furniture))
        }
        out += "</tbody>\n</table>\n"

        out += "<table class=\"facts\">\n<thead><tr><th colspan=\"2\">\(page.units.level == .paragraph ? "Paragraph" : "Sentence") beads</th></tr></thead>\n<tbody>\n"
        if let alignment = page.units.alignment {
            out += pair("Beads", String(alignment.beads.count))
            let types = alignment.typeCounts.sorted { typeOrder($0.key) < typeOrder($1.key) }
            out += pair("Types", types.map { "\(esc($0.key)): \($0.value)" }.joined(separator: ", "), escaped: true)
            if let mean = page.summary?.meanPairConfidence {
                out += pair("Mean confidence of pairs", number(mean, digits: 2))
            }
        } else {
            out += pair("Beads", "not aligned at this level")
        }
        out += pair("Length ratio", number(result.lengthRatio, digits: 3) + " target/source characters")
        out += "</tbody>\n</table>\n"

        out += "<table class=\"facts\">\n<thead><tr><th colspan=\"2\">Divergences</th></tr></thead>\n<tbody>\n"
        let counts = page.summary?.divergencesByKind ?? page.diagnosis.counts
        if counts.isEmpty {
            out += "<tr><td colspan=\"2\" class=\"muted\">none found</td></tr>\n"
        }
        for kind in Divergence.Kind.allCases {
            guard let count = counts[kind] else { continue }
            let worst = page.diagnosis.divergences.filter { $0.kind == kind }.map(\.severity).max() ?? .info
            out += "<tr><th><span class=\"chip sev-\(worst.rawValue)\">\(esc(kind.rawValue))</span></th><td>\(count)</td></tr>\n"
        }
        for severity in Divergence.Severity.allCases.reversed() {
            let count = page.diagnosis.divergences.filter { $0.severity == severity }.count
            if count > 0 { out += "<tr class=\"muted\"><th>\(severity.rawValue)</th><td>\(count)</td></tr>\n" }
        }
        out += "</tbody>\n</table>\n"

        if !page.diagnosis.thresholds.isEmpty {
            out += "<table class=\"facts\">\n<thead><tr><th colspan=\"2\">Thresholds</th></tr></thead>\n<tbody>\n"
            for (name, value) in page.diagnosis.thresholds.sorted(by: { $0.key < $1.key }) {
                out += "<tr><th><code>\(esc(name))</code></th><td>\(number(value, digits: 4))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</div>\n</section>\n"
        return out
    }

    // MARK: - Divergence list

    private func divergenceList(_ page: Page) -> String {
        let divergences = page.diagnosis.divergences
        var out = "<section id=\"divergences\">\n<h2>Divergences <span class=\"count\">\(divergences.count)</span></h2>\n"
        guard !divergences.isEmpty else {
            return out + "<p class=\"muted\">No divergences were found.</p>\n</section>\n"
        }
        out += "<ol class=\"divergences\">\n"
        for (k, d) in divergences.enumerated() {
            out += "<li id=\"divergence-\(k)\" class=\"sev-\(d.severity.rawValue)\">"
            if page.isLinked(d) {
                out += "<a class=\"bead-link\" href=\"#bead-\(d.bead)\">bead \(d.bead)</a> "
            } else {
                out += "<span class=\"bead-link\">\(d.level.rawValue) bead \(d.bead)</span> "
            }
            out += "<span class=\"chip sev-\(d.severity.rawValue)\">\(esc(d.kind.rawValue))</span> "
            out += "<span class=\"severity\">\(d.severity.rawValue)</span> "
            out += "<span class=\"reason\">\(esc(d.reason))</span>"
            let lines = [d.sourceLine.map { "original line \($0)" }, d.targetLine.map { "translation line \($0)" }].compactMap { $0 }
            if !lines.isEmpty { out += " <span class=\"lines\">\(lines.joined(separator: ", "))</span>" }
            if !d.sourceExcerpt.isEmpty || !d.targetExcerpt.isEmpty {
                out += "<div class=\"excerpts\">"
                if !d.sourceExcerpt.isEmpty { out += "<q lang=\"\(attr(page.sourceLang))\">\(esc(d.sourceExcerpt))</q>" }
                if !d.targetExcerpt.isEmpty { out += "<q lang=\"\(attr(page.targetLang))\">\(esc(d.targetExcerpt))</q>" }
                out += "</div>"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    // MARK: - Alignment table

    private func alignmentTable(_ page: Page) -> String {
        let level = page.units.level
        var out = "<section id=\"alignment\">\n<h2>\(level == .paragraph ? "Paragraph" : "Sentence") alignment</h2>\n"
        guard page.units.alignment != nil else {
            return out + "<p class=\"muted\">No \(level.rawValue) alignment was made.</p>\n</section>\n"
        }
        out += "<p class=\"legend\"><span class=\"key untranslated\">untranslated (no counterpart)</span>"
        out += "<span class=\"key added\">added in the translation</span><span class=\"key furniture\">page furniture</span>"
        out += "<span class=\"key diverges\">has divergences</span></p>\n"
        let linked = Dictionary(grouping: page.diagnosis.divergences.enumerated().filter { page.isLinked($0.element) },
                                by: { $0.element.bead })
        let withNotes = !linked.isEmpty
        out += "<table class=\"alignment\">\n<colgroup><col class=\"meta\" /><col class=\"text\" /><col class=\"text\" />"
        out += withNotes ? "<col class=\"notes\" /></colgroup>\n" : "</colgroup>\n"
        out += "<thead><tr><th>Bead</th><th>Original <span class=\"lang\">\(esc(page.sourceLang))</span></th>"
        out += "<th>Translation <span class=\"lang\">\(esc(page.targetLang))</span></th>"
        out += withNotes ? "<th>Divergences</th></tr></thead>\n<tbody>\n" : "</tr></thead>\n<tbody>\n"
        for (index, bead) in page.beads.enumerated() {
            let notes = linked[index] ?? []
            var classes = ["bead"]
            if bead.kind == .furniture { classes.append("furniture") }
            if bead.isUntranslated { classes.append("untranslated") }
            if bead.isAdded { classes.append("added") }
            if let worst = notes.map(\.element.severity).max() { classes += ["diverges", "sev-\(worst.rawValue)"] }
            out += "<tr id=\"bead-\(index)\" class=\"\(classes.joined(separator: " "))\">"
            out += "<td class=\"meta\"><a href=\"#bead-\(index)\">\(index)</a><span class=\"type\">\(esc(bead.typeName))</span>"
            let low = bead.confidence < lowConfidence ? " low" : ""
            out += "<span class=\"confidence\(low)\" title=\"confidence\">\(number(bead.confidence, digits: 2))</span></td>"
            out += cell(bead.source, lang: page.sourceLang, text: page.units.sourceText(bead), line: page.units.sourceLine(bead))
            out += cell(bead.target, lang: page.targetLang, text: page.units.targetText(bead), line: page.units.targetLine(bead))
            if withNotes {
                out += "<td class=\"notes\">"
                for (k, d) in notes {
                    out += "<div class=\"note sev-\(d.severity.rawValue)\"><a href=\"#divergence-\(k)\" class=\"chip sev-\(d.severity.rawValue)\">\(esc(d.kind.rawValue))</a> \(esc(d.reason))</div>"
                }
                out += "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func cell(_ indices: [Int], lang: String, text: String, line: Int?) -> String {
        guard !indices.isEmpty else {
            return "<td class=\"text empty\" lang=\"\(attr(lang))\"><span class=\"none\" lang=\"en\">no counterpart</span></td>"
        }
        var out = "<td class=\"text\" lang=\"\(attr(lang))\">"
        if let line { out += "<span class=\"line\" lang=\"en\">line \(line)</span>" }
        return out + "<div class=\"body\">\(esc(text))</div></td>"
    }

    // MARK: - Small pieces

    private func row(_ label: String, _ source: String, _ target: String) -> String {
        "<tr><th>\(esc(label))</th><td>\(esc(source))</td><td>\(esc(target))</td></tr>\n"
    }

    private func pair(_ label: String, _ value: String, escaped: Bool = false) -> String {
        "<tr><th>\(esc(label))</th><td>\(escaped ? value : esc(value))</td></tr>\n"
    }

    /// Bead types in reading order: 1-1 first, then by size, furniture last.
    private func typeOrder(_ type: String) -> (Int, Int, Int) {
        let parts = type.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return (Int.max, 0, 0) }
        return (parts[0] + parts[1] == 2 && parts[0] == 1 ? 0 : parts[0] + parts[1], parts[0], parts[1])
    }

    private func percent(_ share: Double?) -> String {
        share.map { number(100 * $0, digits: 1) + "%" } ?? "–"
    }

    private func number(_ value: Double, digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "–"
    }

    private func esc(_ text: String) -> String { XMLEscaping.text(text) }
    private func attr(_ text: String) -> String { XMLEscaping.attribute(text) }

    /// The page's style sheet.
    static let css = """
    :root {
      --ink: #1f2328; --muted: #656d76; --rule: #d8dee4; --soft: #f6f8fa;
      --untranslated: #fde8e8; --untranslated-edge: #cf222e;
      --added: #e6f6ea; --added-edge: #1a7f37;
      --furniture: #f3f4f6; --furniture-edge: #8c959f;
      --diverges: #fff7db; --diverges-edge: #d4a72c;
      --error: #cf222e; --warning: #9a6700; --info: #0969da;
    }
    * { box-sizing: border-box; }
    body { margin: 0 auto; padding: 24px 32px 48px; max-width: 1600px; color: var(--ink); background: #fff;
           font: 15px/1.5 "DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
    h2 .count { font-size: 14px; font-weight: normal; color: var(--muted); background: var(--soft);
                border: 1px solid var(--rule); border-radius: 10px; padding: 0 8px; vertical-align: middle; }
    .files { margin: 0; color: var(--muted); }
    .files .file { color: var(--ink); font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 13px; }
    .lang { display: inline-block; font-size: 11px; font-weight: bold; text-transform: uppercase; color: var(--muted);
            border: 1px solid var(--rule); border-radius: 3px; padding: 0 4px; vertical-align: 1px; }
    .muted { color: var(--muted); }
    a { color: var(--info); text-decoration: none; }
    a:hover { text-decoration: underline; }
    .cards { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
    table.facts { border-collapse: collapse; border: 1px solid var(--rule); border-radius: 6px; font-size: 14px; }
    table.facts th, table.facts td { padding: 4px 12px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    table.facts thead th { background: var(--soft); }
    table.facts tbody th { font-weight: normal; color: var(--muted); white-space: nowrap; }
    .chip { display: inline-block; font-size: 12px; font-weight: bold; border-radius: 10px; padding: 0 8px;
            border: 1px solid currentColor; white-space: nowrap; }
    .chip.sev-error { color: var(--error); background: #fff0f0; }
    .chip.sev-warning { color: var(--warning); background: #fff8e5; }
    .chip.sev-info { color: var(--info); background: #eef6ff; }
    ol.divergences { margin: 0; padding-left: 2.2em; }
    ol.divergences li { padding: 3px 0 4px; border-bottom: 1px dashed var(--rule); line-height: 1.4; }
    ol.divergences .bead-link { display: inline-block; min-width: 5.5em; font-weight: bold; }
    ol.divergences .severity { font-size: 12px; color: var(--muted); margin-right: 4px; }
    ol.divergences .lines { font-size: 12px; color: var(--muted); white-space: nowrap; }
    ol.divergences .excerpts { margin: 0 0 0 5.8em; font-size: 12px; color: var(--muted); }
    ol.divergences q { margin-right: 16px; }
    .legend { margin: 0 0 10px; font-size: 13px; }
    .legend .key { display: inline-block; margin-right: 14px; padding: 1px 8px; border-left: 4px solid; }
    .key.untranslated { background: var(--untranslated); border-color: var(--untranslated-edge); }
    .key.added { background: var(--added); border-color: var(--added-edge); }
    .key.furniture { background: var(--furniture); border-color: var(--furniture-edge); }
    .key.diverges { background: var(--diverges); border-color: var(--diverges-edge); }
    table.alignment { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 14px; }
    table.alignment col.meta { width: 64px; }
    table.alignment col.notes { width: 22%; }
    table.alignment thead th { position: sticky; top: 0; background: var(--soft); text-align: left; padding: 6px 10px;
                               border-bottom: 2px solid var(--rule); z-index: 1; }
    table.alignment td { padding: 6px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
    table.alignment td.meta { border-left: 4px solid transparent; font-size: 12px; color: var(--muted); white-space: nowrap; }
    table.alignment td.meta a { display: block; font-size: 14px; font-weight: bold; }
    table.alignment td.meta span { display: block; }
    table.alignment td.meta .confidence.low { color: var(--error); font-weight: bold; }
    td.text .line { float: right; margin-left: 8px; font-size: 11px; color: var(--muted); }
    td.text .body { white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
    td.text.empty .none { font-size: 12px; font-style: italic; color: var(--muted); }
    tr.untranslated td { background: var(--untranslated); }
    tr.untranslated td.meta { border-left-color: var(--untranslated-edge); }
    tr.added td { background: var(--added); }
    tr.added td.meta { border-left-color: var(--added-edge); }
    tr.furniture td { background: var(--furniture); }
    tr.furniture td.meta { border-left-color: var(--furniture-edge); }
    tr.furniture td.text .body { color: var(--muted); font-size: 13px; }
    tr.diverges td.meta { border-left-color: var(--diverges-edge); }
    tr.diverges.sev-error td.meta { border-left-color: var(--error); }
    tr.diverges td.notes { background: var(--diverges); }
    td.notes .note { font-size: 13px; margin-bottom: 4px; }
    #map figure { margin: 0; }
    #map svg { max-width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 6px; }
    #map svg a:hover line { stroke-width: 6; }
    footer { margin-top: 32px; font-size: 12px; color: var(--muted); }
    @media print { table.alignment thead th { position: static; } tr { break-inside: avoid; } }

    """
}
