import Foundation
import SverkaAlign
import SverkaDiagnose

/// The alignment map: an SVG plot of position in the original (x, left to right) against position
/// in the translation (y, bottom to top), one mark per bead — the shape of a translation at a glance.
///
/// Each bead is a segment from where it starts to where it ends on both axes, measured in
/// characters of the units before it, each axis scaled to its own document, so that a faithful
/// translation is a diagonal. A source passage left untranslated is a flat stretch, text added in
/// the translation a vertical one, and a moved passage a flat stretch at one place and a vertical
/// one at another. Segments are coloured by confidence (red below `lowConfidence`, through amber to
/// green at 1), furniture grey, confirmed beads blue; beads with divergences carry a dot coloured by
/// their most serious divergence.
///
/// Every mark has `data-bead` (the bead's id), so a page can use the map as a navigator; with
/// ``linkPrefix`` set, each mark is also a link to `prefix + id`. Everything from the input is
/// escaped with ``XMLEscaping``; the output is well-formed XML.
public struct AlignmentMapSVG: Sendable {
    /// One bead as the map draws it.
    public struct Mark: Equatable, Sendable {
        /// The bead's id, written in `data-bead` (the bead index in the static report).
        public var id: String
        /// Characters on the source side (0 for an empty side).
        public var sourceLength: Int
        /// Characters on the target side.
        public var targetLength: Int
        /// The bead's confidence, in [0, 1].
        public var confidence: Double
        /// What the bead stands for (furniture is drawn grey).
        public var kind: Bead.Kind
        /// The bead's type as users see it (`1-1`, `1-0`, `furniture`, …).
        public var typeName: String
        /// Whether a person confirmed the bead (drawn blue).
        public var confirmed: Bool
        /// The most serious divergence on the bead, if any (a dot of its colour).
        public var severity: Divergence.Severity?
        /// A short description of the bead's divergences, for the dot's tooltip.
        public var divergenceNote: String

        /// A mark for one bead.
        public init(id: String, sourceLength: Int, targetLength: Int, confidence: Double, kind: Bead.Kind = .alignment,
                    typeName: String, confirmed: Bool = false, severity: Divergence.Severity? = nil, divergenceNote: String = "") {
            self.id = id
            self.sourceLength = sourceLength
            self.targetLength = targetLength
            self.confidence = confidence
            self.kind = kind
            self.typeName = typeName
            self.confirmed = confirmed
            self.severity = severity
            self.divergenceNote = divergenceNote
        }
    }

    /// The picture's title (shown as `<title>` and as the heading inside the picture).
    public var title: String
    /// Width of the whole picture, in user units (pixels at scale 1).
    public var width: Double = 560
    /// Height of the whole picture.
    public var height: Double = 560
    /// Confidences below this are drawn red.
    public var lowConfidence: Double = 0.5
    /// When set, each mark is wrapped in a link to `linkPrefix + id` (the static report: `#bead-`).
    public var linkPrefix: String?
    /// The `id` attribute of the `<svg>` element.
    public var elementID = "alignment-map"

    /// A map titled `title`.
    public init(title: String, lowConfidence: Double = 0.5, linkPrefix: String? = nil) {
        self.title = title
        self.lowConfidence = lowConfidence
        self.linkPrefix = linkPrefix
    }

    /// The marks for the beads of `units` at its level, in order, with the divergences of `diagnosis`
    /// at that level; ids are bead indices.
    public static func marks(_ units: AlignedUnits, diagnosis: Diagnosis) -> [Mark] {
        guard let alignment = units.alignment else { return [] }
        var byBead: [Int: [Divergence]] = [:]
        for d in diagnosis.divergences where d.level == units.level && alignment.beads.indices.contains(d.bead) {
            byBead[d.bead, default: []].append(d)
        }
        return alignment.beads.enumerated().map { index, bead in
            let notes = byBead[index] ?? []
            return Mark(id: String(index),
                        sourceLength: units.sourceText(bead).unicodeScalars.count,
                        targetLength: units.targetText(bead).unicodeScalars.count,
                        confidence: bead.confidence, kind: bead.kind, typeName: bead.typeName,
                        severity: notes.map(\.severity).max(),
                        divergenceNote: notes.map { "\($0.kind.rawValue): \($0.reason)" }.joined(separator: "\n"))
        }
    }

    // MARK: - Geometry

    /// Where the plot area lies inside the picture.
    private var plot: (left: Double, top: Double, width: Double, height: Double) {
        let left = 64.0, top = 40.0, right = 16.0, bottom = 70.0
        return (left, top, max(width - left - right, 10), max(height - top - bottom, 10))
    }

    /// One mark's segment in picture coordinates: from (x1, y1) to (x2, y2).
    package struct Segment: Equatable, Sendable {
        package let x1: Double, y1: Double, x2: Double, y2: Double
    }

