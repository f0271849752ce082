import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The XML side of ``TranslationMemoryReader``: TMX, XLIFF 1.x and XLIFF 2.x units read with
/// Foundation's `XMLParser` (libxml2), namespaces resolved, external entities never loaded.
final class TranslationMemoryXML: NSObject, XMLParserDelegate {
    /// Reads `data` (XML in any encoding libxml2 knows), named `name` in messages.
    static func parse(_ data: Data, name: String) throws -> TranslationMemory {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let reader = TranslationMemoryXML(name: name)
        parser.delegate = reader
        let parsed = parser.parse()
        if let failure = reader.failure { throw failure }
        guard parsed, reader.errorLine == nil else {
            let error = parser.parserError as NSError?
            let reason = (error?.userInfo[NSLocalizedDescriptionKey] as? String) ?? ""
            throw TranslationMemoryReader.Failure.malformedXML(name: name, line: max(reader.errorLine ?? parser.lineNumber, 1),
                                                                column: max(reader.errorColumn ?? parser.columnNumber, 1),
                                                                reason: reason.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard let format = reader.format else {
            throw TranslationMemoryReader.Failure.unknownXML(name: name, root: reader.root ?? "")
        }
        let memory = reader.memory(format: format)
        guard memory.units.contains(where: { !$0.source.isEmpty || !$0.target.isEmpty }) else {
            throw TranslationMemoryReader.Failure.noUnits(name: name, format: format)
        }
        return memory
    }

    private let name: String
    private var root: String?
    private var format: TranslationMemory.Format?
    private var failure: TranslationMemoryReader.Failure?
    private var sourceLanguage: String?
    private var targetLanguage: String?

    /// The elements open, innermost last (local names).
    private var path: [String] = []
    /// `translate` of the open elements that carry it (XLIFF), innermost last.
    private var translateStack: [(depth: Int, translatable: Bool)] = []

    /// A unit being read.
    private struct OpenUnit {
        var id: String?
        var translatable = true
        var line: Int
        /// TMX: the variants (language, text, line).
        var variants: [(language: String?, text: String, line: Int)] = []
        /// XLIFF: the source and target (text, line).
        var source: (text: String, line: Int)?
        var target: (text: String, line: Int)?
    }
    private var unit: OpenUnit?
    private var units: [OpenUnit] = []

    /// TMX: the language of the open `<tuv>`.
    private var variantLanguage: String?
    /// The text element being read (`seg`, `source`, `target`), its depth and line.
    private var capture: (element: String, depth: Int, line: Int)?
    private var text = ""
    /// Depth of an inline code element whose content is not text (`bpt`, `ph`…), while inside one.
    private var skippedDepth: Int?
    /// Depth of a subtree that holds no units (`alt-trans`, `seg-source`, `notes`, `originalData`).
    private var ignoredDepth: Int?

    private init(name: String) { self.name = name }

    /// Inline elements whose content is native code, not text.
    private static let codeElements: Set<String> = ["bpt", "ept", "ph", "it", "ut", "sub", "data"]

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        path.append(element)
        let depth = path.count
        if depth == 1 {
            root = qualifiedName ?? element
            switch element {
            case "tmx": format = .tmx
            case "xliff":
                let version = attributes["version"] ?? ""
                let namespace = namespaceURI ?? ""
                if version.hasPrefix("2") || namespace.hasSuffix(":2.0") {
                    format = .xliff2
                    sourceLanguage = attributes["srcLang"]
                    targetLanguage = attributes["trgLang"]
                } else {
                    format = .xliff1
                }
            default:
                failure = .unknownXML(name: name, root: qualifiedName ?? element)
                parser.abortParsing()
            }
            return
        }
        guard let format, ignoredDepth == nil else { return }
        if let translate = attributes["translate"], format != .tmx {
            translateStack.append((depth, translate != "no"))
        }
        if capture != nil {
            if skippedDepth == nil && Self.codeElements.contains(element) && !(format == .xliff2 && element == "ph") {
                skippedDepth = depth
            }
            if format == .xliff2 && element == "cp" && skippedDepth == nil,
               let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                text.unicodeScalars.append(scalar)
            }
            return
        }
        switch (format, element) {
        case (.tmx, "header"):
            if let language = attributes["srclang"], language != "*all*" { sourceLanguage = language }
        case (.tmx, "tu"):
            unit = OpenUnit(id: attributes["tuid"], line: parser.lineNumber)
        case (.tmx, "tuv"):
            variantLanguage = attributes["xml:lang"] ?? attributes["lang"]
        case (.tmx, "seg") where unit != nil:
            startCapture(element, depth, parser)
        case (.xliff1, "file"):
            if sourceLanguage == nil { sourceLanguage = attributes["source-language"] }
            if targetLanguage == nil { targetLanguage = attributes["target-language"] }
        case (.xliff1, "trans-unit"):
            unit = OpenUnit(id: attributes["id"], translatable: isTranslatable, line: parser.lineNumber)
        case (.xliff1, "alt-trans"), (.xliff1, "seg-source"), (.xliff2, "notes"), (.xliff2, "originalData"), (.xliff2, "ignorable"):
            ignoredDepth = depth
        case (.xliff2, "unit"):
            unitID = attributes["id"]
        case (.xliff2, "segment"):
            let id = [unitID, attributes["id"]].compactMap { $0 }.joined(separator: "/")
            unit = OpenUnit(id: id.isEmpty ? nil : id, translatable: isTranslatable, line: parser.lineNumber)
        case (.xliff1, "source"), (.xliff1, "target"), (.xliff2, "source"), (.xliff2, "target"):
            if unit != nil { startCapture(element, depth, parser) }
        default:
            break
        }
    }

