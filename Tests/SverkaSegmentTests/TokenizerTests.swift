import Testing
@testable import SverkaSegment

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("Words, numbers and punctuation; white space dropped")
    func kinds() throws {
        let tokens = try Tokenizer(language: "ru").tokens(of: "Необходимо усилить ПВО города Пхеньяна, по крайней мере, на 10 полков.")
        #expect(tokens.map(\.text) == ["Необходимо", "усилить", "ПВО", "города", "Пхеньяна", ",", "по", "крайней", "мере", ",",
                                       "на", "10", "полков", "."])
        #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["10"])
        #expect(tokens.filter { $0.kind == .punctuation }.map(\.text) == [",", ",", "."])
        #expect(tokens.filter { $0.kind == .word }.count == 10)
    }

    @Test("ICU lower-cases words for the language: ПВО → пво")
    func lowercase() throws {
        let tokens = try Tokenizer(language: "ru").tokens(of: "ПВО ВВС КИМ ИР СЕН")
        #expect(tokens.map(\.lower) == ["пво", "ввс", "ким", "ир", "сен"])
        #expect(tokens.allSatisfy { $0.kind == .word })
    }

    @Test("Basic Cyrillic capitals, Ѐ to Я, lower-case as ICU does, mixed with Latin and beyond the block")
    func cyrillicLowercase() throws {
        let tokens = try Tokenizer(language: "uk").tokens(of: "ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ АБВЮЯ Ёлка TASS-Москва ѢТЬ")
        #expect(tokens.filter { $0.kind == .word }.map(\.lower)
                == ["ѐёђѓєѕіїјљњћќѝўџ", "абвюя", "ёлка", "tass", "москва", "ѣть"])
    }

    @Test("Numbers with separators stay whole; times, dates and numbers are not lower-cased", arguments: [
        ("3.00", Token.Kind.number), ("21.00", .number), ("1,000", .number), ("2084", .number), ("18.7.52", .number),
        ("КЭ-НУН", .word), ("Ри", .word), ("ВКП", .word), ("№", .punctuation), ("—", .punctuation), ("„", .punctuation),
    ])
    func single(text: String, kind: Token.Kind) throws {
        let tokens = try Tokenizer(language: "ru").tokens(of: text)
        // КЭ-НУН: ICU splits at the hyphen, so look at the first token only.
        let first = try #require(tokens.first)
        #expect(first.kind == kind)
        if kind != .word { #expect(first.lower == first.text) }
        if text != "КЭ-НУН" { #expect(first.text == text) }
    }

    @Test("English: apostrophes stay inside words, and the case is folded")
    func english() throws {
        let tokens = try Tokenizer(language: "en").tokens(of: "The enemy's proposal; MAO ZEDONG, 3:00.")
        #expect(tokens.map(\.text) == ["The", "enemy's", "proposal", ";", "MAO", "ZEDONG", ",", "3", ":", "00", "."])
        #expect(tokens.map(\.lower).prefix(6) == ["the", "enemy's", "proposal", ";", "mao", "zedong"])
    }

    @Test("Lower-casing follows the tokenizer's locale: İstanbul in Turkish and English")
    func turkish() throws {
        let turkish = try Tokenizer(language: "tr").tokens(of: "İstanbul ISPARTA")
        #expect(turkish.map(\.lower) == ["istanbul", "ısparta"])
        let english = try Tokenizer(language: "en").tokens(of: "İstanbul ISPARTA")
        #expect(english.map(\.lower) == ["i\u{307}stanbul", "isparta"])
    }

    @Test("Ranges are UTF-16 offsets into the text")
    func ranges() throws {
        let text = "𝔸 Сталину 72"
        let units = Array(text.utf16)
        let tokens = try Tokenizer(language: "ru").tokens(of: text)
        for token in tokens {
            #expect(String(decoding: units[token.range], as: UTF16.self) == token.text)
        }
        #expect(tokens.last?.range == (units.count - 2)..<units.count)
    }

    @Test("Empty and white-space text give no tokens", arguments: ["", "   ", "\n\t\u{A0}"])
    func empty(text: String) throws {
        #expect(try Tokenizer(language: "ru").tokens(of: text).isEmpty)
    }
}
