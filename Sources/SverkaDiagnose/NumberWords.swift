/// The words the number scanner knows, Russian and English: number words in all their forms,
/// months, scale words and abbreviations, percent, year and clock words. Keys are lower case with
/// `ё` written `е`.
enum NumberWords {
    /// A word as a lookup key, hashed and compared by its UTF-8 bytes: the scanner's keys are
    /// already lower-cased and folded, and byte hashing skips the normalisation `String` does.
    struct Key: Hashable {
        var text: String
        init(_ text: String) { self.text = text }
        static func == (a: Key, b: Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
        func hash(into hasher: inout Hasher) {
            var text = self.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Every word any rule of the scanner looks at; the scanner keeps no other word.
    static let vocabulary: Set<Key> = {
        var words = Set(russian.keys).union(english.keys).union(russianMonths.keys).union(englishMonths.keys)
        words.formUnion(russianPercent.union(englishPercent).union(russianYear).union(russianHour).union(russianMinute))
        words.formUnion(russianDayPart.keys)
        words.formUnion(russianThisYear)
        words.formUnion(englishOrdinalSuffixes)
        words.formUnion(["mln", "mn", "bn", "bln", "trn", "a", "an", "of", "and", "half", "per", "cent", "this", "current", "year",
                         "year's", "o'clock", "am", "pm", "p", "m", "с", "половиной"])
        return Set(words.map(Key.init))
    }()

    /// The first three letters of a folded word (all of a shorter one), packed into an integer.
    static func stem<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var code: UInt64 = 0
        var count = 0
        for scalar in scalars {
            code = code << 21 | UInt64(scalar.value)
            count += 1
            if count == 3 { break }
        }
        return code << 2 | UInt64(count)
    }

    /// The stems of every word the scanner may keep: a word with another stem is dropped before a
    /// string is made of it.
    static let stems: Set<UInt64> = {
        var stems = Set(vocabulary.map { stem($0.text.unicodeScalars) })
        stems.insert(stem("процент".unicodeScalars))
        stems.formUnion(compoundStems)
        return stems
    }()

    /// Whether the scanner has a use for the (folded) word `word`.
    static func isRelevant(_ word: String) -> Bool {
        vocabulary.contains(Key(word)) || word.utf8.starts(with: "процент".utf8)
    }

    /// How a number word combines with its neighbours.
    enum Role: Sendable {
        /// `ноль`, `zero`.
        case zero
        /// 1–9 (`один`, `двух`, `пятеро`, `nine`).
        case unit
        /// 10–19.
        case teen
        /// 20, 30, … 90.
        case tens
        /// 100–900 as one word (`сто`, `двухсот`, `полтораста`).
        case hundreds
        /// English `hundred`: multiplies what comes before it.
        case hundred
        /// Thousand, million, billion, trillion; `value` is the power of ten.
        case scale
        /// `полтора`: one and a half.
        case sesqui
        /// `дважды`, `twice`: a count of times, alone.
        case times
        /// `the fifties`: a decade, alone.
        case decade
    }

    struct Entry: Sendable {
        let role: Role
        /// The number (for `scale` and `hundred`, the power of ten; for `sesqui`, tenths).
        let value: Int
        let ordinal: Bool
        /// Alone, the word is often not a number (`one`, `первый`, `тысячи`).
        let weakAlone: Bool
    }

    static let russian: [String: Entry] = {
        var table: [String: Entry] = [:]
        func add(_ forms: String, _ role: Role, _ value: Int, ordinal: Bool = false, weak: Bool = false) {
            for form in forms.split(separator: " ") {
                table[String(form)] = Entry(role: role, value: value, ordinal: ordinal, weakAlone: weak)
            }
        }
        add("ноль нуль ноля нуля нолю нулю нолем нулем ноле нуле", .zero, 0)
        add("один одна одно одни одного одной одному одним одном одну одною одних одними", .unit, 1, weak: true)
        add("два две двух двум двумя", .unit, 2)
        add("три трех трем тремя", .unit, 3)
        add("четыре четырех четырем четырьмя", .unit, 4)
        add("пять пяти пятью", .unit, 5)
        add("шесть шести шестью", .unit, 6)
        add("семь семи", .unit, 7)
        add("семью", .unit, 7, weak: true) // also "family" (accusative, instrumental)
        add("восемь восьми восемью восьмью", .unit, 8)
        add("девять девяти девятью", .unit, 9)
        add("десять десяти десятью", .teen, 10)
        let teens = ["одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
                     "семнадцат", "восемнадцат", "девятнадцат"]
        for (k, stem) in teens.enumerated() { add("\(stem)ь \(stem)и \(stem)ью", .teen, 11 + k) }
        add("двадцать двадцати двадцатью", .tens, 20)
        add("тридцать тридцати тридцатью", .tens, 30)
        add("сорок сорока", .tens, 40)
        add("пятьдесят пятидесяти пятьюдесятью", .tens, 50)
        add("шестьдесят шестидесяти шестьюдесятью", .tens, 60)
        add("семьдесят семидесяти семьюдесятью", .tens, 70)
        add("восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью", .tens, 80)
        add("девяносто девяноста", .tens, 90)
        add("сто ста", .hundreds, 100)
        add("полтораста полутораста", .hundreds, 150)
        add("двести двухсот двумстам двумястами двухстах", .hundreds, 200)
        add("триста трехсот тремстам тремястами трехстах", .hundreds, 300)
        add("четыреста четырехсот четыремстам четырьмястами четырехстах", .hundreds, 400)
        add("пятьсот пятисот пятистам пятьюстами пятистах", .hundreds, 500)
        add("шестьсот шестисот шестистам шестьюстами шестистах", .hundreds, 600)
        add("семьсот семисот семистам семьюстами семистах", .hundreds, 700)
        add("восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах", .hundreds, 800)
        add("девятьсот девятисот девятистам девятьюстами девятистах", .hundreds, 900)
        // Alone weak: "полтора часа" is often "an hour and a half", with no number word.
        add("полтора полторы полутора", .sesqui, 15, weak: true)
        add("двое двоих двоим двоими", .unit, 2)
        add("трое троих троим троими", .unit, 3)
        add("четверо четверых четверым четверыми", .unit, 4)
        add("пятеро пятерых пятерым пятерыми", .unit, 5)
        add("шестеро шестерых шестерым шестерыми", .unit, 6)
        add("семеро семерых семерым семерыми", .unit, 7)
        add("дважды", .times, 2, weak: true)
        add("трижды", .times, 3, weak: true)
        add("четырежды", .times, 4, weak: true)
        // Multiples and counted sets, alone: `в 4 раза` ~ `quadrupled`, `вдвое` ~ `doubled`,
        // `сотни невест` ~ `100 suitors`, `за сутки` ~ `in 24 hours`.
        add("вдвое", .times, 2, weak: true)
        add("втрое", .times, 3, weak: true)
        add("вчетверо", .times, 4, weak: true)
        add("впятеро", .times, 5, weak: true)
        add("вдесятеро", .times, 10, weak: true)
        add("десяток десятка десятку десятком десятке десятки десятков", .times, 10, weak: true)
        add("дюжина дюжины дюжине дюжину дюжиной дюжин", .times, 12, weak: true)
        add("сотня сотни сотне сотню сотней сотен сотням сотнями сотнях", .times, 100, weak: true)
        add("сутки суток суткам сутками сутках", .times, 24, weak: true)
        let scaleEndings = " а у ом е ы ов ам ами ах"
        for (stem, power) in [("миллион", 6), ("миллиард", 9), ("биллион", 9), ("триллион", 12)] {
            add(scaleEndings.split(separator: " ", omittingEmptySubsequences: false).map { stem + $0 }.joined(separator: " "),
                .scale, power, weak: true)
        }
        add("тысяча тысячи тысяче тысячу тысячей тысячею тысячью тысяч тысячам тысячами тысячах тыс", .scale, 3, weak: true)
        add("млн", .scale, 6, weak: true)
        add("млрд", .scale, 9, weak: true)
        add("трлн", .scale, 12, weak: true)
        // Ordinals, all weak alone: "первый" is also "former", "второй" "latter", and so on.
        let hardEndings = "ый ой ая ое ые ого ому ым ом ую ых ыми"
        func ordinal(_ stem: String, _ role: Role, _ value: Int) {
            add(hardEndings.split(separator: " ").map { stem + $0 }.joined(separator: " "), role, value, ordinal: true, weak: true)
        }
        ordinal("перв", .unit, 1)
        ordinal("втор", .unit, 2)
        add("третий третья третье третьи третьего третьему третьим третьем третью третьей третьих третьими",
            .unit, 3, ordinal: true, weak: true)
        ordinal("четверт", .unit, 4)
        ordinal("пят", .unit, 5)
        ordinal("шест", .unit, 6)
        ordinal("седьм", .unit, 7)
        ordinal("восьм", .unit, 8)
        ordinal("девят", .unit, 9)
        ordinal("десят", .teen, 10)
        for (k, stem) in teens.enumerated() { ordinal(stem, .teen, 11 + k) }
        for (stem, value) in [("двадцат", 20), ("тридцат", 30), ("сороков", 40), ("пятидесят", 50), ("шестидесят", 60),
                              ("семидесят", 70), ("восьмидесят", 80), ("девяност", 90)] {
            ordinal(stem, .tens, value)
        }
        for (stem, value) in [("сот", 100), ("двухсот", 200), ("трехсот", 300), ("четырехсот", 400), ("пятисот", 500),
                              ("шестисот", 600), ("семисот", 700), ("восьмисот", 800), ("девятисот", 900)] {
            ordinal(stem, .hundreds, value)
        }
        ordinal("тысячн", .scale, 3)
        ordinal("миллионн", .scale, 6)
        ordinal("миллиардн", .scale, 9)
        return table
    }()

    static let english: [String: Entry] = {
        var table: [String: Entry] = [:]
        func add(_ word: String, _ role: Role, _ value: Int, ordinal: Bool = false, weak: Bool = false) {
            table[word] = Entry(role: role, value: value, ordinal: ordinal, weakAlone: weak)
        }
        add("zero", .zero, 0)
        add("nought", .zero, 0)
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        for k in 0..<9 {
            add(units[k], .unit, k + 1, weak: k == 0)
            add(unitOrdinals[k], .unit, k + 1, ordinal: true, weak: true)
        }
        let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let teenOrdinals = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                            "seventeenth", "eighteenth", "nineteenth"]
        for k in 0..<10 {
            add(teens[k], .teen, 10 + k)
            add(teenOrdinals[k], .teen, 10 + k, ordinal: true, weak: true)
        }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (k, word) in tens.enumerated() {
            let value = 20 + 10 * k
            add(word, .tens, value)
            let stem = word.dropLast() // twent-, thirt-, …
            add(stem + "ieth", .tens, value, ordinal: true, weak: true)
            add(stem + "ies", .decade, value, weak: true)
        }
        add("hundred", .hundred, 2, weak: true)
        add("hundredth", .hundred, 2, ordinal: true, weak: true)
        for (word, power) in [("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12)] {
            add(word, .scale, power, weak: true)
            add(word + "th", .scale, power, ordinal: true, weak: true)
        }
        add("twice", .times, 2, weak: true)
        add("thrice", .times, 3, weak: true)
        for (stem, value) in [("doubl", 2), ("tripl", 3), ("quadrupl", 4), ("quintupl", 5)] {
            for ending in ["e", "ed", "es", "ing"] { add(stem + ending, .times, value, weak: true) }
        }
        for (word, value) in [("twofold", 2), ("threefold", 3), ("fourfold", 4), ("fivefold", 5), ("tenfold", 10),
                              ("dozen", 12), ("dozens", 12), ("hundreds", 100)] {
            add(word, .times, value, weak: true)
        }
        return table
    }()

    /// Russian compounds opening with a number (`двухдневный`, `пятилетка`, `трёхсторонний`,
    /// `десятилетие`), which English writes `two-day`, `five-year`, `three-way`, `decade`: the prefix
    /// and its value, longest first. Weak: `семинар`, `одновременно` open the same way.
    static let russianCompoundPrefixes: [Key: Int] = {
        var prefixes: [String: Int] = ["одно": 1, "дву": 2, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6,
                                       "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двадцати": 20, "тридцати": 30,
                                       "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70,
                                       "восьмидесяти": 80, "тысяче": 1000]
        let teens = ["одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати", "шестнадцати", "семнадцати",
                     "восемнадцати", "девятнадцати"]
        for (k, teen) in teens.enumerated() { prefixes[teen] = 11 + k }
        return Dictionary(uniqueKeysWithValues: prefixes.map { (Key($0.key), $0.value) })
    }()
    /// The lengths of the prefixes in letters, longest first, and their first three letters.
    private static let compoundPrefixLengths = Set(russianCompoundPrefixes.keys.map { $0.text.unicodeScalars.count }).sorted(by: >)
    private static let compoundStems = Set(russianCompoundPrefixes.keys.map { stem($0.text.unicodeScalars) })

    /// The value a Russian compound opens with (`двухдневного` → 2), if the word is longer than its
    /// prefix by three letters or more.
    static func russianCompoundValue(_ word: String) -> Int? {
        let scalars = word.unicodeScalars
        guard word.utf8.count >= 12, let initial = scalars.first, initial.value >= 0x430, initial.value <= 0x44F else { return nil }
        let count = scalars.count
        guard count >= 6, compoundStems.contains(stem(scalars)) else { return nil }
        for length in compoundPrefixLengths where count >= length + 3 {
            if let value = russianCompoundPrefixes[Key(String(String.UnicodeScalarView(scalars.prefix(length))))] { return value }
        }
        return nil
    }

    /// Scale words and abbreviations that may follow digits (`10 тыс.`, `1.5 million`, `2 bn`): the
    /// power of ten.
    static func scaleAfterDigits(_ word: String, russian: Bool) -> Int? {
        if russian {
            if let entry = Self.russian[word], entry.role == .scale, !entry.ordinal { return entry.value }
            return nil
        }
        switch word {
        case "hundred": return 2
        case "thousand": return 3
        case "million", "mln", "mn": return 6
        case "billion", "bn", "bln": return 9
        case "trillion", "trn": return 12
        default: return nil
        }
    }

    /// Russian month names in the genitive, and their abbreviations.
    static let russianMonths: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                     "ноября", "декабря"]
        let abbreviations = ["янв", "фев февр", "мар", "апр", "", "июн", "июл", "авг", "сен сент", "окт", "ноя нояб", "дек"]
        for k in 0..<12 {
            table[names[k]] = k + 1
            for abbreviation in abbreviations[k].split(separator: " ") { table[String(abbreviation)] = k + 1 }
        }
        return table
    }()

