/// The spellings a name can take across scripts, and the normal forms they are compared in: pure
/// string work, no ICU (the ICU romanisations, BGN/PCGN and ISO 9, are made by ``NameMatcher``).
///
/// A Russian name is compared through its *stems* (the word with a case ending stripped:
/// `Уэлбеком` → `уэлбек`), each romanised several ways: the common English press practice
/// (``english(_:alternative:ukrainian:)``), a scholarly transliteration, a GOST 7.79-B-like one and,
/// for German texts, the Duden practice. Every Latin spelling, on either side, is then *folded*
/// (``fold(_:)``) so that spelling conventions that say the same sound meet (`Welbeck` and
/// `welbek` → `velbek`, `McEnany` → `makenani`, `Deepak` and `dipak` → `dipak`, `Yury`, `Yuriy` and
/// `Iurii` → `iuri`). The reverse direction is a rough English-to-Russian transcription
/// (``cyrillic(fromLatin:)``) compared with the Russian stems in ``cyrillicFold(_:)`` form.
enum NameRenderings {
    // MARK: Russian case endings

    /// Inflectional endings of Russian nouns, adjectives and surnames, longest first. `-ов`, `-ев`,
    /// `-ин` are absent on purpose: they end surnames in the nominative (`Молотов`), and `-о` ends
    /// indeclinable words.
    static let russianEndings: [String] = [
        "ского", "скому", "скими", "ской", "ская", "скую", "ские", "ских", "ским", "ском",
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией",
        "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им",
        "ом", "ем", "ём", "ам", "ям", "ах", "ях", "ии", "ию", "ия", "ью", "ьи", "ья", "ье",
        "а", "я", "у", "ю", "е", "ы", "и",
    ]

    /// `word` (lower case) and its stems: the word with each ending of ``russianEndings`` that it
    /// carries stripped, as long as three letters or more remain, and for a short word the
    /// nominative in `-а`/`-я` (`Олей` → `оля`). `уэлбеком` → `[уэлбеком, уэлбек]`, `испании` →
    /// `[испании, испан, испани]`, `макинани` → `[макинани, макинан]`.
    static func russianStems(_ word: String) -> [String] {
        var result = [word]
        let length = word.count
        for ending in russianEndings where word.hasSuffix(ending) && length - ending.count >= 3 {
            let stem = String(word.dropLast(ending.count))
            if !result.contains(stem) { result.append(stem) }
        }
        // Short names in an oblique case get their nominative back: `Олей` → `оля`, `Анной` → `анна`.
        if length <= 6 {
            for ending in ["ой", "ей", "ою", "ею", "у", "ю", "е", "ы", "и"] where word.hasSuffix(ending) && length - ending.count >= 2 {
                let stem = word.dropLast(ending.count)
                guard let last = stem.last, !cyrillicVowels.contains(last), last != "ь", last != "й" else { continue }
                for nominative in [stem + "а", stem + "я"].map(String.init) where nominative != word && !result.contains(nominative) {
                    result.append(nominative)
                }
            }
        }
        return result
    }

    /// Dictionary forms to try for `word` (lower case): the word, its stems, and each stem with the
    /// usual nominative endings (`испании` → `испания`, `белом` → `белый`, `доме` → `дом`).
    /// The lower-case Russian `word` up to its surname suffix, when it has the shape of a surname in
    /// some case: `-ов`, `-ев`, `-ёв`, `-ин`, `-ын` with or without a case ending (`волкова` →
    /// `волков`, `пушкиным` → `пушкин`); nil otherwise.
    static func russianSurnameBase(_ word: String) -> String? {
        for ending in ["ыми", "ым", "ом", "ой", "ых", "а", "у", "е", "ы", ""] where word.hasSuffix(ending) {
            let base = word.dropLast(ending.count)
            if base.count >= 4 && ["ов", "ев", "ёв", "ин", "ын"].contains(where: { base.hasSuffix($0) }) { return String(base) }
        }
        return nil
    }

