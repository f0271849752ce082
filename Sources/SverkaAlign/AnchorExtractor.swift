import SverkaICU
import SverkaSegment

/// Finds the anchors of a unit of text in one language: normalised numbers (`3.00` ~ `3:00`,
/// `14-го` ~ `14`, `1952г.` ~ `1952`), word prefixes after ICU transliteration to lower-case
/// ASCII (`Сталину` → `stal`, matching `Stalin`), acronyms, list markers and final punctuation.
///
/// Not thread-safe (it owns ICU objects and a cache): one per thread.
package final class AnchorExtractor {
    /// The language of the text.
    package let language: String
    /// The words read so far, numbered: a unit's words are recorded by their ids.
    package let words: WordIndex
    var tokenizer: Tokenizer { words.tokenizer }
    /// Words in lower-case ASCII, for word anchors.
    private let asciiForms: AsciiForms
    /// The anchor of each word of `words` (by id) worked out so far.
    private var wordAnchors: [(String, AnchorVocabulary.Kind)?] = []

    /// Letters of list markers in alphabet order, per script (Cyrillic lists skip ё and й).
    static let cyrillicListLetters = Array("абвгдежзиклмнопрстуфхцчшщэюя")
    static let latinListLetters = Array("abcdefghijklmnopqrstuvwxyz")

    /// An extractor for `language` (an ICU locale id).
    package init(language: String) throws {
        self.language = language
        self.words = WordIndex(tokenizer: try Tokenizer(language: language))
        self.asciiForms = AsciiForms(language: language)
    }

    /// The anchors of `text`, as ids in `vocabulary` (sorted; a repeated anchor repeats).
    package func anchors(of text: String, vocabulary: inout AnchorVocabulary) -> [Int32] {
        var found: [Int32] = []
        var noCache: [Int32] = []
        return anchors(of: text, vocabulary: &vocabulary, words: &found, anchorIDs: &noCache, caches: false)
    }

    /// Reads consecutive units: their features (lengths, anchors as ids in a vocabulary of their
    /// own) and their words (ids in ``words``). Each distinct word's anchor id is found once.
    func read<S: Sequence>(_ texts: S) -> (features: UnitFeatures, vocabulary: AnchorVocabulary, words: UnitWords.Piece)
    where S.Element == String {
        var vocabulary = AnchorVocabulary()
        var features = UnitFeatures()
        var wordStarts = [0]
        var wordIDs: [Int32] = []
        var anchorIDs: [Int32] = []
        for text in texts {
            let anchors = anchors(of: text, vocabulary: &vocabulary, words: &wordIDs, anchorIDs: &anchorIDs, caches: true)
            features.append(length: UnitFeatures.length(of: text), anchors: anchors)
            wordStarts.append(wordIDs.count)
        }
        return (features, vocabulary, UnitWords.Piece(lowerForms: words.lowerForms, wordStarts: wordStarts, wordIDs: wordIDs))
    }

    /// Marks a word whose anchor id is not known yet in the `anchorIDs` of ``anchors(of:vocabulary:words:anchorIDs:caches:)``.
    private static let unknownAnchor: Int32 = -2

    /// The anchors of `text`, as ids in `vocabulary` (sorted; a repeated anchor repeats), with the
    /// ids in ``words`` of its word tokens appended to `found` in text order. With `caches`,
    /// `anchorIDs` keeps each word's anchor id in `vocabulary` (−1: none), to be used with that
    /// vocabulary only.
    ///
    /// Words are looked up by their UTF-16 code units, so a word seen before costs no string; the
    /// few texts with letter-spaced names (three or more one-letter words in a row) take the
    /// token-by-token path that joins them for the anchors (their words are recorded as written).
    private func anchors(of text: String, vocabulary: inout AnchorVocabulary, words found: inout [Int32],
                         anchorIDs: inout [Int32], caches: Bool) -> [Int32] {
        let units = [UInt16](utf16Of: text)
        let spans = tokenizer.spans(of: units)
        if Self.mayHaveSpacedLetters(spans, units) {
            for span in spans where span.kind == .word { found.append(words.id(of: span, in: units)) }
            return anchors(ofTokens: SpacedLetters.joined(spans.map { tokenizer.token($0, in: units) }), vocabulary: &vocabulary)
        }
        var ids: [Int32] = []
        for span in spans {
            let slice = units[span.range]
            if slice.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                appendNumbers(in: String(utf16Units: slice), to: &ids, vocabulary: &vocabulary)
            }
            guard span.kind == .word else { continue }
            let word = words.id(of: span, in: units)
            found.append(word)
            if caches {
                while anchorIDs.count <= Int(word) { anchorIDs.append(Self.unknownAnchor) }
                if anchorIDs[Int(word)] == Self.unknownAnchor {
                    anchorIDs[Int(word)] = anchor(ofWord: word).map { vocabulary.id(for: $0.0, kind: $0.1) } ?? -1
                }
                if anchorIDs[Int(word)] >= 0 { ids.append(anchorIDs[Int(word)]) }
            } else if let (key, kind) = anchor(ofWord: word) {
                ids.append(vocabulary.id(for: key, kind: kind))
            }
        }
        // A list marker needs "." or ")" second; final punctuation is "?", "!" or ":" (one unit
        // each): only then are the tokens made.
        if spans.count >= 2, spans[1].range.count == 1, [0x2E, 0x29].contains(units[spans[1].range.lowerBound]),
           let marker = listMarker([tokenizer.token(spans[0], in: units), tokenizer.token(spans[1], in: units)]) {
            ids.append(vocabulary.id(for: "m:" + marker, kind: .listMarker))
        }
        if let last = spans.last, last.kind == .punctuation, last.range.count == 1,
           [0x3F, 0x21, 0x3A].contains(units[last.range.lowerBound]) {
            appendFinalPunctuation(tokenizer.token(last, in: units), to: &ids, vocabulary: &vocabulary)
        }
        ids.sort()
        return ids
    }

    /// The anchor of word `id` of ``words`` (worked out once per word).
    private func anchor(ofWord id: Int32) -> (String, AnchorVocabulary.Kind)? {
        while wordAnchors.count <= Int(id) {
            wordAnchors.append(wordAnchor(words.token(Int32(wordAnchors.count))))
        }
        return wordAnchors[Int(id)]
    }

    /// The anchors of already made tokens: the token-by-token path, which the fast path must
    /// agree with.
    func anchors(ofTokens tokens: [Token], vocabulary: inout AnchorVocabulary) -> [Int32] {
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
        if let last = tokens.last, last.kind == .punctuation {
            appendFinalPunctuation(last, to: &ids, vocabulary: &vocabulary)
        }
        ids.sort()
        return ids
    }

    private func appendFinalPunctuation(_ last: Token, to ids: inout [Int32], vocabulary: inout AnchorVocabulary) {
        if ["?", "!", ":"].contains(last.text) {
            ids.append(vocabulary.id(for: "p:" + last.text, kind: .punctuation))
        }
    }

    /// Whether ``SpacedLetters`` could join anything here: three or more short words (at most
    /// two code units) in a row, hyphens allowed between. A superset of the runs it joins.
    static func mayHaveSpacedLetters(_ spans: [TokenSpan], _ units: [UInt16]) -> Bool {
        var run = 0
        for span in spans {
            if span.kind == .word && span.range.count <= 2 {
                run += 1
                if run >= 3 { return true }
            } else if !(span.range.count == 1 && units[span.range.lowerBound] == 0x2D && run > 0) {
                run = 0
            }
        }
        return false
    }

    /// Characters of a word that are transliterated.
    static let transliteratedPrefix = 8

    /// The first four letters of a lower-case ASCII word after folding spellings that differ between
    /// orthographies and transliterations (`c`/`q` → `k`, `ph` → `f`, `w` → `v`, `x` → `ks`,
    /// `y`/`j` → `i`), so `activate` meets `aktivizatsiyu`, `Kanton` meets `canton`.
    static func cognateKey(_ ascii: String) -> String {
        var folded: [UInt8] = []
        var previous: UInt8 = 0
        for letter in ascii.utf8 {
            switch letter {
            case UInt8(ascii: "c"), UInt8(ascii: "q"): folded.append(UInt8(ascii: "k"))
            case UInt8(ascii: "w"): folded.append(UInt8(ascii: "v"))
            case UInt8(ascii: "x"): folded += [UInt8(ascii: "k"), UInt8(ascii: "s")]
            case UInt8(ascii: "y"), UInt8(ascii: "j"): folded.append(UInt8(ascii: "i"))
            case UInt8(ascii: "h") where previous == UInt8(ascii: "p"): folded[folded.count - 1] = UInt8(ascii: "f")
            default: folded.append(letter)
            }
            previous = letter
            if folded.count >= 4 { break }
        }
        return String(decoding: folded.prefix(4), as: UTF8.self)
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
    /// none.
    private func wordAnchor(_ token: Token) -> (String, AnchorVocabulary.Kind)? {
        if let simple = simpleWordAnchor(token) { return simple }
        var anchor: (String, AnchorVocabulary.Kind)?
        // Only the first letters matter (a prefix of four, an acronym of at most four): the
        // first eight characters transliterate to the same start, and share a cache entry with
        // every other form of the word.
        let ascii = asciiForms.form(of: token.lower.count > Self.transliteratedPrefix
                                    ? String(token.lower.prefix(Self.transliteratedPrefix)) : token.lower)
        if !ascii.isEmpty {
            let letters = token.text.filter(\.isLetter)
            if letters.count >= 2 && letters.count <= 4 && letters.allSatisfy(\.isUppercase) {
                anchor = ("a:" + ascii, .acronym)
            } else if ascii.count >= 4 {
                anchor = ("w:" + Self.cognateKey(ascii), .wordPrefix)
            }
        }
        return anchor
    }

    /// ``wordAnchor(_:)`` read from the code units of a word whose text and lower-case form are
    /// all ASCII or basic Cyrillic (U+0400–U+045F), where every code unit is one character and its
    /// letters and capitals are known by range, without making characters; nil for other words
    /// (`.some(nil)`: a simple word without an anchor).
    private func simpleWordAnchor(_ token: Token) -> (String, AnchorVocabulary.Kind)?? {
        var letters = 0
        var capitals = 0
        for unit in token.text.utf16 {
            switch unit {
            case 0x41...0x5A, 0x400...0x42F: letters += 1; capitals += 1
            case 0x61...0x7A, 0x430...0x45F: letters += 1
            case 0..<0x80: continue
            default: return nil
            }
        }
        var prefix: [UInt16] = []
        for unit in token.lower.utf16 {
            guard unit < 0x80 || (0x400...0x45F).contains(unit) else { return nil }
            if prefix.count < Self.transliteratedPrefix { prefix.append(unit) }
        }
        let lower = prefix.count < Self.transliteratedPrefix ? token.lower : String(utf16Units: prefix[...])
        let ascii = asciiForms.form(of: lower)
        guard !ascii.isEmpty else { return .some(nil) }
        if letters >= 2 && letters <= 4 && capitals == letters { return ("a:" + ascii, .acronym) }
        if ascii.utf8.count >= 4 { return ("w:" + Self.cognateKey(ascii), .wordPrefix) }
        return .some(nil)
    }
}

/// A word's UTF-16 code units as a dictionary key, hashed and compared as raw bytes (a `String`
/// key would be normalised for every lookup). Look up with a slice of the text's units; store a
/// copy (`CodeUnits(Array(slice)[...])`) so that the key does not keep the whole text alive.
package struct CodeUnits: Hashable {
    /// The units.
    package let units: ArraySlice<UInt16>

    /// A key over `units`.
    package init(_ units: ArraySlice<UInt16>) {
        self.units = units
    }

    package static func == (a: CodeUnits, b: CodeUnits) -> Bool {
        a.units.count == b.units.count && a.units.elementsEqual(b.units)
    }

    package func hash(into hasher: inout Hasher) {
        units.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
