import SverkaICU
import SverkaSegment

/// Finds proper names on the source side of a bead and checks that each has a counterpart on the
/// target side, across scripts: names are transliterated to lower-case ASCII with ICU and matched
/// fuzzily (same first four letters, or a small edit distance), with a short table of exonyms whose
/// English form is no transliteration (Китай → China, Пекин → Beijing, Пхеньян → Pyongyang).
///
/// A source *name* is a run of words that are in capitals (`КИМ ИР СЕНА`, `ПВО`) or capitalised
/// away from the start of a sentence (`Молотову`), other than the polite pronoun (`Вы`, `Вашу`). A
/// name has a counterpart when any of its words does: `КИМ ИР СЕНА` ~ `KIM IL SUNG` through `КИМ`.
///
/// Not thread-safe (ICU objects): one per thread.
public final class NameMatcher {
    /// A name found on the source side.
    public struct Name: Equatable, Sendable {
        /// The name as written.
        public let text: String
        /// Its words in lower-case ASCII.
        public let ascii: [String]
    }

    private let sourceTokenizer: Tokenizer
    private let targetTokenizer: Tokenizer
    private let sourceTransliterator: Transliterator?
    private let targetTransliterator: Transliterator?
    private let sourceLanguage: String
    private let abbreviations: AbbreviationList

    /// A matcher for a `sourceLanguage` → `targetLanguage` pair.
    public init(sourceLanguage: String, targetLanguage: String) throws {
        self.sourceLanguage = sourceLanguage
        abbreviations = AbbreviationList.builtIn(for: sourceLanguage)
        sourceTokenizer = try Tokenizer(language: sourceLanguage)
        targetTokenizer = try Tokenizer(language: targetLanguage)
        sourceTransliterator = try? Transliterator(id: Self.asciiTransform(for: sourceLanguage))
        targetTransliterator = try? Transliterator(id: Self.asciiTransform(for: targetLanguage))
    }

    static func asciiTransform(for language: String) -> String {
        switch LanguageCode.primary(language) {
        case "ru", "be": return "Russian-Latin/BGN; Latin-ASCII; Any-Lower"
        case "uk": return "Ukrainian-Latin/BGN; Latin-ASCII; Any-Lower"
        default: return "Any-Latin; Latin-ASCII; Any-Lower"
        }
    }

    /// The names of `source` that have no counterpart in `target`.
    public func unmatchedNames(source: String, target: String) -> [Name] {
        unmatchedNames(sourceUnits: [source], target: target)
    }

    /// Edit distances tried per call of ``unmatchedNames(sourceUnits:target:)`` before the names
    /// left are taken as matched (see ``NameCandidates``).
    static let editDistanceBudget = 200_000

    /// The names of the source units (each read on its own, so that each starts a sentence) that
    /// have no counterpart in `target`.
    public func unmatchedNames(sourceUnits: [String], target: String) -> [Name] {
        let names = sourceUnits.flatMap { self.names(in: $0) }
        guard !names.isEmpty else { return [] }
        let candidates = NameCandidates(targetCandidates(target))
        var budget = Self.editDistanceBudget
        var found: [String: Bool] = [:]
        var foundPrefix: [String: Bool] = [:]
        return names.filter { name in
            let matched = name.ascii.contains { word in
                if let known = found[word] { return known }
                let result = candidates.matches(word, budget: &budget)
                found[word] = result
                return result
            }
            return !matched && !exonymMatch(name) { prefix in
                if let known = foundPrefix[prefix] { return known }
                let result = candidates.containsPrefix(prefix)
                foundPrefix[prefix] = result
                return result
            }
        }
    }

