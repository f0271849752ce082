import SverkaICU
import SverkaSegment

/// Finds proper names on the source side of a bead and checks that each has a counterpart on the
/// target side, across scripts.
///
/// A source *name* is a run of words of two letters or more that are in capitals (`КИМ ИР СЕНА`,
/// `ПЦР`, `СПИДом`) or capitalised away from the start of a sentence (`Молотову`), other than
/// pronouns capitalised out of politeness or reverence (`Вы`, `Вашу`, `Его`) and emphasis in
/// capitals (a run holding a function word: `НЕ ПРИМЕНИМО`). A handle or hashtag (`@user13`) is no
/// word of its sentence, and a straight quote right after a word closes a quotation rather than
/// opening a sentence. In
/// a language that capitalises its nouns (German, Luxembourgish) capitals mark no names, so only
/// words in capitals are names there, and, given the translation's whole document
/// (``mismatches(sourceUnits:target:document:)``), capitalised words that the translation also
/// writes as a name away from the start of a sentence, unchanged or transliterated (`Berlin`,
/// `Müller`; not `Jahr`, `Gebirge`). A name has a counterpart when any of its words does
/// (`КИМ ИР СЕНА` ~ `KIM IL SUNG` through `КИМ`).
///
/// A word is rendered in the translation when, in this order:
/// 1. a spelling of it meets a target word (``NameCandidates/matches(_:budget:)``): the word and
///    its stems, case endings stripped (`Уэлбеком` → `Уэлбек`, `Испании` → `Испан`), romanised by
///    ICU's BGN/PCGN and ISO 9 transforms and by the English press, scholarly, GOST-like and (for
///    German) Duden practices (``NameRenderings``), folded on both sides (`Mc`/`Mac` ~ `Мак`,
///    `ck` ~ `k`, `ee` ~ `и`, `y` ~ `i`, doubled letters), compared equal, by their first letters,
///    by their consonant skeleton, or within a small edit distance; or an English target word
///    transcribed into Russian (`Welbeck` → `уэлбек`) meets a stem;
/// 2. it is an acronym spelled letter by letter by a target acronym, by sound or by look
///    (`ПЦР` ~ `PCR`), or a built-in acronym whose expansion or English acronym the target has
///    (`ООН` ~ `UN`, `United Nations`; `МИД` ~ `Foreign Ministry`);
/// 3. it starts with a built-in exonym stem one of whose English forms starts a target word
///    (`Китая` ~ `China`, `Испании` ~ `Spain`);
/// 4. a dictionary translation (``NameTranslations``) of it or of a dictionary form guessed by
///    stripping its ending has all its content words in the target (`Министерство` ~ `Ministry`,
///    `Белом` → `белый` ~ `White`): a capitalised common word translated is no name.
///
/// ``unmatchedNames(sourceUnits:target:)`` lists every name not rendered. ``mismatches(sourceUnits:
/// target:document:)`` reports one only on evidence: another name in the pair's translation with no
/// counterpart in the original, or the name rendered elsewhere in the translation.
///
/// Not thread-safe (ICU objects, caches): one per thread.
public final class NameMatcher {
    /// A name found on the source side.
    public struct Name: Equatable, Sendable {
        /// The name as written.
        public let text: String
        /// Its words in lower-case ASCII (BGN/PCGN for Russian).
        public let ascii: [String]
        /// Its words as written.
        let words: [String]
        /// Its words lower-cased.
        let lowerWords: [String]
        /// The words next to it in its unit (two on each side), as tokens.
        let neighbours: [Token]
    }

    private let sourceTokenizer: Tokenizer
    private let targetTokenizer: Tokenizer
    private let sourceTransliterator: Transliterator?
    private let sourceLanguage: String
    private let targetLanguage: String
    private let abbreviations: AbbreviationList
    private let targetAbbreviations: AbbreviationList
    private let translations: (any NameTranslations)?
    /// BGN/PCGN romanisation of the Cyrillic side's language, to ASCII.
    private let bgn: Transliterator?
    /// ISO 9 romanisation, to ASCII.
    private let iso9: Transliterator?
    /// Any script to ASCII.
    private let anyLatin: Transliterator?
    /// Whether Cyrillic words are Ukrainian (`и` → `y`, `г` → `h`).
    private let ukrainian: Bool
    /// Whether the source is Russian, Ukrainian or Belarusian: the built-in exonyms and acronyms apply.
    private let cyrillicSource: Bool
    /// Whether either side is German: German spellings of Russian names are tried, and a German
    /// Latin word is also compared without a genitive `s`.
    private let german: Bool
    private let sourceCapitalisesNouns: Bool
    private let targetCapitalisesNouns: Bool

