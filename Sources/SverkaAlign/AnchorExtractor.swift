import SverkaICU
import SverkaSegment

/// Finds the anchors of a unit of text in one language: normalised numbers (`3.00` ~ `3:00`,
/// `14-го` ~ `14`, `1952г.` ~ `1952`), word prefixes after ICU transliteration to lower-case
/// ASCII (`Сталину` → `stal`, matching `Stalin`), acronyms, list markers and final punctuation.
///
/// Not thread-safe (it owns ICU objects and a cache): one per thread.
public final class AnchorExtractor {
    /// The language of the text.
    public let language: String
    private let tokenizer: Tokenizer
    private let transliterator: Transliterator?
    private var cache: [String: String] = [:]
    private var wordAnchors: [String: (String, AnchorVocabulary.Kind)?] = [:]

    /// Letters of list markers in alphabet order, per script (Cyrillic lists skip ё and й).
    static let cyrillicListLetters = Array("абвгдежзиклмнопрстуфхцчшщэюя")
    static let latinListLetters = Array("abcdefghijklmnopqrstuvwxyz")

    /// An extractor for `language` (an ICU locale id).
    public init(language: String) throws {
        self.language = language
        self.tokenizer = try Tokenizer(language: language)
        self.transliterator = try? Transliterator(id: Self.transliteratorID(for: language))
    }

    /// The ICU transform that maps words of `language` to lower-case ASCII.
    static func transliteratorID(for language: String) -> String {
        switch LanguageCode.primary(language) {
        case "ru", "be": return "Russian-Latin/BGN; Latin-ASCII; Any-Lower"
        case "uk": return "Ukrainian-Latin/BGN; Latin-ASCII; Any-Lower"
        default: return "Any-Latin; Latin-ASCII; Any-Lower"
        }
    }

    /// The anchors of `text`, as ids in `vocabulary` (sorted; a repeated anchor repeats).
    public func anchors(of text: String, vocabulary: inout AnchorVocabulary) -> [Int32] {
        let tokens = SpacedLetters.joined(tokenizer.tokens(of: text))
        var ids: [Int32] = []
        for token in tokens {
            if token.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                appendNumbers(in: token.text, to: &ids, vocabulary: &vocabulary)
            }
            guard token.kind == .word, let (key, kind) = wordAnchor(token) else { continue }
            ids.append(vocabulary.id(for: key, kind: kind))
        }
        if let marker = listMarker(tokens) {
            ids.append(vocabulary.id(for: "m:" + marker, kind: .listMarker))
        }
        if let last = tokens.last, last.kind == .punctuation, ["?", "!", ":"].contains(last.text) {
            ids.append(vocabulary.id(for: "p:" + last.text, kind: .punctuation))
        }
        ids.sort()
        return ids
    }

    /// The first four letters of a lower-case ASCII word after folding spellings that differ between
    /// orthographies and transliterations (`c`/`q` → `k`, `ph` → `f`, `w` → `v`, `x` → `ks`,
    /// `y`/`j` → `i`), so `activate` meets `aktivizatsiyu`, `Kanton` meets `canton`.
    static func cognateKey(_ ascii: String) -> String {
        var folded = ""
        var previous: Character?
        for character in ascii {
            switch character {
            case "c", "q": folded.append("k")
            case "w": folded.append("v")
            case "x": folded += "ks"
            case "y", "j": folded.append("i")
            case "h" where previous == "p": folded.removeLast(); folded.append("f")
            default: folded.append(character)
            }
            previous = character
            if folded.count >= 4 { break }
        }
        return String(folded.prefix(4))
    }

    /// Each maximal run of digits in `text`, leading zeros dropped (`3.00` → 3, 0).
    private func appendNumbers(in text: String, to ids: inout [Int32], vocabulary: inout AnchorVocabulary) {
        var run = ""
        func flush() {
            guard !run.isEmpty else { return }
            let trimmed = run.drop(while: { $0 == "0" })
            let value = trimmed.isEmpty ? "0" : String(trimmed)
            ids.append(vocabulary.id(for: "n:" + value, kind: value.count >= 3 ? .longNumber : .shortNumber))
            run = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                run.append(character)
            } else {
                flush()
            }
        }
        flush()
    }

    /// A list marker at the start: `1.`/`1)` → `n1`, `а)`/`a)` → `l0` (alphabet position).
    private func listMarker(_ tokens: [Token]) -> String? {
        guard tokens.count >= 2, tokens[1].text == "." || tokens[1].text == ")" else { return nil }
        let first = tokens[0]
        if first.kind == .number, first.text.count <= 3, first.text.allSatisfy(\.isNumber) { return "n" + first.text }
        guard first.kind == .word, first.lower.count == 1, let letter = first.lower.first, tokens[1].text == ")" else { return nil }
        if let position = Self.cyrillicListLetters.firstIndex(of: letter) ?? Self.latinListLetters.firstIndex(of: letter) {
            return "l\(position)"
        }
        return nil
    }

    /// The anchor key and kind of a word token (an acronym or a word prefix), nil when it has
    /// none; cached by the word as written, since words repeat and each new one costs an ICU
    /// transliteration.
    private func wordAnchor(_ token: Token) -> (String, AnchorVocabulary.Kind)? {
        if let known = wordAnchors[token.text] { return known }
        var anchor: (String, AnchorVocabulary.Kind)?
        let ascii = asciiForm(of: token.lower)
        if !ascii.isEmpty {
            let letters = token.text.filter(\.isLetter)
            if letters.count >= 2 && letters.count <= 4 && letters.allSatisfy(\.isUppercase) {
                anchor = ("a:" + ascii, .acronym)
            } else if ascii.count >= 4 {
                anchor = ("w:" + Self.cognateKey(ascii), .wordPrefix)
            }
        }
        if wordAnchors.count < 200_000 { wordAnchors.updateValue(anchor, forKey: token.text) }
        return anchor
    }

    /// `word` transliterated to lower-case ASCII letters (other characters dropped), cached.
    private func asciiForm(of word: String) -> String {
        if let cached = cache[word] { return cached }
        let transformed: String
        if word.unicodeScalars.allSatisfy({ $0.isASCII }) {
            transformed = word
        } else {
            transformed = transliterator?.transform(word) ?? word
        }
        let letters = String(transformed.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
        if cache.count < 200_000 { cache[word] = letters }
        return letters
    }
}