    /// The segments of `marks`, in order. A side that has units counts at least one character per
    /// bead, so that an empty unit still moves along its axis.
    package func segments(_ marks: [Mark]) -> [Segment] {
        let area = plot
        let sourceSteps = marks.map { $0.sourceLength > 0 ? $0.sourceLength : 0 }
        let targetSteps = marks.map { $0.targetLength > 0 ? $0.targetLength : 0 }
        let sourceTotal = Double(max(sourceSteps.reduce(0, +), 1))
        let targetTotal = Double(max(targetSteps.reduce(0, +), 1))
        var s = 0, t = 0
        var out: [Segment] = []
        out.reserveCapacity(marks.count)
        for index in marks.indices {
            let s2 = s + sourceSteps[index], t2 = t + targetSteps[index]
            out.append(Segment(x1: area.left + area.width * Double(s) / sourceTotal,
                               y1: area.top + area.height * (1 - Double(t) / targetTotal),
                               x2: area.left + area.width * Double(s2) / sourceTotal,
                               y2: area.top + area.height * (1 - Double(t2) / targetTotal)))
            s = s2
            t = t2
        }
        return out
    }

    // MARK: - Writing

    /// The picture for `marks` (beads in order). `standalone` adds the XML declaration and the SVG
    /// namespace (a file of its own); without it the `<svg>` element is meant to sit inside an HTML page.
    public func write(_ marks: [Mark], sourceName: String, targetName: String, standalone: Bool = true) -> String {
        let area = plot
        let sourceTotal = marks.reduce(0) { $0 + $1.sourceLength }
        let targetTotal = marks.reduce(0) { $0 + $1.targetLength }
        var out = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        out += "<svg"
        if standalone { out += " xmlns=\"http://www.w3.org/2000/svg\"" }
        out += " id=\"\(attr(elementID))\" class=\"alignment-map\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        out += " width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(attr(elementID))-title\""
        out += " data-beads=\"\(marks.count)\" data-source-characters=\"\(sourceTotal)\" data-target-characters=\"\(targetTotal)\""
        out += " font-family=\"DejaVu Sans, Noto Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        out += "<title id=\"\(attr(elementID))-title\">\(esc(title))</title>\n"
        out += "<desc>Position in the original (x) against position in the translation (y), one segment per bead, "
        out += "coloured by confidence; a flat stretch is original text with no translation, a vertical one text added "
        out += "in the translation; dots mark divergences.</desc>\n"
        out += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\" />\n"
        out += "<text class=\"heading\" x=\"\(n(area.left))\" y=\"22\" font-size=\"13\" font-weight=\"bold\" fill=\"#1f2328\">\(esc(title))</text>\n"
        out += axes(sourceTotal: sourceTotal, targetTotal: targetTotal, sourceName: sourceName, targetName: targetName)
        out += "<line class=\"diagonal\" x1=\"\(n(area.left))\" y1=\"\(n(area.top + area.height))\" x2=\"\(n(area.left + area.width))\" y2=\"\(n(area.top))\""
        out += " stroke=\"#d8dee4\" stroke-dasharray=\"4 4\" />\n"

        let segments = segments(marks)
        out += "<g class=\"beads\" stroke-width=\"3\" stroke-linecap=\"round\">\n"
        for (mark, segment) in zip(marks, segments) {
            var classes = ["bead"]
            if mark.kind != .alignment { classes.append(mark.kind.rawValue) }
            if mark.confidence < lowConfidence { classes.append("low") }
            if mark.confirmed { classes.append("confirmed") }
            if mark.severity != nil { classes.append("diverges") }
            var line = "<line class=\"\(classes.joined(separator: " "))\" data-bead=\"\(attr(mark.id))\""
            line += " x1=\"\(n(segment.x1))\" y1=\"\(n(segment.y1))\" x2=\"\(n(segment.x2))\" y2=\"\(n(segment.y2))\""
            line += " stroke=\"\(colour(mark))\"><title>bead \(esc(mark.id)) · \(esc(mark.typeName)) · confidence \(n(mark.confidence, digits: 2))"
            line += mark.confirmed ? " · confirmed" : ""
            line += "</title></line>"
            if let prefix = linkPrefix {
                line = "<a href=\"\(attr(prefix + mark.id))\">\(line)</a>"
            }
            out += line + "\n"
        }
        out += "</g>\n<g class=\"divergences\" stroke=\"#ffffff\" stroke-width=\"1\">\n"
        for (mark, segment) in zip(marks, segments) {
            guard let severity = mark.severity else { continue }
            var dot = "<circle class=\"divergence sev-\(severity.rawValue)\" data-bead=\"\(attr(mark.id))\""
            dot += " cx=\"\(n((segment.x1 + segment.x2) / 2))\" cy=\"\(n((segment.y1 + segment.y2) / 2))\" r=\"4\""
            dot += " fill=\"\(Self.severityColour(severity))\"><title>bead \(esc(mark.id)): \(esc(mark.divergenceNote))</title></circle>"
            if let prefix = linkPrefix {
                dot = "<a href=\"\(attr(prefix + mark.id))\">\(dot)</a>"
            }
            out += dot + "\n"
        }
        out += "</g>\n"
        out += legend()
        out += "</svg>\n"
        return out
    }