    /// Month abbreviations, which may take a `.` (`янв.`, `Jul.`).
    static let monthAbbreviations: Set<String> = [
        "янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// English month names and abbreviations, lower case (a match must be capitalised in the text).
    static let englishMonths: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        for (k, name) in names.enumerated() {
            table[name] = k + 1
            table[String(name.prefix(3))] = k + 1
        }
        table["sept"] = 9
        return table
    }()

    static let russianPercent: Set<String> = ["процент", "процента", "проценту", "процентом", "проценте", "проценты",
                                             "процентов", "процентам", "процентами", "процентах", "проц"]
    static let englishPercent: Set<String> = ["percent", "pct"]
    /// `1952 г.`, `1952 года`, `52 гг.`
    static let russianYear: Set<String> = ["г", "гг", "год", "года", "году", "годом", "годе", "годы", "годов", "годам",
                                           "годами", "годах"]
    /// `сего года`, `в текущем году`, `этот год`: the first word of a name of the current year.
    static let russianThisYear: Set<String> = ["сего", "текущего", "текущем", "текущий", "этого", "этом", "этот", "нынешнего",
                                               "нынешнем", "нынешний"]
    static let russianHour: Set<String> = ["час", "часа", "часов", "ч"]
    static let russianMinute: Set<String> = ["минут", "минута", "минуты", "минуту", "мин"]
    /// The part of the day after an hour (`9 часов вечера`): whether the hour is after noon.
    static let russianDayPart: [String: DayPart] = ["утра": .morning, "дня": .afternoon, "вечера": .evening, "ночи": .night]
    /// English ordinal suffixes written onto digits (`1st`, `22nd`, `14th`).
    static let englishOrdinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "d"]

    enum DayPart: Sendable {
        case morning, afternoon, evening, night

        /// The 24-hour hour of `hour` in this part of the day.
        func hour(_ hour: Int) -> Int {
            switch self {
            case .morning: return hour == 12 ? 0 : hour
            case .afternoon, .evening: return hour < 12 ? hour + 12 : hour
            case .night: return hour == 12 ? 0 : (hour >= 6 && hour < 12 ? hour + 12 : hour)
            }
        }
    }
}