    static func russianLemmas(_ word: String) -> [String] {
        var result: [String] = []
        func add(_ form: String) { if !result.contains(form) { result.append(form) } }
        var stems = [word]
        for ending in russianEndings where word.hasSuffix(ending) && word.count - ending.count >= 2 {
            let stem = String(word.dropLast(ending.count))
            if !stems.contains(stem) { stems.append(stem) }
        }
        for stem in stems { add(stem) }
        for stem in stems.dropFirst() {
            for ending in ["ый", "ий", "ой", "а", "я", "ия", "ь", "о", "ие", "ые"] { add(stem + ending) }
        }
        // A genitive plural without ending: `ос` → `оса`, `слов` → `слово`.
        if let last = word.last, !cyrillicVowels.contains(last), last != "ь", last != "й" {
            add(word + "а")
            add(word + "о")
        }
        // A genitive plural with a fleeting vowel: `уток` → `утка`, `девушек` → `девушка`.
        for ending in ["ок", "ек", "ёк"] where word.hasSuffix(ending) && word.count >= 4 {
            add(String(word.dropLast(2)) + "ка")
        }
        return result
    }

    // MARK: Romanisations

    private static let cyrillicVowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є"]
    private static let hushers: Set<Character> = ["ж", "ч", "ш", "щ"]