    /// A matcher for a `sourceLanguage` → `targetLanguage` pair, with word `translations` for the
    /// names a translation translates (exonyms, capitalised common words) when given.
    public init(sourceLanguage: String, targetLanguage: String, translations: (any NameTranslations)? = nil) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.translations = translations
        abbreviations = AbbreviationList.builtIn(for: sourceLanguage)
        targetAbbreviations = AbbreviationList.builtIn(for: targetLanguage)
        sourceTokenizer = try Tokenizer(language: sourceLanguage)
        targetTokenizer = try Tokenizer(language: targetLanguage)
        sourceTransliterator = try? Transliterator(id: Self.asciiTransform(for: sourceLanguage))
        let source = LanguageCode.primary(sourceLanguage)
        let target = LanguageCode.primary(targetLanguage)
        let cyrillicLanguages: Set<String> = ["ru", "uk", "be"]
        let cyrillicSide = cyrillicLanguages.contains(source) ? source : cyrillicLanguages.contains(target) ? target : "ru"
        ukrainian = cyrillicSide == "uk"
        bgn = try? Transliterator(id: Self.asciiTransform(for: cyrillicSide))
        iso9 = try? Transliterator(id: "Cyrillic-Latin; Latin-ASCII; Any-Lower")
        anyLatin = try? Transliterator(id: "Any-Latin; Latin-ASCII; Any-Lower")
        cyrillicSource = cyrillicLanguages.contains(source)
        german = Self.capitalisesNouns(source) || Self.capitalisesNouns(target)
        sourceCapitalisesNouns = Self.capitalisesNouns(source)
        targetCapitalisesNouns = Self.capitalisesNouns(target)
    }

    /// A matcher for the same languages and translations as `other`, with ICU objects of its own
    /// (for another thread) and a copy of what `other` has already worked out (the comparison forms,
    /// translations and common words of the words it has seen): the diagnosis makes one matcher,
    /// indexes the translation with it, and gives each thread a copy instead of working the
    /// document's words out again on every thread.
    convenience init(copying other: NameMatcher) throws {
        try self.init(sourceLanguage: other.sourceLanguage, targetLanguage: other.targetLanguage, translations: other.translations)
        keysCache = other.keysCache
        plainKeysCache = other.plainKeysCache
        translationCache = other.translationCache
        commonWordCache = other.commonWordCache
        asciiCache = other.asciiCache
    }

    static func asciiTransform(for language: String) -> String {
        switch LanguageCode.primary(language) {
        case "ru", "be": return "Russian-Latin/BGN; Latin-ASCII; Any-Lower"
        case "uk": return "Ukrainian-Latin/BGN; Latin-ASCII; Any-Lower"
        default: return "Any-Latin; Latin-ASCII; Any-Lower"
        }
    }

    /// Whether `language` (primary subtag) capitalises its nouns, so that capitals mark no names.
    static func capitalisesNouns(_ language: String) -> Bool {
        ["de", "lb", "gsw", "nds", "bar", "ksh"].contains(language)
    }

    // MARK: Unmatched names

    /// The names of `source` that have no counterpart in `target`.
    public func unmatchedNames(source: String, target: String) -> [Name] {
        unmatchedNames(sourceUnits: [source], target: target)
    }

    /// Edit distances tried per call of ``unmatchedNames(sourceUnits:target:)`` or
    /// ``mismatches(sourceUnits:target:document:)`` before the names left are taken as matched (see
    /// ``NameCandidates``).
    static let editDistanceBudget = 200_000

    /// The names of the source units (each read on its own, so that each starts a sentence) that
    /// have no counterpart in `target`, evidence or none. In a language that capitalises its nouns,
    /// only names in capitals (there is no document to confirm the others by).
    public func unmatchedNames(sourceUnits: [String], target: String) -> [Name] {
        let names = sourceUnits.flatMap { self.names(in: $0, confirm: nil) }
        guard !names.isEmpty else { return [] }
        let candidates = self.candidates(targetTokenizer.tokens(of: target))
        var budget = Self.editDistanceBudget
        var memo: [String: Bool] = [:]
        return names.filter { !isRendered($0, in: candidates, budget: &budget, memo: &memo) }
    }

    // MARK: Mismatches on evidence

    /// The names of the source units that the pair's `target` does not render *and* that come
    /// with evidence of a divergence; a name with none is taken as one the matcher failed to
    /// recognise (a translated name, an unusual spelling), and not reported.
    ///
    /// For each name not rendered (rules 1–4 of the type's summary), in this order:
    /// 1. *Other names* of `target` are its runs of name-like words (capitalised away from the start
    ///    of a sentence, or in capitals; not titles, days, months, `I`; none in a title-case line)
    ///    with a word that renders no source word (any word of the units, by rules 1–4 read the other
    ///    way) and that the document never writes in lower case (`Cup`, `Department`).
    /// 2. One whose words without a counterpart look like the name by a looser measure, or that
    ///    renders a word next to it (`Тихому океану` → `Pacific Ocean`), is the name spelled or
    ///    translated otherwise: the name counts as rendered. (`Fiona Jarett` for `Фиона Хислоп` is
    ///    compared by `Jarett`: the given name it shares is no excuse for the surname.)
    /// 3. A target acronym with no counterpart starting with the name's initial may abbreviate it
    ///    (`Луизиана` → `LSU`): rendered. Acronyms are never other names, and an acronym of the
    ///    original gets no evidence (a): acronyms are translated as often as not (`ЕГЭ` → `USE`).
    /// 4. Evidence (a): another name is left in the pair.
    /// 5. Evidence (b): the name is rendered elsewhere in `document` (made once per document by
    ///    ``documentIndex(of:)``): by a spelling (equal, or the same consonants with a third of the
    ///    letters differing), by an acronym in capitals (the table's, or the same letters in order
    ///    by sound), or by the exonym table's place and given names. Not for a word the dictionary
    ///    translates (a common word: `Университета`), nor through dictionary translations.
    ///
    /// A name rendered by its surname whose given name is not (`Сэмюэлем Брауном` → `Frank Brown`)
    /// is reported for the given name, on evidence (a) only and less surely, and only when the
    /// other name holds the surname's rendering (`Frank Brown`); a given name merely left out
    /// (`Captain Brown`, `President Trump` with another name elsewhere in the pair) has none. So is
    /// a given name beside a surname spelled otherwise (`Питер Дати` → `Kenneth Duthie`).
    ///
    /// Confidence: see ``NameMismatch/confidence``.
    /// `sourceLowercase`: the words the original writes in lower case somewhere
    /// (``lowercaseWords(of:)``); a single capitalised word among them is a common word at a
    /// sentence start the tokenizer did not see (`Может`, `Совета`), not a name. Nor is a name all
    /// of whose words the dictionary knows in lower case only (``NameTranslations/isCommonWord(_:)``:
    /// `Палаты Общин`), nor a word in mojibake (`Ãðåöèè`).
    public func mismatches(sourceUnits: [String], target: String, document: NameDocumentIndex,
                           sourceLowercase: Set<String> = []) -> [NameMismatch] {
        let confirm: ((Token) -> Bool)? = sourceCapitalisesNouns
            ? { [unowned self] token in document.find(self.keys(of: token.lower), strict: true, midSentenceOnly: true) != nil }
            : nil
        let names = sourceUnits.flatMap { self.names(in: $0, confirm: confirm) }.filter { name in
            let capitals = name.words.contains { $0.filter(\.isLetter).allSatisfy(\.isUppercase) }
            if capitals { return true }
            if name.words.count == 1 && sourceLowercase.contains(name.lowerWords[0]) { return false }
            // Capitalised common words (`Может`, `Палаты Общин`, `Государственным Обвинением`).
            return !name.lowerWords.allSatisfy(isCommonWord)
        }
        guard !names.isEmpty else { return [] }
        let targetTokens = targetTokenizer.tokens(of: target)
        let candidates = self.candidates(targetTokens)
        var budget = Self.editDistanceBudget
        var memo: [String: Bool] = [:]
        var unmatched: [Name] = []
        // A name rendered by its surname whose given name is not (`Сэмюэлем Брауном` → `Frank
        // Brown`): the given name alone, reported on evidence (a) only, less surely.
        var givenNames: [Name] = []
        var surnames: [String] = []
        for name in names {
            if !isRendered(name, in: candidates, budget: &budget, memo: &memo) {
                unmatched.append(name)
            } else if let given = unrenderedGivenName(of: name, in: candidates, budget: &budget, memo: &memo) {
                givenNames.append(given)
                surnames.append(name.lowerWords[name.lowerWords.count - 1])
            }
        }
        guard !unmatched.isEmpty || !givenNames.isEmpty else { return [] }

        // Evidence (a): the target's name-like words with no counterpart in the source, nor written
        // in lower case elsewhere in the document (common words capitalised in a title, `Cup`).
        let runs = targetNameRuns(targetTokens, text: target)
        var others: [(text: String, run: [Token], lacking: [Token])] = []
        var acronyms: [String] = []
        if !runs.isEmpty {
            let context = sourceContext(sourceUnits.flatMap { sourceTokenizer.tokens(of: $0) })
            let units = [UInt16](utf16Of: target)
            for run in runs {
                let lacking = run.filter { token in
                    token.text.first?.isUppercase == true && !document.hasLowercase(token.lower)
                        && !Self.isTargetNonName(token.lower) && !hasCounterpart([token], in: context, budget: &budget)
                }
                guard !lacking.isEmpty else { continue }
                // An acronym is translated as often as not (`ЕГЭ` → `USE`): no evidence, but it may
                // abbreviate a name of the original that it starts with (`Луизиана` → `LSU`).
                if lacking.allSatisfy({ NameRenderings.acronymCore($0.text) != nil }) {
                    acronyms += lacking.map { NameRenderings.capitals($0.text) }
                    continue
                }
                others.append((String(utf16Units: units[run[0].range.lowerBound..<run[run.count - 1].range.upperBound]), run, lacking))
            }
        }
        let pronoun = LanguageCode.primary(targetLanguage) == "en"
            && targetTokens.contains { ["he", "she", "his", "her", "him", "they", "them", "their"].contains($0.lower) }
        var result: [NameMismatch] = []
        var otherIndex = 0
        for (k, (name, givenOnly)) in (unmatched.map({ ($0, false) }) + givenNames.map({ ($0, true) })).enumerated() {
            // A given name is missing only beside its surname: `Питер Дати` → `Kenneth Duthie`, not
            // `Дональд Трамп` → `President Trump` with another name (`Midwestern`) elsewhere.
            var beside: Int?
            if givenOnly {
                let surname = keys(of: surnames[k - unmatched.count])
                beside = others.firstIndex { other in
                    NameCandidates(keys: other.run.map { keys(of: $0.lower) }, lowerWords: [], capitals: []).matches(surname, budget: &budget)
                }
                guard beside != nil else { continue }
            }
            // A pair's one missing name and one extra name that look alike are one name spelled
            // in a way the rules above missed (compared by the other's words without a counterpart:
            // `Fiona` of `Fiona Jarett` renders `Фиона` and says nothing of `Хислоп`).
            if let alike = others.firstIndex(where: { looselyAlike(name, $0.lacking) }) {
                let other = others.remove(at: alike)
                // The surname spelled otherwise and the given name replaced (`Питер Дати` →
                // `Kenneth Duthie`): the given name is missing, the other's is the evidence.
                if !givenOnly, let given = replacedGivenName(of: name, by: other.lacking) {
                    let (stem, renderings) = self.renderings(of: given)
                    result.append(NameMismatch(name: given.text, stem: stem, renderings: renderings,
                                               evidence: [.otherName(other.text)], confidence: 0.6 * 0.85))
                }
                continue
            }
            // Another name with a word that renders a word next to the missing one is the missing
            // name translated: `Тихому океану` → `Pacific Ocean`, `Юридический комитет` →
            // `Judiciary Committee`.
            // Only common words next to it count (`океану`): a capitalised neighbour is a given
            // name or a title (`Питер Хорби`, `Профессор`), whose rendering beside another surname
            // (`Professor Peter Fishwick`) is the evidence, not the excuse.
            // (Not for a given name beside its rendered surname: a person's name is not translated.)
            let commonNeighbours = givenOnly ? [] : name.neighbours.filter { $0.text.first?.isLowercase == true }
            if !others.isEmpty && !commonNeighbours.isEmpty {
                let nearby = sourceContext(commonNeighbours)
                if let translated = others.firstIndex(where: { other in
                    other.run.contains { hasCounterpart([$0], in: nearby, budget: &budget) }
                }) {
                    others.remove(at: translated)
                    continue
                }
            }
            if !acronyms.isEmpty {
                let initials = Set(name.lowerWords.compactMap { keys(of: $0).display.first?.first?.uppercased() }.map(Character.init))
                if acronyms.contains(where: { $0.first.map(initials.contains) == true }) { continue }
            }
            var evidence: [NameMismatch.Evidence] = []
            var confidence = 0.0
            // An acronym of the original is often translated into another (`ЦТАК` → `KCNA`): only
            // evidence (b) counts for it. (Several words in capitals are a name: `ЛИ КЭ-НУН`.)
            let acronym = name.words.count == 1 && NameRenderings.acronymCore(name.words[0]) != nil
            if let beside {
                evidence.append(.otherName(others[beside].text))
                confidence = 0.6
            } else if !others.isEmpty && !acronym {
                evidence.append(.otherName(others[min(otherIndex, others.count - 1)].text))
                otherIndex += 1
                confidence = 0.6
            }
            if !givenOnly, let found = renderedElsewhere(name, in: document) {
                evidence.append(.renderedElsewhere(found))
                // Rendered elsewhere only, and a pronoun here: likely `Трамп сказал` → `he said`.
                confidence = confidence > 0 ? 0.9 : pronoun ? 0.4 : 0.7
            }
            guard !evidence.isEmpty else { continue }
            let longest = name.words.map { $0.filter(\.isLetter).count }.max() ?? 0
            if longest <= 3 || acronym { confidence *= 0.75 }
            if givenOnly { confidence *= 0.85 }
            let (stem, renderings) = self.renderings(of: name)
            result.append(NameMismatch(name: name.text, stem: stem, renderings: renderings, evidence: evidence, confidence: confidence))
        }
        return result
    }

    /// ``mismatches(sourceUnits:target:document:)`` with the index of `targetDocument`, made on the
    /// first call and kept while the same document is passed (compared by storage first, so pass the
    /// same string each time: an equal copy costs a full comparison per call).
    public func mismatches(sourceUnits: [String], target: String, targetDocument: String) -> [NameMismatch] {
        if let (document, index) = lastDocument, document.utf8.count == targetDocument.utf8.count, document == targetDocument {
            return mismatches(sourceUnits: sourceUnits, target: target, document: index)
        }
        let index = documentIndex(of: targetDocument)
        lastDocument = (targetDocument, index)
        return mismatches(sourceUnits: sourceUnits, target: target, document: index)
    }

    private var lastDocument: (String, NameDocumentIndex)?

    /// The index of the capitalised words of a whole translation, for
    /// ``mismatches(sourceUnits:target:document:)``: one tokenization of the document and one set
    /// of comparison forms per distinct capitalised word.
    /// The words of the original `sourceDocument` written in lower case somewhere (lower-cased),
    /// for ``mismatches(sourceUnits:target:document:sourceLowercase:)``.
    public func lowercaseWords(of sourceDocument: String) -> Set<String> {
        var words = Set<String>()
        for token in sourceTokenizer.tokens(of: sourceDocument) where token.kind == .word {
            if let first = token.text.first, first.isLowercase { words.insert(token.lower) }
        }
        return words
    }

    public func documentIndex(of targetDocument: String) -> NameDocumentIndex {
        var index = NameDocumentIndex()
        for mark in Self.marks(of: targetTokenizer.tokens(of: targetDocument), abbreviations: targetAbbreviations) {
            guard case .word(let word) = mark else { continue }
            if word.token.text.first?.isLowercase == true {
                index.addLowercase(word.token.lower)
                continue
            }
            guard word.capitalised || word.allCaps, word.token.text.count >= 2 else { continue }
            let nameLike = word.allCaps || (!word.sentenceStart && !word.abbreviation)
            index.add(word.token.text, keys: keys(of: word.token.lower), midSentence: nameLike)
        }
        index.finish()
        return index
    }

    // MARK: Finding names

    /// The names in `text`.
    public func names(in text: String) -> [Name] {
        names(in: text, confirm: nil)
    }

    /// The names in `text`; in a language that capitalises nouns, a capitalised word (not in
    /// capitals) is a name only when `confirm` says so.
    func names(in text: String, confirm: ((Token) -> Bool)?) -> [Name] {
        let tokens = SpacedLetters.joined(sourceTokenizer.tokens(of: text))
        let units = [UInt16](utf16Of: text)
        // In a unit written mostly in capitals (a heading, a stamp) capitals mark no names.
        let letters = text.filter(\.isLetter)
        let shouting = !letters.isEmpty && Double(letters.filter(\.isUppercase).count) > 0.6 * Double(letters.count)
        var names: [Name] = []
        var current: [Token] = []
        var first = 0
        var position = 0
        func flush() {
            let kept = current.filter { !ascii(of: $0.text).isEmpty && !Self.isMojibake($0.text) }
            if !kept.isEmpty && !Self.isEmphasis(kept) {
                let span = current[0].range.lowerBound..<current[current.count - 1].range.upperBound
                let before = tokens[..<first].filter { $0.kind == .word }.suffix(2)
                let after = tokens[position...].filter { $0.kind == .word }.prefix(2)
                names.append(Name(text: String(utf16Units: units[span]), ascii: kept.map { ascii(of: $0.text) },
                                  words: kept.map(\.text), lowerWords: kept.map(\.lower), neighbours: Array(before) + Array(after)))
            }
            current = []
        }
        // A capitalised word starting a sentence, not a common word the dictionary knows: the given
        // name of a name that goes on (`Доминик Каммингс в заложниках`), when one does.
        var opener: (token: Token, index: Int)?
        for (index, mark) in Self.marks(of: tokens, abbreviations: abbreviations).enumerated() {
            position = index
            let previousOpener = opener
            opener = nil
            switch mark {
            case .word(let word):
                let capitalisedName = word.capitalised && !word.sentenceStart
                    && (!sourceCapitalisesNouns || confirm?(word.token) == true)
                if !shouting && !word.abbreviation && (word.allCaps || capitalisedName) && word.token.text.count >= 2
                    && !Self.isPolitePronoun(word.token.lower) {
                    if current.isEmpty {
                        first = index
                        if let previousOpener, !word.allCaps, previousOpener.index == index - 1 {
                            first = previousOpener.index
                            current.append(previousOpener.token)
                        }
                    }
                    current.append(word.token)
                } else {
                    flush()
                    if !shouting && word.capitalised && word.sentenceStart && !word.allCaps && !word.abbreviation && !sourceCapitalisesNouns
                        && word.token.text.count >= 2 && !Self.isPolitePronoun(word.token.lower) && !isCommonWord(word.token.lower) {
                        opener = (word.token, index)
                    }
                }
            case .hyphen:
                if current.isEmpty { flush() } // КЭ-НУН: a hyphen inside a name continues it
            case .boundary:
                flush()
            }
        }
        position = tokens.count
        flush()
        return names
    }

    /// A word token read for capitals, with where it stands.
    struct WordMark {
        let token: Token
        /// Two letters or more, all capitals.
        let allCaps: Bool
        /// Starts with a capital.
        let capitalised: Bool
        /// First word of a sentence.
        let sentenceStart: Bool
        /// A short capitalised word with a period (`Экз.`, `Mr.`).
        let abbreviation: Bool
    }

    enum Mark {
        case word(WordMark)
        case hyphen
        case boundary
    }

    /// `tokens` read for names: each word with its capitals and whether it starts a sentence
    /// (after `. ! ? … : " « „ “ ( [ )`, but not after an abbreviation's period, `тов. Маленкову`,
    /// nor after a straight quote closing a quotation).
    static func marks(of tokens: [Token], abbreviations: AbbreviationList) -> [Mark] {
        var result: [Mark] = []
        result.reserveCapacity(tokens.count)
        var sentenceStart = true
        var openParentheses = 0
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                // Letters counted scalar by scalar: this runs on every word of every bead.
                var letterCount = 0
                var allUppercase = true
                for scalar in token.text.unicodeScalars where scalar.properties.isAlphabetic {
                    letterCount += 1
                    if !scalar.properties.isUppercase { allUppercase = false }
                }
                let allCaps = letterCount >= 2 && allUppercase
                let capitalised = token.text.first?.isUppercase == true
                // A short word with a period is an abbreviation (`Экз. № 2`, `Mr. Smith`) when the
                // language knows it as one or the text goes on in lower case or with a sign after
                // it; a short name ending a sentence (`добавила Смит.`) is no abbreviation.
                let abbreviation = letterCount <= 4 && position + 1 < tokens.count && tokens[position + 1].text == "." && !allCaps
                    && (abbreviations.always.contains(token.lower) || abbreviations.beforeNumber.contains(token.lower)
                        || (position + 2 < tokens.count && tokens[position + 2].text.first.map { !$0.isUppercase && !"\"«“„'".contains($0) } == true))
                // A handle or hashtag (`@user13`, `#тег`) is no word of the sentence.
                let handle = position > 0 && ["@", "#"].contains(tokens[position - 1].text)
                    && tokens[position - 1].range.upperBound == token.range.lowerBound
                if handle {
                    result.append(.boundary)
                    continue
                }
                result.append(.word(WordMark(token: token, allCaps: allCaps, capitalised: capitalised,
                                             sentenceStart: sentenceStart, abbreviation: abbreviation)))
                sentenceStart = false
            case .number:
                result.append(.boundary)
                sentenceStart = false
            case .punctuation:
                result.append(token.text == "-" ? .hyphen : .boundary)
                let afterAbbreviation = token.text == "." && position > 0 && abbreviations.always.contains(tokens[position - 1].lower)
                // A straight quote right after a word closes a quotation: `trash," Bulganin said`.
                let closingQuote = token.text == "\"" && position > 0 && tokens[position - 1].range.upperBound == token.range.lowerBound
                // A `)` opens a sentence after a list marker (`а) Улучшить`), not when it closes a
                // parenthesis of the sentence (`(MMA) Ислам Махачев`).
                let closesParenthesis = token.text == ")" && openParentheses > 0
                if token.text == "(" { openParentheses += 1 } else if closesParenthesis { openParentheses -= 1 }
                if !afterAbbreviation && !closingQuote && !closesParenthesis
                    && [".", "!", "?", "…", ":", "\"", "«", "„", "“", "‘", "‹", "(", "[", ")"].contains(token.text) {
                    sentenceStart = true
                }
            }
        }
        return result
    }

    /// Short words that no name holds: a run of words in capitals with one of them is emphasis
    /// (`НЕ ПРИМЕНИМО`, `ТОЛЬКО НЕ ЭТО`, `DO NOT JUMP IN`), no name.
    static let functionWords: Set<String> = [
        "не", "ни", "за", "на", "в", "во", "и", "с", "со", "по", "от", "до", "это", "что", "как", "только", "еще", "ещё", "для",
        "из", "но", "а", "к", "у", "о", "об", "все", "всё", "мы", "я", "ты", "вы", "он", "она", "они", "так", "да", "нет",
        "not", "no", "the", "a", "an", "to", "for", "of", "and", "or", "in", "on", "at", "by", "with", "you", "we", "i", "it",
        "is", "are", "do", "does", "this", "that", "all", "any", "up",
    ]

    /// Whether a run of words is emphasis in capitals rather than a name (see ``functionWords``).
    static func isEmphasis(_ run: [Token]) -> Bool {
        run.allSatisfy { NameRenderings.isAcronym($0.text) } && run.contains { functionWords.contains($0.lower) }
    }

    /// Capitalised target words that are no names (titles, days, months, the pronoun).
    static let targetNonNames: Set<String> = [
        "i", "mr", "mrs", "ms", "dr", "sir", "madam", "lord", "lady", "king", "queen", "prince", "princess", "pope",
        "saint", "st", "general", "colonel", "captain", "marshal", "president", "minister", "prime", "secretary",
        "governor", "mayor", "senator", "chancellor", "ambassador", "chairman", "premier", "comrade", "comrades",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "god", "ok", "herr", "frau", "monsieur", "madame",
    ]

    /// Whether the lower-case target word `lower` is in ``targetNonNames``, a contraction or
    /// possessive aside (`I'm`, `I’d`).
    static func isTargetNonName(_ lower: String) -> Bool {
        let head = lower.prefix { $0 != "'" && $0 != "’" }
        return targetNonNames.contains(String(head))
    }

    /// The runs of name-like words of a pair's translation: capitalised away from the start of a
    /// sentence (not in a language that capitalises nouns) or in capitals, titles and the like
    /// aside; none in a text written in title case.
    private func targetNameRuns(_ tokens: [Token], text: String) -> [[Token]] {
        let marks = Self.marks(of: tokens, abbreviations: targetAbbreviations)
        // Title case (`Press Secretary Says Meeting Cancelled`): four long words or more inside
        // sentences, none of them in lower case.
        var long = 0
        var lower = 0
        for case .word(let word) in marks where !word.sentenceStart && word.token.text.count >= 4 {
            long += 1
            if word.token.text.first?.isLowercase == true { lower += 1 }
        }
        if long >= 4 && lower == 0 { return [] }
        var runs: [[Token]] = []
        var current: [Token] = []
        func flush() {
            if !current.isEmpty && !Self.isEmphasis(current) { runs.append(current) }
            current = []
        }
        var afterHyphen = false
        for mark in marks {
            switch mark {
            case .word(let word):
                let letters = word.token.text.filter(\.isLetter).count
                let nameLike = !word.abbreviation && letters >= 2 && !Self.isTargetNonName(word.token.lower)
                    && (word.allCaps || (word.capitalised && !word.sentenceStart && !targetCapitalisesNouns))
                // `Geon-yeong`: the part after a hyphen belongs to the name whatever its case.
                if nameLike || afterHyphen { current.append(word.token) } else { flush() }
                afterHyphen = false
            case .hyphen:
                afterHyphen = !current.isEmpty
            case .boundary:
                afterHyphen = false
                flush()
            }
        }
        flush()
        return runs
    }

    // MARK: Matching

    /// The index of a target text's words.
    private func candidates(_ tokens: [Token]) -> NameCandidates {
        var keys: [NameKeys] = []
        var nameLike: [Bool] = []
        var lowerWords: [String] = []
        var capitals: [String] = []
        var seen: [String: Int] = [:]
        var previous: (lower: String, capitalised: Bool)?
        for token in tokens where token.kind == .word {
            let lower = token.lower
            // A word that may be a name: capitalised (a sentence start too) or in capitals.
            let capitalised = token.text.first?.isUppercase == true
            if let known = seen[lower] {
                if capitalised && !nameLike[known] {
                    nameLike[known] = true
                    keys[known] = self.keys(of: lower)
                }
            } else {
                seen[lower] = keys.count
                // A word in lower case matches a name by a spelling in common only: its one
                // folded form is enough, and far cheaper than all the renderings.
                keys.append(capitalised ? self.keys(of: lower) : plainKeys(of: lower))
                nameLike.append(capitalised)
                lowerWords.append(lower)
            }
            let letters = NameRenderings.capitals(token.text)
            if NameRenderings.isAcronym(letters) {
                capitals.append(letters)
                lowerWords.append(letters.lowercased()) // `U.S.` → `us`
            }
            // Neighbouring words joined: `Shuifens-kaya` → `shuifenskaya`, `Hong Kong` → `hongkong`.
            let isASCII = lower.utf8.allSatisfy { $0 < 0x80 }
            if isASCII, let previous {
                let joined = NameRenderings.fold(previous.lower + lower)
                keys.append(NameKeys(latin: [joined], primary: [joined], cyrillic: [], stem: joined, display: []))
                nameLike.append(previous.capitalised || capitalised)
            }
            previous = isASCII ? (lower, capitalised) : nil
        }
        return NameCandidates(keys: keys, lowerWords: lowerWords, capitals: capitals, nameLike: nameLike)
    }

    /// Whether `name` is rendered in `candidates` (rules 1–4 of the type's summary): some word of
    /// it, except that a name of several words in title case (`Фиона Хислоп`) needs its last word,
    /// the surname, unless that is a patronymic (`Анна Сергеевна` may lose it): a translation that
    /// keeps the given name and replaces the surname (`Fiona Jarett`) has not rendered the name.
    /// Names in capitals (`КИМ ИР СЕНА`) keep the any-word rule: their parts are not ordered so.
    private func isRendered(_ name: Name, in candidates: NameCandidates, budget: inout Int, memo: inout [String: Bool]) -> Bool {
        if let (last, lastLower) = surname(of: name) {
            let rendered = memo[lastLower] ?? isRendered(word: last, lower: lastLower, in: candidates, budget: &budget)
            memo[lastLower] = rendered
            if rendered { return true }
            // The words written as one (`ВКонтакте` ~ `VKontakte`), spelled exactly: a prefix
            // shared with the given name alone (`jakob…`) is no rendering of the surname.
            return keys(of: name.lowerWords.joined()).latin.contains(where: candidates.latin.contains)
        }
        for (word, lower) in zip(name.words, name.lowerWords) {
            if let known = memo[lower] {
                if known { return true }
                continue
            }
            let rendered = isRendered(word: word, lower: lower, in: candidates, budget: &budget)
            memo[lower] = rendered
            if rendered { return true }
        }
        // The words joined: `Wi-Fi` ~ `WiFi`, `What’s App` ~ `WhatsApp`.
        if name.lowerWords.count >= 2 {
            let joined = name.lowerWords.joined()
            if candidates.matches(keys(of: joined), budget: &budget) { return true }
        }
        return false
    }

    /// Whether the last word of a name is a common word: as written, or through a dictionary form
    /// guessed for a word of six letters or more (`Иркутского` → `иркутский`; a short surname such
    /// as `Дати` is no `дата`).
    private func isCommonLastWord(_ lower: String) -> Bool {
        guard let translations else { return false }
        return translations.isCommonWord(lower) || (lower.count >= 6 && isCommonWord(lower))
    }

    /// The given names of `name` (a name with a surname, ``surname(of:)``) that `lacking`, the
    /// words of a target name with no counterpart that look like the name, replaces: when none of
    /// the given names looks like any of them and some of them look like no word of the name
    /// (`Питер Дати` → `Kenneth Duthie`: `Kenneth`); nil otherwise. Titles, places, patronymics
    /// and initials are no given names.
    private func replacedGivenName(of name: Name, by lacking: [Token]) -> Name? {
        guard surname(of: name) != nil else { return nil }
        let given = (0..<(name.words.count - 1)).filter { index in
            let (word, lower) = (name.words[index], name.lowerWords[index])
            return lower.count >= 3 && !Self.isPatronymic(lower) && word.first?.isUppercase == true && !isCommonWord(lower)
        }
        guard !given.isEmpty, !given.contains(where: { looselyAlike(words: [name.lowerWords[$0]], lacking) }) else { return nil }
        let replacing = lacking.filter { !looselyAlike(words: name.lowerWords, [$0]) }
        guard !replacing.isEmpty else { return nil }
        return Name(text: given.map { name.words[$0] }.joined(separator: " "), ascii: given.map { name.ascii[$0] },
                    words: given.map { name.words[$0] }, lowerWords: given.map { name.lowerWords[$0] }, neighbours: name.neighbours)
    }

    /// The surname of a name of several words in title case, which must be rendered for the name
    /// to be (``isRendered(_:in:budget:memo:)``): its last word, unless the name is in capitals
    /// (`КИМ ИР СЕНА`), or the last word is a patronymic (`Анна Сергеевна`), a syllable of two
    /// letters (`Ким Чен Ын` ~ `Kim Jong-un`: East Asian names put the family name first) or a
    /// common word the dictionary knows (`Людовик Четырнадцатый` ~ `Louis the 14th`, a place
    /// followed by its district's adjective); nil then, and any word renders the name.
    private func surname(of name: Name) -> (word: String, lower: String)? {
        guard name.words.count >= 2, let last = name.words.last, let lastLower = name.lowerWords.last,
              !name.words.allSatisfy({ $0.filter(\.isLetter).allSatisfy(\.isUppercase) }), !Self.isPatronymic(lastLower),
              last.filter(\.isLetter).count >= 3, !isCommonLastWord(lastLower) else { return nil }
        return (last, lastLower)
    }

    /// The given names of a name in title case rendered by its surname (``isRendered(_:in:budget:memo:)``)
    /// that the translation does not render, as a name of their own (`Сэмюэлем` of `Сэмюэлем
    /// Брауном` → `Frank Brown`); nil when all are rendered. Patronymics and words of two letters
    /// (initials, particles) are never missing.
    private func unrenderedGivenName(of name: Name, in candidates: NameCandidates, budget: inout Int, memo: inout [String: Bool]) -> Name? {
        guard surname(of: name) != nil else { return nil }
        var missing: [Int] = []
        for index in 0..<(name.words.count - 1) {
            let (word, lower) = (name.words[index], name.lowerWords[index])
            // Titles before a name are no given names (`Председатель Банка России
            // Эльвира Набиуллина` → `Russian Central Bank head Elvira Nabiullina`).
            guard lower.count >= 3, !Self.isPatronymic(lower), word.first?.isUppercase == true, !isCommonWord(lower) else { continue }
            let rendered = memo[lower] ?? isRendered(word: word, lower: lower, in: candidates, budget: &budget)
            memo[lower] = rendered
            if !rendered { missing.append(index) }
        }
        guard !missing.isEmpty else { return nil }
        return Name(text: missing.map { name.words[$0] }.joined(separator: " "), ascii: missing.map { name.ascii[$0] },
                    words: missing.map { name.words[$0] }, lowerWords: missing.map { name.lowerWords[$0] },
                    neighbours: name.neighbours)
    }

    private func isRendered(word: String, lower: String, in candidates: NameCandidates, budget: inout Int) -> Bool {
        if candidates.matches(keys(of: lower), budget: &budget) { return true }
        if let letters = NameRenderings.acronymCore(word) {
            if cyrillicSource, let forms = Exonyms.russianAcronyms[letters] {
                for form in forms {
                    if NameRenderings.isAcronym(form) {
                        // `AIDS` also as `Aids`, `NATO` as `Nato` (but `WHO` not as `who`).
                        if candidates.capitals.contains(form) || (form.count >= 4 && candidates.words.contains(form.lowercased())) { return true }
                    } else if candidates.containsPhrase(form) {
                        return true
                    }
                }
            }
            if candidates.capitals.contains(where: { NameRenderings.acronymMatches(source: letters, target: $0, anyOrder: true) }) { return true }
        }
        if cyrillicSource && Exonyms.englishPrefixes(of: lower).contains(where: candidates.containsPrefix) { return true }
        return translated(lower).contains(where: candidates.containsPhrase)
    }

    /// Where `name` is rendered in `document`: by a spelling of a word (rule 1), an acronym in
    /// capitals (rule 2) or a place or given name of the exonym table (rule 3). A word the
    /// dictionary translates is a common word (`Университета`, `Ассамблеи`) whose rendering
    /// elsewhere says nothing, and is not looked for; nor are dictionary translations or the
    /// exonym table's common words (`White`, `North`).
    private func renderedElsewhere(_ name: Name, in document: NameDocumentIndex) -> String? {
        guard document.count > 0 else { return nil }
        // A person's name is looked for by the surname: another `Sergey` says nothing of `Сергей Никитенко`.
        let words = surname(of: name).map { [($0.word, $0.lower)] } ?? Array(zip(name.words, name.lowerWords))
        for (word, lower) in words {
            if let letters = NameRenderings.acronymCore(word) {
                for form in cyrillicSource ? Exonyms.russianAcronyms[letters] ?? [] : [] where NameRenderings.isAcronym(form) {
                    if let found = document.findCapitals(length: form.count, where: { $0 == form }) { return found }
                }
                let length = letters.filter { $0 != "Ъ" && $0 != "Ь" }.count
                if let found = document.findCapitals(length: length, where: { NameRenderings.acronymSounds(source: letters, target: $0) }) {
                    return found
                }
                if let found = document.findCapitals(length: length, where: { $0 == letters }) { return found }
                continue
            }
            guard translated(lower).isEmpty else { continue }
            if let found = document.find(keys(of: lower)) { return found }
            guard cyrillicSource else { continue }
            for prefix in Exonyms.englishPrefixes(of: lower, namesOnly: true) {
                if let found = document.findLower(prefix: prefix) { return found }
            }
        }
        return nil
    }

    /// What the source units say, for finding the counterparts of target names.
    private struct SourceContext {
        /// All the source words.
        let candidates: NameCandidates
        /// Dictionary translations, acronym expansions and built-in exonyms of the source words
        /// (lower-case English words).
        let translationWords: Set<String>
        /// Built-in exonym prefixes of the source words.
        let prefixes: [String]
        /// The source words in capitals.
        let acronyms: [String]
    }

    /// What the source `tokens` say.
    private func sourceContext(_ tokens: [Token]) -> SourceContext {
        var keys: [NameKeys] = []
        var words = Set<String>()
        var prefixes: [String] = []
        var acronyms: [String] = []
        var seen = Set<String>()
        do {
            for token in tokens where token.kind == .word {
                if let letters = NameRenderings.acronymCore(token.text) {
                    acronyms.append(letters)
                    if cyrillicSource {
                        for form in Exonyms.russianAcronyms[letters] ?? [] {
                            for word in NameRenderings.phraseWords(form) { words.insert(word) }
                        }
                    }
                }
                guard seen.insert(token.lower).inserted else { continue }
                // Spellings only for words that may be names (capitalised, or with a capital):
                // they are the costly part, and a lower-case word renders a name through the
                // dictionary or the exonym stems below.
                if token.text.contains(where: \.isUppercase) { keys.append(self.keys(of: token.lower)) }
                if cyrillicSource { prefixes += Exonyms.englishPrefixes(of: token.lower) }
                for translation in translated(token.lower) {
                    for word in NameRenderings.phraseWords(translation) { words.insert(word) }
                }
            }
        }
        return SourceContext(candidates: NameCandidates(keys: keys, lowerWords: [], capitals: []),
                             translationWords: words, prefixes: prefixes, acronyms: acronyms)
    }

    /// Whether some word of the target name `run` has a counterpart among the source words.
    private func hasCounterpart(_ run: [Token], in context: SourceContext, budget: inout Int) -> Bool {
        run.contains { token in
            let lower = token.lower
            if context.candidates.matches(keys(of: lower), budget: &budget) { return true }
            if NameRenderings.englishForms(lower).contains(where: context.translationWords.contains) { return true }
            if context.prefixes.contains(where: { lower.hasPrefix($0) }) { return true }
            let letters = NameRenderings.capitals(token.text)
            if NameRenderings.isAcronym(letters),
               context.acronyms.contains(where: { $0 == letters || NameRenderings.acronymMatches(source: $0, target: letters, anyOrder: true) }) {
                return true
            }
            return false
        }
    }

    /// Whether the source `name` and the target name `other` look alike by a looser measure than
    /// matching (a primary spelling within half its length, or consonant skeletons within one).
    private func looselyAlike(_ name: Name, _ other: [Token]) -> Bool {
        looselyAlike(words: name.lowerWords, other)
    }

    /// ``looselyAlike(_:_:)`` for some lower-case words of a name.
    private func looselyAlike(words: [String], _ other: [Token]) -> Bool {
        let otherWords = other.map { keys(of: $0.lower) }
        for lower in words {
            let mine = keys(of: lower)
            for theirs in otherWords {
                for a in mine.primary where a.count >= 4 {
                    for b in theirs.primary where b.count >= 4 {
                        let limit = max(a.count, b.count) / 2
                        // Within half the longer, less one; or half with the same first letter
                        // (`dati` ~ `duthie`, `dastya` ~ `dusty`).
                        let allowed = a.first == b.first ? limit : limit - 1
                        if EditDistance.levenshtein(a, b, limit: limit) <= allowed { return true }
                        let (sa, sb) = (NameRenderings.skeleton(a), NameRenderings.skeleton(b))
                        if sa.count >= 3 && sb.count >= 3 && sa.first == sb.first && EditDistance.levenshtein(sa, sb, limit: 1) <= 1 { return true }
                    }
                }
            }
        }
        return false
    }

    /// The stem of `name` and a few of its renderings, for a report.
    private func renderings(of name: Name) -> (String, [String]) {
        let keyList = name.lowerWords.map { keys(of: $0) }
        func recase(_ stem: String, like word: String) -> String {
            if NameRenderings.isAcronym(word) { return stem.uppercased() }
            guard word.first?.isUppercase == true, let first = stem.first else { return stem }
            return first.uppercased() + stem.dropFirst()
        }
        let stem = zip(keyList, name.words).map { recase($0.stem, like: $1) }.joined(separator: " ")
        var renderings: [String] = []
        let variants = keyList.map(\.display.count).max() ?? 0
        for variant in 0..<min(variants, 4) {
            let spelling = keyList.compactMap { $0.display.isEmpty ? nil : $0.display[min(variant, $0.display.count - 1)] }
                .joined(separator: " ")
            if !spelling.isEmpty && !renderings.contains(spelling) { renderings.append(spelling) }
        }
        var extra: [String] = []
        for (word, lower) in zip(name.words, name.lowerWords) {
            if cyrillicSource {
                extra += NameRenderings.acronymCore(word).flatMap { Exonyms.russianAcronyms[$0] } ?? []
                extra += Exonyms.englishPrefixes(of: lower)
            }
            extra += translated(lower)
        }
        for form in extra where !renderings.contains(form) && renderings.count < 7 { renderings.append(form) }
        return (stem, renderings)
    }

    // MARK: Comparison forms

    private var keysCache: [String: NameKeys] = [:]

    /// The comparison forms of the lower-case word `lower`, cached.
    func keys(of lower: String) -> NameKeys {
        if let cached = keysCache[lower] { return cached }
        let result = makeKeys(lower)
        if keysCache.count < 100_000 { keysCache[lower] = result }
        return result
    }

    private var plainKeysCache: [String: NameKeys] = [:]

    /// The comparison forms of a target word written in lower case (`NameCandidates` compares it by
    /// a form in common only): for an ASCII word, its folded English form (and, in German, without
    /// a genitive `s`), no transcription into Cyrillic; other words get ``keys(of:)``. Cached.
    func plainKeys(of lower: String) -> NameKeys {
        if let full = keysCache[lower] { return full }
        if let cached = plainKeysCache[lower] { return cached }
        guard lower.utf8.allSatisfy({ $0 < 0x80 }) else { return keys(of: lower) }
        let base = NameRenderings.englishForms(lower)[0]
        var latin: [String] = []
        for form in german && base.count > 4 && base.hasSuffix("s") ? [base, String(base.dropLast())] : [base] {
            let folded = NameRenderings.fold(form)
            if !folded.isEmpty && !latin.contains(folded) { latin.append(folded) }
        }
        let result = NameKeys(latin: latin, primary: latin, cyrillic: [], stem: base, display: [base])
        if plainKeysCache.count < 100_000 { plainKeysCache[lower] = result }
        return result
    }

    private func makeKeys(_ lower: String) -> NameKeys {
        if NameRenderings.isCyrillic(lower) { return cyrillicKeys(lower) }
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return latinKeys([lower]) }
        var spellings = [transliterate(anyLatin, lower)]
        if lower.contains(where: { "äöüß".contains($0) }) {
            let expanded = lower.replacingOccurrences(["ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"])
            spellings.append(transliterate(anyLatin, expanded))
        }
        return latinKeys(spellings)
    }

    private func latinKeys(_ spellings: [String]) -> NameKeys {
        var latin: [String] = []
        var cyrillic: [String] = []
        var display: [String] = []
        for spelling in spellings {
            let base = NameRenderings.englishForms(spelling)[0]
            var forms = [base]
            if german && base.count > 4 && base.hasSuffix("s") { forms.append(String(base.dropLast())) }
            for form in forms {
                let folded = NameRenderings.fold(form)
                if !folded.isEmpty && !latin.contains(folded) { latin.append(folded) }
                let transcribed = NameRenderings.cyrillicFold(NameRenderings.cyrillic(fromLatin: form))
                if !transcribed.isEmpty && !cyrillic.contains(transcribed) { cyrillic.append(transcribed) }
            }
            if !display.contains(base) { display.append(base) }
        }
        return NameKeys(latin: latin, primary: latin, cyrillic: cyrillic, stem: display.first ?? "", display: display)
    }

    private func cyrillicKeys(_ lower: String) -> NameKeys {
        let stems = NameRenderings.russianStems(lower)
        let displayStem = stems[stems.count - 1]
        var latin: [String] = []
        var primary: [String] = []
        var cyrillic: [String] = []
        var display: [String] = []
        func add(_ spelling: String, primary isPrimary: Bool) {
            let folded = NameRenderings.fold(spelling)
            guard !folded.isEmpty else { return }
            if !latin.contains(folded) { latin.append(folded) }
            if isPrimary && !primary.contains(folded) { primary.append(folded) }
        }
        for stem in stems {
            let english = NameRenderings.english(stem, ukrainian: ukrainian)
            let alternative = NameRenderings.english(stem, alternative: true, ukrainian: ukrainian)
            let bgn = self.bgn.map { transliterate($0, stem) } ?? english
            let scholarly = NameRenderings.scholarly(stem)
            add(bgn, primary: true)
            add(english, primary: true)
            add(alternative, primary: true)
            if let iso9 { add(transliterate(iso9, stem), primary: false) }
            add(scholarly, primary: false)
            add(NameRenderings.gost(stem), primary: false)
            var germanSpelling: String?
            if german {
                germanSpelling = NameRenderings.german(stem)
                add(germanSpelling!, primary: true)
            }
            let folded = NameRenderings.cyrillicFold(stem)
            if !folded.isEmpty && !cyrillic.contains(folded) { cyrillic.append(folded) }
            if stem == displayStem {
                for spelling in [english, bgn, alternative, germanSpelling, scholarly].compactMap({ $0 }) where !display.contains(spelling) {
                    display.append(spelling)
                }
            }
        }
        return NameKeys(latin: latin, primary: primary, cyrillic: cyrillic, stem: displayStem, display: display)
    }

    /// Dictionary translations of the lower-case source word `lower` and of its guessed dictionary
    /// forms, cached.
    private func translated(_ lower: String) -> [String] {
        guard let translations else { return [] }
        if let cached = translationCache[lower] { return cached }
        let forms = NameRenderings.isCyrillic(lower) ? NameRenderings.russianLemmas(lower) : [lower]
        var result: [String] = []
        for form in forms {
            for translation in translations.translations(of: form) where !result.contains(translation) { result.append(translation) }
        }
        if translationCache.count < 200_000 { translationCache[lower] = result }
        return result
    }

    private var translationCache: [String: [String]] = [:]

    /// Whether the dictionary knows the source word `lower` as a common word written in lower case
    /// only, as written or in a dictionary form guessed by stripping its ending (`палаты` →
    /// `палата`). A word shaped like a Russian surname (`Волкова`, `Кузнецову`) counts only as
    /// written or with its whole `-ов`/`-ин` base: `волк` and `кузнец` are common, the surnames
    /// `Волкова`, `Кузнецову` are names (while `общин` is still `община`).
    private func isCommonWord(_ lower: String) -> Bool {
        guard let translations else { return false }
        if let known = commonWordCache[lower] { return known }
        var common = translations.isCommonWord(lower)
        if !common && NameRenderings.isCyrillic(lower) {
            let base = NameRenderings.russianSurnameBase(lower)
            common = NameRenderings.russianLemmas(lower).dropFirst().contains { lemma in
                lemma.count >= 3 && (base.map(lemma.hasPrefix) ?? true) && translations.isCommonWord(lemma)
            }
        }
        if commonWordCache.count < 200_000 { commonWordCache[lower] = common }
        return common
    }

    private var commonWordCache: [String: Bool] = [:]

    private var asciiCache: [String: String] = [:]

    /// `word` of the source in lower-case ASCII (``Name/ascii``).
    private func ascii(of word: String) -> String {
        if let cached = asciiCache[word] { return cached }
        let transformed = sourceTransliterator?.transform(word) ?? word.lowercased()
        let result = String(transformed.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
        if asciiCache.count < 200_000 { asciiCache[word] = result }
        return result
    }

    /// `word` through `transliterator`, ASCII letters kept.
    private func transliterate(_ transliterator: Transliterator?, _ word: String) -> String {
        let transformed = transliterator?.transform(word) ?? word
        return String(transformed.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init)).lowercased()
    }

    /// Whether `word` is mostly letters of Latin-1's upper half (`Ãðåöèè`): Cyrillic or Greek
    /// bytes read in the wrong code page, no name.
    static func isMojibake(_ word: String) -> Bool {
        let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
        let upperHalf = letters.filter { (0xC0...0xFF).contains($0.value) }
        return letters.count >= 3 && 2 * upperHalf.count > letters.count
    }

    /// Whether a lower-case Russian word is a patronymic in any case (`сергеевна`, `федоровича`, `ильич`).
    static func isPatronymic(_ lower: String) -> Bool {
        lower.count > 5 && ["ович", "евич", "овн", "евн", "ичн", "ьич"].contains { lower.contains($0) }
    }

    /// Whether `lower` is a pronoun capitalised out of politeness or reverence (`Вы`, `Вашу`, `Его`,
    /// `Своем`): no name.
    static func isPolitePronoun(_ lower: String) -> Bool {
        politePronouns.contains(lower)
    }

    /// The pronouns a letter may capitalise, in every case (`Вашингтон` is no `Ваш`).
    private static let politePronouns: Set<String> = {
        var words: Set<String> = ["вы", "вас", "вам", "вами", "он", "его", "ему", "им", "нём", "нем", "него", "нему", "ним",
                                  "тебе", "ты", "тебя", "тобой", "твоё", "своё", "твоём", "своём"]
        let possessiveEndings = ["", "а", "е", "и", "его", "ей", "ему", "им", "ими", "у", "ем", "ею", "их"]
        for stem in ["ваш", "тво", "сво"] {
            for ending in possessiveEndings {
                // `твой`/`свой` take `й` where `ваш` takes nothing.
                let word = stem == "ваш" ? stem + ending : (ending.isEmpty ? stem + "й" : stem + (ending == "а" ? "я" : ending == "у" ? "ю" : ending))
                words.insert(word)
            }
        }
        return words
    }()
}

private extension String {
    /// The string with each character of `replacements` replaced.
    func replacingOccurrences(_ replacements: [Character: String]) -> String {
        var result = ""
        for character in self { if let replacement = replacements[character] { result += replacement } else { result.append(character) } }
        return result
    }
}