    /// XLIFF 2: the id of the open `<unit>`.
    private var unitID: String?

    /// Whether the innermost `translate` in force says yes (the default).
    private var isTranslatable: Bool { translateStack.last?.translatable ?? true }

    private func startCapture(_ element: String, _ depth: Int, _ parser: XMLParser) {
        capture = (element, depth, parser.lineNumber)
        text = ""
    }

    /// Where libxml2 first reported an error (some errors do not stop `parse()` on every platform).
    private var errorLine: Int?
    private var errorColumn: Int?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorLine == nil {
            errorLine = parser.lineNumber
            errorColumn = parser.columnNumber
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture != nil && skippedDepth == nil { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if capture != nil && skippedDepth == nil { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        let depth = path.count
        defer {
            path.removeLast()
            if let last = translateStack.last, last.depth == depth { translateStack.removeLast() }
        }
        if ignoredDepth == depth { ignoredDepth = nil; return }
        if ignoredDepth != nil { return }
        if skippedDepth == depth { skippedDepth = nil; return }
        if let open = capture {
            guard open.depth == depth else { return }
            capture = nil
            switch open.element {
            case "seg": unit?.variants.append((variantLanguage, text, open.line))
            case "source": unit?.source = (text, open.line)
            default: unit?.target = (text, open.line)
            }
            return
        }
        switch (format, element) {
        case (.tmx?, "tu"), (.xliff1?, "trans-unit"), (.xliff2?, "segment"):
            if let unit { units.append(unit) }
            unit = nil
        case (.tmx?, "tuv"):
            variantLanguage = nil
        case (.xliff2?, "unit"):
            unitID = nil
        default:
            break
        }
    }

    /// The memory read, in `format`. TMX: the variant in the source language is the original;
    /// the first variant in another language is the translation, and that language is the
    /// translation's (the most frequent such language when units differ).
    private func memory(format: TranslationMemory.Format) -> TranslationMemory {
        guard format == .tmx else {
            let read = units.map { unit in
                TranslationMemory.Unit(id: unit.id, source: unit.source?.text ?? "", target: unit.target?.text ?? "",
                                       sourceLine: unit.source?.line ?? unit.line, targetLine: unit.target?.line ?? unit.line,
                                       translatable: unit.translatable)
            }
            return TranslationMemory(name: name, format: format, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, units: read)
        }
        let source = sourceLanguage ?? units.lazy.compactMap { $0.variants.first?.language }.first
        // The original's variant: the one in the source language exactly (case aside), else the
        // one whose primary language is the source's.
        let originalIndex = { (unit: OpenUnit) -> Int? in
            guard let source else { return nil }
            return unit.variants.firstIndex { $0.language?.lowercased() == source.lowercased() }
                ?? unit.variants.firstIndex { $0.language.map(LanguageCode.primary) == LanguageCode.primary(source) }
        }
        var counts: [String: Int] = [:]
        for unit in units {
            let original = originalIndex(unit)
            if let other = unit.variants.indices.first(where: { $0 != original }).flatMap({ unit.variants[$0].language }) {
                counts[other, default: 0] += 1
            }
        }
        let target = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let read = units.map { unit -> TranslationMemory.Unit in
            let originalAt = originalIndex(unit)
            let original = originalAt.map { unit.variants[$0] }
            let others = unit.variants.indices.filter { $0 != originalAt }.map { unit.variants[$0] }
            let translation = others.first { $0.language?.lowercased() == target?.lowercased() } ?? others.first
            return TranslationMemory.Unit(id: unit.id, source: original?.text ?? "", target: translation?.text ?? "",
                                          sourceLine: original?.line ?? unit.line, targetLine: translation?.line ?? unit.line)
        }
        return TranslationMemory(name: name, format: .tmx, sourceLanguage: source, targetLanguage: target, units: read)
    }
}