    /// The names in `text`.
    public func names(in text: String) -> [Name] {
        let tokens = SpacedLetters.joined(sourceTokenizer.tokens(of: text))
        let units = Array(text.utf16)
        // In a unit written mostly in capitals (a heading, a stamp) capitals mark no names.
        let letters = text.filter(\.isLetter)
        let shouting = !letters.isEmpty && Double(letters.filter(\.isUppercase).count) > 0.6 * Double(letters.count)
        var names: [Name] = []
        var current: [Token] = []
        var sentenceStart = true
        func flush() {
            if !current.isEmpty {
                let words = current.map { self.ascii(of: $0.text, source: true) }.filter { !$0.isEmpty }
                if !words.isEmpty {
                    let span = current[0].range.lowerBound..<current[current.count - 1].range.upperBound
                    names.append(Name(text: String(utf16Units: units[span]), ascii: words))
                }
            }
            current = []
        }
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                let letters = token.text.filter(\.isLetter)
                let allCaps = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
                let capitalised = token.text.first?.isUppercase == true
                // `Экз.`, `Отп.`: a short capitalised word with a period is an abbreviation.
                let abbreviation = letters.count <= 4 && position + 1 < tokens.count && tokens[position + 1].text == "."
                    && !allCaps
                if !shouting && !abbreviation && (allCaps || (capitalised && !sentenceStart)) && !Self.isPolitePronoun(token.lower) {
                    current.append(token)
                } else {
                    flush()
                }
                sentenceStart = false
            case .number:
                flush()
                sentenceStart = false
            case .punctuation:
                if token.text == "-" && !current.isEmpty { continue } // КЭ-НУН
                flush()
                // A period after an abbreviation (`тов. Маленкову`) starts no sentence.
                let afterAbbreviation = token.text == "." && position > 0 && abbreviations.always.contains(tokens[position - 1].lower)
                if !afterAbbreviation && [".", "!", "?", "…", ":", "\"", "«", "„", "“", "(", "[", ")"].contains(token.text) {
                    sentenceStart = true
                }
            }
        }
        flush()
        return names
    }

    /// Lower-case ASCII forms of the target's words, and of each pair of neighbouring words joined
    /// (`Shuifens-kaya` → `shuifenskaya`).
    func targetCandidates(_ text: String) -> [String] {
        var cache: [String: String] = [:] // one ICU transliteration per distinct word
        let words = targetTokenizer.tokens(of: text).filter { $0.kind == .word }.map { token in
            if let known = cache[token.text] { return known }
            let form = ascii(of: token.text, source: false)
            cache[token.text] = form
            return form
        }
        var result = words
        for (a, b) in zip(words, words.dropFirst()) { result.append(a + b) }
        return result
    }

    /// Whether two lower-case ASCII words are the same name: equal; or both of four letters or more
    /// with the same first four; or both of six or more with the same first three (romanisations
    /// part after the first syllable: `maotszedun` ~ `maozedong`); or of five or more within an edit
    /// distance of a third of the longer.
    static func matches(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.count >= 4, b.count >= 4 else { return false }
        if a.prefix(4) == b.prefix(4) { return true }
        if a.count >= 6, b.count >= 6, a.prefix(3) == b.prefix(3) { return true }
        guard a.count >= 5 || b.count >= 5 else { return false }
        let limit = max(a.count, b.count) / 3
        return EditDistance.levenshtein(a, b, limit: limit) <= limit
    }

    /// Whether `name` holds a Russian exonym stem one of whose English forms starts a candidate
    /// (`hasCandidate(prefix)`).
    private func exonymMatch(_ name: Name, hasCandidate: (String) -> Bool) -> Bool {
        guard LanguageCode.primary(sourceLanguage) == "ru" else { return false }
        let lowered = name.text.lowercased()
        for (stem, forms) in Exonyms.russianToEnglish where lowered.contains(stem) {
            if forms.contains(where: hasCandidate) { return true }
        }
        return false
    }

    private var asciiCache: [String: String] = [:]

    private func ascii(of word: String, source: Bool) -> String {
        let key = (source ? "s" : "t") + word
        if let cached = asciiCache[key] { return cached }
        let result = uncachedASCII(of: word, source: source)
        if asciiCache.count < 200_000 { asciiCache[key] = result }
        return result
    }

    private func uncachedASCII(of word: String, source: Bool) -> String {
        let transformed = (source ? sourceTransliterator : targetTransliterator)?.transform(word) ?? word.lowercased()
        return String(transformed.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
    }

    static func isPolitePronoun(_ lower: String) -> Bool {
        ["вы", "вас", "вам", "вами"].contains(lower) || lower.hasPrefix("ваш")
    }
}

/// Place names whose usual English form is no transliteration of the Russian, by Russian stem.
enum Exonyms {
    static let russianToEnglish: [(String, [String])] = [
        ("кита", ["china", "chinese"]), ("пекин", ["beijing", "peking", "peiping"]), ("пхеньян", ["pyongyang"]),
        ("москв", ["moscow"]), ("япон", ["japan"]), ("герман", ["german"]), ("сша", ["usa", "us", "united"]),
        ("англ", ["england", "english", "britain", "british"]), ("британ", ["britain", "british"]),
        ("европ", ["europe"]), ("азия", ["asia"]), ("азии", ["asia"]), ("азиат", ["asia"]),
        ("польш", ["poland", "polish"]), ("турц", ["turkey", "turkish"]), ("греци", ["greece", "greek"]),
        ("египет", ["egypt"]), ("египт", ["egypt"]), ("швейцар", ["switzerland", "swiss"]), ("швец", ["sweden", "swedish"]),
        ("норвеги", ["norway", "norwegian"]), ("венгр", ["hungary", "hungarian"]), ("чех", ["czech"]),
        ("румын", ["romania", "rumania", "romanian"]), ("болгар", ["bulgaria"]), ("рим", ["rome", "roman"]),
        ("вен", ["vienna"]), ("варшав", ["warsaw"]), ("нью-йорк", ["new", "york"]), ("гонконг", ["hong", "kong"]),
        ("сеул", ["seoul"]), ("токио", ["tokyo"]), ("вашингтон", ["washington"]), ("голланд", ["holland", "dutch", "netherlands"]),
        ("нидерланд", ["netherlands", "dutch"]), ("итали", ["italy", "italian"]), ("испан", ["spain", "spanish"]),
        ("франц", ["france", "french"]), ("советск", ["soviet"]), ("ссср", ["ussr", "soviet"]),
        ("оон", ["un", "united"]), ("нато", ["nato"]), ("вкп", ["cpsu", "party"]), ("кпсс", ["cpsu", "party"]),
        ("ввс", ["vvs", "air"]), ("пво", ["pvo", "air"]),
    ]
}