    /// Letters every romanisation writes alike.
    private static let plainLetters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "э": "e", "ы": "y",
        "і": "i", "ґ": "g", "е": "e",
    ]

    /// `word` (lower-case Cyrillic) as English-language newspapers spell Russian names:
    /// `ей` → `ey`, `кс` → `x`, `Уэ`/`Уи` → `We`/`Wi` at the start or after a vowel, `х` → `kh`,
    /// `й` → `y`, `ю`/`я` → `yu`/`ya`, `ц` → `ts`, `ж` → `zh`, `дж` → `j`, `ё` → `yo` (`e` after
    /// `ж ч ш щ`), `е` → `ye` at the start or after a vowel, soft and hard signs dropped. The
    /// `alternative` spelling takes the other common choices: `u`, `e`, `g` for `дж` (`George`),
    /// `ks`, `Уай` → `Wi`, `оу` → `o`, `ей` → `a` before a consonant, `Э` → `A`, `ью` → `ew`. Ukrainian `і ї є ґ` and, when `ukrainian`, `и` → `y` and `г` → `h`.
    static func english(_ word: String, alternative: Bool = false, ukrainian: Bool = false) -> String {
        let letters = Array(word)
        var out = ""
        var i = 0
        func afterVowelOrStart(_ i: Int) -> Bool {
            i == 0 || cyrillicVowels.contains(letters[i - 1]) || letters[i - 1] == "ь" || letters[i - 1] == "ъ"
        }
        while i < letters.count {
            let letter = letters[i]
            let next: Character? = i + 1 < letters.count ? letters[i + 1] : nil
            switch letter {
            case "у" where !alternative && afterVowelOrStart(i) && next.map({ "эиоа".contains($0) }) == true:
                out += "w" // Уэлбек → Welbek, Уильям → William
            case "у" where alternative && afterVowelOrStart(i) && next == "а" && i + 2 < letters.count && letters[i + 2] == "й":
                out += "wi" // Уайли → Wiley, Уайт → White
                i += 2
            case "у" where alternative && i > 0 && letters[i - 1] == "о":
                break // Роуз → Rose, Поуп → Pope
            case "д" where next == "ж":
                out += alternative ? "g" : "j"
                i += 1
            case "к" where next == "с":
                out += alternative ? "ks" : "x"
                i += 1
            case _ where alternative && (letter == "е" || letter == "э") && next == "й" && i + 2 < letters.count
                && !cyrillicVowels.contains(letters[i + 2]):
                out += "a" // Дейли → Daley, Эйвон → Avon
                i += 1
            case "э" where alternative && i == 0:
                out += "a" // Эппл → Apple
            case "ь" where alternative && next == "ю":
                out += "ew" // Дьюар → Dewar, Ньютон → Newton
                i += 1
            case "ч" where next == "ж":
                out += "zh" // Чжоу → Zhou (Chinese)
                i += 1
            case "е", "є":
                out += (!alternative || letter == "є") && afterVowelOrStart(i) ? "ye" : "e"
            case "ё":
                if i > 0 && hushers.contains(letters[i - 1]) { out += alternative ? "o" : "e" } else { out += alternative ? "e" : "yo" }
            case "ю":
                out += alternative && (i == 0 || !afterVowelOrStart(i)) ? "u" : "yu"
            case "я":
                out += alternative && !afterVowelOrStart(i) ? "ia" : "ya"
            case "й": out += "y"
            case "х": out += alternative ? "h" : "kh"
            case "ц": out += "ts"
            case "ж": out += "zh"
            case "ч": out += "ch"
            case "ш": out += "sh"
            case "щ": out += "shch"
            case "ь", "ъ", "'", "’": break
            case "ї": out += "yi"
            case "и" where ukrainian: out += "y"
            case "г" where ukrainian: out += "h"
            default:
                if let plain = plainLetters[letter] { out += plain } else if letter.isASCII { out.append(letter) }
            }
            i += 1
        }
        return out
    }

    /// `word` (lower-case Cyrillic) in the scholarly (linguists') transliteration, diacritics
    /// dropped: `х` → `x`, `ц` → `c`, `ч` → `c`, `ш` → `s`, `щ` → `sc`, `ж` → `z`, `й` → `j`,
    /// `ю` → `ju`, `я` → `ja` (`Хрущёв` → `xruscev`, `Юрий` → `jurij`).
    static func scholarly(_ word: String) -> String {
        var out = ""
        for letter in word {
            switch letter {
            case "х": out += "x"
            case "ц", "ч": out += "c"
            case "ш": out += "s"
            case "щ": out += "sc"
            case "ж": out += "z"
            case "й": out += "j"
            case "ю": out += "ju"
            case "я": out += "ja"
            case "ё": out += "e"
            case "є": out += "je"
            case "ї": out += "ji"
            case "ь", "ъ": break
            default: if let plain = plainLetters[letter] { out += plain } else if letter.isASCII { out.append(letter) }
            }
        }
        return out
    }

    /// `word` (lower-case Cyrillic) in a GOST 7.79-B-like transliteration: `х` → `x`, `ц` → `cz`,
    /// `щ` → `shh`, `й` → `j`, `ю` → `yu`, `я` → `ya`, `ё` → `yo` (`Хрущёв` → `xrushhyov`).
    static func gost(_ word: String) -> String {
        var out = ""
        for letter in word {
            switch letter {
            case "х": out += "x"
            case "ц": out += "cz"
            case "ч": out += "ch"
            case "ш": out += "sh"
            case "щ": out += "shh"
            case "ж": out += "zh"
            case "й": out += "j"
            case "ю": out += "yu"
            case "я": out += "ya"
            case "ё": out += "yo"
            case "є": out += "ye"
            case "ї": out += "yi"
            case "ь", "ъ": break
            default: if let plain = plainLetters[letter] { out += plain } else if letter.isASCII { out.append(letter) }
            }
        }
        return out
    }

    /// `word` (lower-case Cyrillic) as German texts spell Russian names (Duden): `х` → `ch`,
    /// `ш` → `sch`, `ч` → `tsch`, `щ` → `schtsch`, `ж` → `sch`, `в` → `w`, `з` → `s`, `ц` → `z`,
    /// `й` → `i` (dropped after `и`), `ю`/`я`/`е` → `ju`/`ja`/`je` at the start or after a vowel
    /// (`Хрущёв` → `chruschtschow`, `Юрий` → `juri`).
    static func german(_ word: String) -> String {
        let letters = Array(word)
        var out = ""
        for (i, letter) in letters.enumerated() {
            let initial = i == 0 || cyrillicVowels.contains(letters[i - 1]) || letters[i - 1] == "ь" || letters[i - 1] == "ъ"
            switch letter {
            case "х": out += "ch"
            case "ш", "ж": out += "sch"
            case "ч": out += "tsch"
            case "щ": out += "schtsch"
            case "в": out += "w"
            case "з": out += "s"
            case "ц": out += "z"
            case "й": if i == 0 || letters[i - 1] != "и" { out += "i" }
            case "ю": out += "ju"
            case "я": out += "ja"
            case "е": out += initial ? "je" : "e"
            case "ё": out += i > 0 && hushers.contains(letters[i - 1]) ? "o" : "jo"
            case "с":
                let between = i > 0 && i + 1 < letters.count && cyrillicVowels.contains(letters[i - 1]) && cyrillicVowels.contains(letters[i + 1])
                out += between ? "ss" : "s"
            case "ь", "ъ": break
            default: if let plain = plainLetters[letter] { out += plain } else if letter.isASCII { out.append(letter) }
            }
        }
        return out
    }

    /// Lower-case ASCII `word` transcribed into Russian the way Russian texts render English
    /// names, roughly: `Welbeck` → `уэлбек`, `McEnany` → `макенани`, `Deepak` → `дипак`,
    /// `Johnson` → `джонсон`. Compared in ``cyrillicFold(_:)`` form, with an edit-distance margin.
    static func cyrillic(fromLatin word: String) -> String {
        let letters = Array(word.filter { $0.isASCII && $0.isLetter })
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var out = ""
        var i = 0
        func at(_ offset: Int) -> Character? { i + offset < letters.count ? letters[i + offset] : nil }
        func starts(_ s: String) -> Bool {
            let pattern = Array(s)
            guard i + pattern.count <= letters.count else { return false }
            return Array(letters[i..<(i + pattern.count)]) == pattern
        }
        if starts("mc") { out = "мак"; i = 2 } else if starts("mac") && letters.count > 5 { out = "мак"; i = 3 }
        let digraphs: [(String, String)] = [
            ("shch", "щ"), ("dzh", "дж"), ("sch", "ш"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"),
            ("ph", "ф"), ("th", "т"), ("ts", "ц"), ("tz", "ц"), ("ck", "к"), ("qu", "кв"), ("dj", "дж"),
            ("ee", "и"), ("ea", "и"), ("oo", "у"), ("ou", "у"),
        ]
        outer: while i < letters.count {
            for (pattern, replacement) in digraphs where starts(pattern) {
                out += replacement
                i += pattern.count
                continue outer
            }
            let letter = letters[i]
            let previous: Character? = i > 0 ? letters[i - 1] : nil
            let next = at(1)
            switch letter {
            case "w":
                if (previous == nil || vowels.contains(previous!)) && next.map(vowels.contains) == true {
                    out += "у"
                    if next == "e" { out += "э"; i += 1 }
                } else {
                    out += "в"
                }
            case "y":
                if previous == nil, let next, vowels.contains(next) {
                    switch next {
                    case "a": out += "я"
                    case "u": out += "ю"
                    case "e": out += "е"
                    case "o": out += "йо"
                    default: out += "й"
                    }
                    if next != "i" && next != "y" { i += 1 }
                } else if next == nil || !(previous.map(vowels.contains) ?? false) {
                    out += "и"
                } else {
                    out += "й"
                }
            case "e":
                if previous == nil { out += "э" } else if next == nil && letters.count > 3 && !vowels.contains(previous!) { } else { out += "е" }
            case "c": out += next.map { "eiy".contains($0) } == true ? "с" : "к"
            case "j": out += "дж"
            case "x": out += "кс"
            case "q": out += "к"
            case "h":
                // Silent after a vowel before a consonant or at the end (`John`, `Sarah`).
                if !(previous.map(vowels.contains) == true && !(next.map(vowels.contains) ?? false)) { out += "х" }
            case "a": out += "а"
            case "b": out += "б"
            case "d": out += "д"
            case "f": out += "ф"
            case "g": out += "г"
            case "i": out += "и"
            case "k": out += "к"
            case "l": out += "л"
            case "m": out += "м"
            case "n": out += "н"
            case "o": out += "о"
            case "p": out += "п"
            case "r": out += "р"
            case "s": out += "с"
            case "t": out += "т"
            case "u": out += "у"
            case "v": out += "в"
            case "z": out += "з"
            default: break
            }
            i += 1
        }
        return out
    }

    // MARK: Comparison forms

    /// Lower-case ASCII `spelling` reduced so that the usual ways of writing one sound meet, on
    /// either side: letters only; a silent final `e` dropped and the vowel before it lengthened
    /// (`James` → `jeims`); `Mc`/`Mac` at the start → `mak`; `ck` → `k`; `c` → `s` before
    /// `e i y`, else `k` (but `ch` kept); `ph` → `f`; `th` → `t`; `kh` → `h`; `zh`, `dzh`, `dj` → `j`;
    /// `q` → `k`; `x` → `ks`; `w`, `wh` → `v`; `ts`, `tz`, `z` → `s` (`Центр` ~ `Center`, `Ибица` ~
    /// `Ibiza`); `au` → `o` (`Орора` ~ `Aurora`); `ai`, `ay`, `igh` → `ei` (`Hayes` ~ `Хейс`, `Highland` ~
    /// `Хайленд`); `ow` before a consonant or at the end → `u` (`Rowe` ~ `Роу`); `h` between vowels
    /// dropped (`Bahia` ~ `Баия`); `aw` before a consonant or at the end → `u` (`Shaw` ~ `Шоу`); `gh`
    /// not before a vowel dropped (`Vaughn` ~ `Вон`); `dge` → `je`; `w` between a consonant and a vowel → `u`
    /// (`Rwanda` ~ `Руанда`); `ee` → `i`, `oo`, `ou` → `u`; a final `oe` → `o` (`Joe` ~ `Джо`,
    /// `Monroe` ~ `Монро`); `y` → `i`; doubled letters collapsed.
    static func fold(_ spelling: String) -> String {
        var letters: [UInt8] = []
        letters.reserveCapacity(spelling.utf8.count)
        for byte in spelling.utf8 {
            if byte >= 0x61 && byte <= 0x7A { letters.append(byte) } else if byte >= 0x41 && byte <= 0x5A { letters.append(byte + 0x20) }
        }
        letters = longVowels(letters)
        let a = UInt8(ascii: "a"), c = UInt8(ascii: "c"), d = UInt8(ascii: "d"), e = UInt8(ascii: "e"), f = UInt8(ascii: "f")
        let g = UInt8(ascii: "g"), h = UInt8(ascii: "h"), i = UInt8(ascii: "i"), j = UInt8(ascii: "j"), k = UInt8(ascii: "k")
        let m = UInt8(ascii: "m")
        let o = UInt8(ascii: "o"), p = UInt8(ascii: "p"), q = UInt8(ascii: "q"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t")
        let u = UInt8(ascii: "u"), v = UInt8(ascii: "v"), w = UInt8(ascii: "w"), x = UInt8(ascii: "x"), y = UInt8(ascii: "y")
        let z = UInt8(ascii: "z")
        var out: [UInt8] = []
        out.reserveCapacity(letters.count + 4)
        var index = 0
        if letters.count > 3 && letters[0] == m && letters[1] == c {
            out = [m, a, k]
            index = 2
        } else if letters.count > 5 && letters[0] == m && letters[1] == a && letters[2] == c && letters[3] != h {
            out = [m, a, k]
            index = 3
        }
        func at(_ offset: Int) -> UInt8 { index + offset < letters.count ? letters[index + offset] : 0 }
        while index < letters.count {
            let letter = letters[index]
            let next = at(1)
            switch letter {
            case c:
                if next == k { out.append(k); index += 1 } else if next == h { out.append(c); out.append(h); index += 1 } else if next == e || next == i || next == y { out.append(s) } else { out.append(k) }
            case p where next == h: out.append(f); index += 1
            case t where next == h: out.append(t); index += 1
            case t where next == s || next == z: out.append(s); index += 1
            case w where next == h: out.append(v); index += 1
            case a where next == u: out.append(o); index += 1
            case k where next == h: out.append(h); index += 1
            case z where next == h: out.append(j); index += 1
            case d where next == z && at(2) == h: out.append(j); index += 2
            case d where next == j: out.append(j); index += 1
            case d where next == g && at(2) == e: out.append(j); index += 1
            case a where next == i || next == y: out.append(e); out.append(i); index += 1
            case i where next == g && at(2) == h: out.append(e); out.append(i); index += 2 // High → hei (Хай)
            case o where next == w && (at(2) == 0 || !isVowel(at(2)) || (at(2) == e && at(3) == 0)):
                out.append(u); index += 1 // Rowe, Bowl, Snow → ou → u (Роу, Боул, Сноу)
            case h where index > 0 && isVowel(letters[index - 1]) && isVowel(next): break // Bahia ~ Баия
            case a where next == w && (at(2) == 0 || !isVowel(at(2))): out.append(u); index += 1 // Shaw ~ Шоу
            case g where next == h && !isVowel(at(2)): index += 1 // Vaughn ~ Вон, Leigh ~ Ли
            case w where index > 0 && !isVowel(letters[index - 1]) && isVowel(next): out.append(u)
            case e where next == e: out.append(i); index += 1
            case o where next == o || next == u: out.append(u); index += 1
            case o where next == e && at(2) == 0 && index > 0: out.append(o); index += 1 // Joe ~ Джо, Monroe ~ Монро
            case q: out.append(k); if next == u { out.append(v); index += 1 }
            case x: out.append(k); out.append(s)
            case w: out.append(v)
            case y: out.append(i)
            case z: out.append(s)
            default: out.append(letter)
            }
            index += 1
        }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(out.count)
        for letter in out where collapsed.last != letter { collapsed.append(letter) }
        return String(decoding: collapsed, as: UTF8.self)
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75 || letter == 0x79
    }

    /// English spelling's silent final `e` (`James`, `Dave`, `Mike`, `Luke`, `Jones`): a vowel
    /// `a i o u y` after a consonant, then one consonant, then `e` or `es` at the end, is written as
    /// Russian hears it (`ei`, `ai`, `o`, `iu`) and the `e` dropped: `James` → `jeims` (`Джеймс`),
    /// `Mike` → `maik` (`Майк`).
    private static func longVowels(_ letters: [UInt8]) -> [UInt8] {
        var end = letters.count
        if end >= 5 && letters[end - 1] == 0x73 && letters[end - 2] == 0x65 { end -= 1 } // -es
        guard end >= 4, letters[end - 1] == 0x65 else { return letters }
        let consonant = letters[end - 2], vowel = letters[end - 3], before = letters[end - 4]
        guard !isVowel(consonant), consonant != 0x77, consonant != 0x68, consonant != 0x78, // not w h x
              [0x61, 0x69, 0x6F, 0x75, 0x79].contains(vowel), before == 0x79 || !isVowel(before) else { return letters }
        let long: [UInt8]
        switch vowel {
        case 0x61: long = [0x65, 0x69] // a → ei
        case 0x69, 0x79: long = [0x61, 0x69] // i, y → ai (Kyle ~ Кайл)
        case 0x75: long = [0x69, 0x75] // u → iu
        default: long = [vowel]
        }
        var head = Array(letters[..<(end - 3)])
        if head.last == 0x63 { head[head.count - 1] = 0x6B } // `Cage`: the c stays hard
        let last: UInt8 = consonant == 0x67 ? 0x6A : consonant // `-ge` → j (Кейдж, Пейдж)
        return head + long + [last] + Array(letters[end...].dropFirst())
    }

    /// The consonants of a folded spelling (``fold(_:)``), vowels dropped: `makinani` and
    /// `makenani` → `mknn`. Compared only when three letters or more long.
    static func skeleton(_ folded: String) -> String {
        String(folded.filter { !"aeiou".contains($0) })
    }

    /// Lower-case Cyrillic `word` with the letters spellings confuse merged: `ё` → `е`, `э` → `е`,
    /// `й`, `ы`, `і` → `и`, soft and hard signs dropped, doubled letters collapsed.
    static func cyrillicFold(_ word: String) -> String {
        var out: [Character] = []
        for letter in word {
            let mapped: Character?
            switch letter {
            case "ё", "э", "є": mapped = "е"
            case "й", "ы", "і", "ї": mapped = "и"
            case "ь", "ъ": mapped = nil
            default: mapped = letter.isLetter ? letter : nil
            }
            if let mapped, out.last != mapped { out.append(mapped) }
        }
        return String(out)
    }

    // MARK: Acronyms

    /// The Latin capitals a Cyrillic capital may stand for in an acronym, by sound and by look
    /// (`Р` is `R` or `P`, `С` is `S` or `C`, `В` is `V`, `B` or `W`, `Н` is `N` or `H`).
    static let acronymLetters: [Character: String] = [
        "А": "A", "Б": "B", "В": "VBW", "Г": "GH", "Д": "D", "Е": "EY", "Ё": "EY", "Ж": "ZJ", "З": "ZS",
        "И": "I", "Й": "YIJ", "К": "KCQ", "Л": "L", "М": "M", "Н": "NH", "О": "O", "П": "P", "Р": "RP",
        "С": "SC", "Т": "T", "У": "UYW", "Ф": "FP", "Х": "HXK", "Ц": "CTZ", "Ч": "C", "Ш": "S", "Щ": "S",
        "Ы": "YI", "Э": "EA", "Ю": "UY", "Я": "YAI", "І": "I", "Ї": "IY", "Є": "EY", "Ґ": "G",
    ]

    /// The Latin capitals a Cyrillic capital stands for by sound alone.
    static let acronymSounds: [Character: String] = [
        "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "EY", "Ё": "Y", "Ж": "Z", "З": "Z", "И": "I", "Й": "Y",
        "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F",
        "Х": "H", "Ц": "C", "Ч": "C", "Ш": "S", "Щ": "S", "Ы": "Y", "Э": "E", "Ю": "Y", "Я": "Y",
    ]

    /// Whether the Cyrillic acronym `source` spells the Latin `target` letter by letter, in order
    /// and by sound alone (`ФСБ` ~ `FSB`, not `МКС` ~ `MCC`): strict enough to find an acronym
    /// elsewhere in a document.
    static func acronymSounds(source: String, target: String) -> Bool {
        let letters = Array(source.filter { $0 != "Ъ" && $0 != "Ь" })
        let latin = Array(target)
        guard letters.count == latin.count, letters.count >= 2 else { return false }
        return zip(letters, latin).allSatisfy { acronymSounds[$0]?.contains($1) ?? ($0 == $1) }
    }

    /// Whether the Cyrillic acronym `source` spells the Latin acronym `target` letter by letter
    /// (`ПЦР` ~ `PCR`, `ФРГ` ~ `FRG`, `ВВС` ~ `VVS`); both in capitals, signs ignored. With
    /// `anyOrder`, acronyms of three letters or more may also take their letters in another order,
    /// as translated names do (`РФБ`, Российская федерация баскетбола ~ `RBF`).
    static func acronymMatches(source: String, target: String, anyOrder: Bool = false) -> Bool {
        let letters = Array(source.filter { $0 != "Ъ" && $0 != "Ь" })
        let latin = Array(target)
        guard letters.count == latin.count, letters.count >= 2 else { return false }
        func fits(_ cyrillic: Character, _ latin: Character) -> Bool {
            acronymLetters[cyrillic]?.contains(latin) ?? (cyrillic == latin)
        }
        if zip(letters, latin).allSatisfy(fits) { return true }
        guard anyOrder && letters.count >= 3 else { return false }
        // Each Cyrillic letter to a distinct Latin one (at most six letters: a small search).
        var used = [Bool](repeating: false, count: latin.count)
        func assign(_ index: Int) -> Bool {
            if index == letters.count { return true }
            for (position, candidate) in latin.enumerated() where !used[position] && fits(letters[index], candidate) {
                used[position] = true
                if assign(index + 1) { return true }
                used[position] = false
            }
            return false
        }
        return letters.count <= 6 && assign(0)
    }

    /// The acronym in `word`: its letters when all are capitals (`ПЦР`), or its capitals when a
    /// lower-case case ending follows them (`СПИДом` → `СПИД`); nil for any other word.
    static func acronymCore(_ word: String) -> String? {
        let letters = word.filter(\.isLetter)
        let capitals = letters.prefix(while: \.isUppercase)
        guard capitals.count >= 2 else { return nil }
        let rest = letters.dropFirst(capitals.count)
        guard rest.count <= 3, rest.allSatisfy(\.isLowercase) else { return nil }
        return String(capitals)
    }

    /// `word` as an acronym is compared: periods and a possessive dropped (`U.S.` → `US`,
    /// `EU's` → `EU`).
    static func capitals(_ word: String) -> String {
        var result = word.filter { $0 != "." }
        for possessive in ["'s", "’s"] where result.hasSuffix(possessive) {
            result = String(result.dropLast(possessive.count))
        }
        return result
    }

    /// Whether `word` is written in capitals (two letters or more, all of them capitals).
    static func isAcronym(_ word: String) -> Bool {
        var count = 0
        for character in word where character.isLetter {
            guard character.isUppercase else { return false }
            count += 1
        }
        return count >= 2
    }

    /// Whether `word` holds a Cyrillic letter.
    static func isCyrillic(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x52F }
    }

    // MARK: English words

    /// `word` (lower case) and its singular when it looks plural (`ministries` → `ministry`,
    /// `houses` → `house`, `talks` → `talk`), and without a possessive `'s`.
    static func englishForms(_ word: String) -> [String] {
        var base = word
        for possessive in ["'s", "’s", "'", "’"] where base.hasSuffix(possessive) {
            base = String(base.dropLast(possessive.count))
            break
        }
        var result = [base]
        if base.count > 4 && base.hasSuffix("ies") { result.append(String(base.dropLast(3)) + "y") }
        if base.count > 4 && base.hasSuffix("es") { result.append(String(base.dropLast(2))) }
        if base.count > 3 && base.hasSuffix("s") && !base.hasSuffix("ss") { result.append(String(base.dropLast())) }
        return result
    }

    /// Words a translation phrase is matched without (`ministry of foreign affairs` needs `ministry`,
    /// `foreign` and `affairs`).
    static let phraseStopWords: Set<String> = ["the", "of", "a", "an", "to", "in", "on", "for", "and", "or", "'s", "s"]

    /// The content words of a translation or expansion `phrase` (lower case), stop words dropped.
    static func phraseWords(_ phrase: String) -> [String] {
        let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
        let content = words.filter { !phraseStopWords.contains($0) }
        return content.isEmpty ? words : content
    }
}
