/// An already aligned bilingual file, as read by ``TranslationMemoryReader``: its units in file
/// order, each an original's text with its translation, and the languages the file names.
public struct TranslationMemory: Equatable, Sendable {
    /// The kinds of file read.
    public enum Format: String, Sendable, CaseIterable {
        /// TMX (any version: 1.1–1.4b).
        case tmx
        /// XLIFF 1.x (`urn:oasis:names:tc:xliff:document:1.x`).
        case xliff1 = "xliff-1"
        /// XLIFF 2.x (`urn:oasis:names:tc:xliff:document:2.0`).
        case xliff2 = "xliff-2"
        /// Tab-separated: `source⇥target` per line, or the TSV `sverka align --format tsv` writes.
        case tsv
    }

    /// One unit: the original's text and its translation.
    public struct Unit: Equatable, Sendable {
        /// The unit's id in the file (TMX `tuid`, XLIFF `id`), if it has one.
        public var id: String?
        /// The original's text ("" when the unit has none: text the translation added).
        public var source: String
        /// The translation ("" when there is none: left untranslated).
        public var target: String
        /// The 1-based line of the file where the original's text starts.
        public var sourceLine: Int
        /// The 1-based line of the file where the translation starts (the unit's line when it has none).
        public var targetLine: Int
        /// False for units marked not to be translated (XLIFF `translate="no"`, Sverka's furniture
        /// and omission markers): they are kept but not checked.
        public var translatable: Bool

        /// A unit.
        public init(id: String? = nil, source: String, target: String, sourceLine: Int, targetLine: Int, translatable: Bool = true) {
            self.id = id
            self.source = source
            self.target = target
            self.sourceLine = sourceLine
            self.targetLine = targetLine
            self.translatable = translatable
        }
    }

    /// Where the file came from (its path, or "standard input").
    public var name: String
    /// What kind of file it was.
    public var format: Format
    /// The original's language as the file names it (TMX `srclang`, XLIFF `source-language` or
    /// `srcLang`); nil when it names none.
    public var sourceLanguage: String?
    /// The translation's language as the file names it (the other TMX `xml:lang`, XLIFF
    /// `target-language` or `trgLang`); nil when it names none.
    public var targetLanguage: String?
    /// The units, in file order.
    public var units: [Unit]

    /// A memory.
    public init(name: String, format: Format, sourceLanguage: String? = nil, targetLanguage: String? = nil, units: [Unit]) {
        self.name = name
        self.format = format
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
    }
}