    /// The frame, ticks and axis labels.
    private func axes(sourceTotal: Int, targetTotal: Int, sourceName: String, targetName: String) -> String {
        let area = plot
        var out = "<g class=\"axes\" fill=\"#656d76\">\n"
        out += "<rect x=\"\(n(area.left))\" y=\"\(n(area.top))\" width=\"\(n(area.width))\" height=\"\(n(area.height))\""
        out += " fill=\"none\" stroke=\"#8c959f\" />\n"
        for step in 0...4 {
            let share = Double(step) / 4
            let x = area.left + area.width * share
            let y = area.top + area.height * (1 - share)
            out += "<line x1=\"\(n(x))\" y1=\"\(n(area.top + area.height))\" x2=\"\(n(x))\" y2=\"\(n(area.top + area.height + 4))\" stroke=\"#8c959f\" />"
            out += "<text x=\"\(n(x))\" y=\"\(n(area.top + area.height + 16))\" text-anchor=\"middle\">\(count(Double(sourceTotal) * share))</text>\n"
            out += "<line x1=\"\(n(area.left - 4))\" y1=\"\(n(y))\" x2=\"\(n(area.left))\" y2=\"\(n(y))\" stroke=\"#8c959f\" />"
            out += "<text x=\"\(n(area.left - 6))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(count(Double(targetTotal) * share))</text>\n"
        }
        out += "<text class=\"axis-label x\" x=\"\(n(area.left + area.width / 2))\" y=\"\(n(area.top + area.height + 32))\" text-anchor=\"middle\" fill=\"#1f2328\">"
        out += "Original: \(esc(sourceName)) (characters)</text>\n"
        let cx = 14.0, cy = area.top + area.height / 2
        out += "<text class=\"axis-label y\" x=\"\(n(cx))\" y=\"\(n(cy))\" text-anchor=\"middle\" transform=\"rotate(-90 \(n(cx)) \(n(cy)))\" fill=\"#1f2328\">"
        out += "Translation: \(esc(targetName)) (characters)</text>\n"
        return out + "</g>\n"
    }

    /// The key under the plot.
    private func legend() -> String {
        let area = plot
        let y = area.top + area.height + 52
        let keys: [(String, String)] = [
            (Self.confidenceColour(1), "confident"), (Self.confidenceColour(0.75), "unsure"),
            (Self.confidenceColour(0), "low confidence"), (Self.confirmedColour, "confirmed"), (Self.furnitureColour, "furniture"),
        ]
        var out = "<g class=\"legend\" fill=\"#656d76\">\n"
        var x = area.left
        for (colour, label) in keys {
            out += "<line x1=\"\(n(x))\" y1=\"\(n(y - 4))\" x2=\"\(n(x + 14))\" y2=\"\(n(y - 4))\" stroke=\"\(colour)\" stroke-width=\"3\" />"
            out += "<text x=\"\(n(x + 18))\" y=\"\(n(y))\">\(label)</text>\n"
            x += 18 + Double(label.count) * 6.2 + 14
        }
        out += "<circle cx=\"\(n(x + 4))\" cy=\"\(n(y - 4))\" r=\"4\" fill=\"\(Self.severityColour(.error))\" />"
        out += "<text x=\"\(n(x + 12))\" y=\"\(n(y))\">divergence</text>\n"
        return out + "</g>\n"
    }

    // MARK: - Colours

    static let confirmedColour = "#0969da"
    static let furnitureColour = "#8c959f"

    private func colour(_ mark: Mark) -> String {
        if mark.confirmed { return Self.confirmedColour }
        if mark.kind == .furniture { return Self.furnitureColour }
        if mark.confidence < lowConfidence { return Self.confidenceColour(0) }
        return Self.confidenceColour(mark.confidence)
    }

    /// Red at 0, amber at 0.5, green at 1, linear between.
    static func confidenceColour(_ confidence: Double) -> String {
        let c = confidence.isFinite ? min(max(confidence, 0), 1) : 0
        let red = (0xcf, 0x22, 0x2e), amber = (0xd4, 0xa7, 0x2c), green = (0x1a, 0x7f, 0x37)
        let (a, b, f) = c < 0.5 ? (red, amber, c / 0.5) : (amber, green, (c - 0.5) / 0.5)
        func mix(_ x: Int, _ y: Int) -> Int { Int((Double(x) + (Double(y) - Double(x)) * f).rounded()) }
        return String(format: "#%02x%02x%02x", mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    static func severityColour(_ severity: Divergence.Severity) -> String {
        switch severity {
        case .error: return "#cf222e"
        case .warning: return "#9a6700"
        case .info: return "#0969da"
        }
    }

    // MARK: - Small pieces

    /// A coordinate with at most two decimals, no trailing zeros.
    private func n(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A character count for a tick: 950, 12k, 1.2M.
    private func count(_ value: Double) -> String {
        if value >= 1_000_000 { return n(value / 1_000_000, digits: 1) + "M" }
        if value >= 10_000 { return n(value / 1000, digits: 0) + "k" }
        if value >= 1000 { return n(value / 1000, digits: 1) + "k" }
        return n(value, digits: 0)
    }

    private func esc(_ text: String) -> String { XMLEscaping.text(text) }
    private func attr(_ text: String) -> String { XMLEscaping.attribute(text) }
}
