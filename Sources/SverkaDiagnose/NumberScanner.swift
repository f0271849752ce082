/// The conventions of a text's language that the number scanner uses.
struct NumberLanguage: Sendable {
    /// Russian number words, months, `тыс.`, `г.`, `часов`.
    let russian: Bool
    /// English number words, months, `million`, `per cent`, `p.m.`.
    let english: Bool
    /// A comma before digits is a decimal comma first (`1,5`), else a thousands separator first
    /// (`1,500`). Either way the other reading is kept when the digits allow it.
    let decimalComma: Bool

    /// The conventions of the language with the ICU or BCP 47 code `code` (`ru`, `en-GB`, `ru_RU`,
    /// `rus`).
    /// Other languages get no words, only notations.
    init(code: String) {
        let base = String(code.lowercased().unicodeScalars.prefix { $0.value >= 0x61 && $0.value <= 0x7A })
        russian = base == "ru" || base == "rus"
        english = base == "en" || base == "eng"
        decimalComma = !["en", "eng", "zh", "ja", "ko", "he", "th", "hi", "ms", "ga", "mt", "cy"].contains(base)
    }
}

/// Finds the numbers of a text by hand-written scanning (no regular expressions, no ICU): the text
/// is cut into tokens (runs of ASCII digits, words lower-cased with `ё` folded to `е`, single
/// symbols, with the white space before each), and a small parser reads numbers from them.
struct NumberScanner {
    enum Gap: Equatable { case none, space, narrow, other }
    enum Kind: Equatable { case digits, word, symbol }

    struct Token {
        let kind: Kind
        let start: String.Index
        let end: String.Index
        /// White space before the token: none, one space, one no-break or thin space, or more.
        let gap: Gap
        /// Digits as written; a word lower-cased, or empty when no rule looks at it; a symbol itself.
        let key: String
        let capitalized: Bool
        /// A word in Cyrillic letters.
        var cyrillic = false
        /// The number a Russian compound opens with (`двухдневный`: 2), or 0.
        var compound = 0
    }

    /// A number read from digits or words, before what follows it (a month, a scale word, a
    /// percent sign, a clock word) is looked at.
    private struct Base {
        var first: Int
        var last: Int
        /// The numeric readings, likeliest first.
        var numbers: [NumberQuantity]
        /// Other readings (a time, a date) of the same notation.
        var others: [NumberValue] = []
        var othersFirst = false
        var parts: [NumberMention] = []
        var weak = false
        /// The value, when a whole number written as one run of digits or in words.
        var integer: Int?
        var inDigits = true
        /// The notation reads as a time of day (`15:30`, `3.00`).
        var time: (hour: Int, minute: Int)?
        /// A two-digit number may be a year (`52` ~ `1952`).
        var yearCandidate = false
    }

    private let text: String
    private let language: NumberLanguage
    private let words: [String: NumberWords.Entry]
    private var tokens: [Token] = []

    /// The numbers of `text`, in order.
    static func mentions(in text: String, language: NumberLanguage) -> [NumberMention] {
        if !language.russian && !language.english && !text.utf8.contains(where: NumberQuantity.isDigit) { return [] }
        var scanner = NumberScanner(text: text, language: language)
        scanner.tokenize()
        return scanner.scan()
    }

    private init(text: String, language: NumberLanguage) {
        self.text = text
        self.language = language
        words = language.russian ? NumberWords.russian : (language.english ? NumberWords.english : [:])
    }

    // MARK: Tokens

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x400 && v <= 0x4FF { return true }
        return s.properties.isAlphabetic
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        // Unicode's White_Space beyond ASCII.
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private static func isCombining(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        if v <= 0x36F { return true }
        return s.properties.generalCategory == .nonspacingMark
    }

    private static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x400 && v <= 0x42F { return true }
        if v >= 0x430 && v <= 0x45F { return false }
        return s.properties.isUppercase
    }

    /// Lower case for Latin and Cyrillic, `ё` as `е`; other letters as they are.
    private static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        switch v {
        case 0x41...0x5A, 0x410...0x42F: return Unicode.Scalar(v + 0x20)!
        case 0x401, 0x451: return "е"
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50)!
        default: return s
        }
    }

    private mutating func tokenize() {
        let view = text.unicodeScalars
        var i = view.startIndex
        var gap = Gap.none
        while i < view.endIndex {
            let s = view[i]
            if s.value == 0xAD { i = view.index(after: i); continue } // soft hyphen
            if Self.isSpace(s) {
                if gap == .none {
                    gap = s == " " ? .space : ([0xA0, 0x2007, 0x2009, 0x202F].contains(s.value) ? .narrow : .other)
                } else {
                    gap = .other
                }
                i = view.index(after: i)
                continue
            }
            let start = i
            if Self.isDigit(s) {
                var key = String.UnicodeScalarView()
                while i < view.endIndex, Self.isDigit(view[i]) { key.append(view[i]); i = view.index(after: i) }
                tokens.append(Token(kind: .digits, start: start, end: i, gap: gap, key: String(key), capitalized: false))
            } else if Self.isLetter(s) {
                // The word's extent and the stem of its folded letters first; a string only for a
                // word whose stem some rule knows.
                var stem: UInt64 = 0
                var letters = 0
                while i < view.endIndex {
                    let c = view[i]
                    if Self.isLetter(c) {
                        if letters < 3 { stem = stem << 21 | UInt64(Self.folded(c).value) }
                        letters += 1
                    } else if Self.isCombining(c) {
                        // `е` + U+0308 is `ё`, folded to `е`: the mark is dropped.
                    } else if c == "'" || c == "\u{2019}" {
                        let next = view.index(after: i)
                        guard next < view.endIndex, Self.isLetter(view[next]) else { break }
                        if letters < 3 { stem = stem << 21 | UInt64(("'" as Unicode.Scalar).value) }
                        letters += 1
                    } else {
                        break
                    }
                    i = view.index(after: i)
                }
                var word = ""
                var compound = 0
                if NumberWords.stems.contains(stem << 2 | UInt64(min(letters, 3))) {
                    var key = String.UnicodeScalarView()
                    for c in view[start..<i] {
                        if Self.isLetter(c) { key.append(Self.folded(c)) } else if c == "'" || c == "\u{2019}" { key.append("'") }
                    }
                    word = String(key)
                    if !NumberWords.isRelevant(word) {
                        if language.russian { compound = NumberWords.russianCompoundValue(word) ?? 0 }
                        word = ""
                    }
                }
                tokens.append(Token(kind: .word, start: start, end: i, gap: gap, key: word, capitalized: Self.isUpper(s),
                                    cyrillic: s.value >= 0x400 && s.value <= 0x4FF, compound: compound))
            } else {
                i = view.index(after: i)
                tokens.append(Token(kind: .symbol, start: start, end: i, gap: gap, key: String(s), capitalized: false))
            }
            gap = .none
        }
    }

    // MARK: Token tests

    /// The word at `k`, if it is one some rule looks at.
    private func word(_ k: Int) -> String? {
        k < tokens.count && tokens[k].kind == .word && !tokens[k].key.isEmpty ? tokens[k].key : nil
    }

    private func isDigits(_ k: Int) -> Bool { k < tokens.count && tokens[k].kind == .digits }

    private func isSymbol(_ k: Int, _ symbol: String) -> Bool {
        k < tokens.count && tokens[k].kind == .symbol && tokens[k].key == symbol
    }

    private func isHyphen(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .symbol && (tokens[k].key == "-" || tokens[k].key == "\u{2010}" || tokens[k].key == "\u{2011}")
    }

    /// Token `k` follows the previous one directly.
    private func attached(_ k: Int) -> Bool { k < tokens.count && tokens[k].gap == .none }
    /// Token `k` follows the previous one after one space of any kind.
    private func spaced(_ k: Int) -> Bool { k < tokens.count && (tokens[k].gap == .space || tokens[k].gap == .narrow) }
    /// Token `k` follows the previous one directly or after one space.
    private func near(_ k: Int) -> Bool { k < tokens.count && tokens[k].gap != .other }

    /// `k`, or the `.` right after it (`тыс.`, `г.`).
    private func dotAfter(_ k: Int) -> Int { isSymbol(k + 1, ".") && attached(k + 1) ? k + 1 : k }

    /// The digits at `k` go on as a notation (`1952.5`, `18:00`).
    private func continuesNumeral(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k + 1].kind == .symbol, attached(k + 1), isDigits(k + 2), attached(k + 2) else { return false }
        return [".", ",", ":", "/"].contains(tokens[k + 1].key)
    }

    private func digitCount(_ k: Int) -> Int { tokens[k].key.utf8.count }

    private func intValue(_ k: Int) -> Int? {
        digitCount(k) <= 9 ? Int(tokens[k].key) : nil
    }

    // MARK: Mentions

    private func mention(_ first: Int, _ last: Int, _ readings: [NumberValue], weak: Bool = false,
                         parts: [NumberMention] = []) -> NumberMention {
        let range = tokens[first].start..<tokens[last].end
        var unique: [NumberValue] = []
        for reading in readings where !unique.contains(reading) { unique.append(reading) }
        return NumberMention(text: String(Substring(text.unicodeScalars[range])), range: range,
                             readings: unique, isWeak: weak, parts: parts)
    }

    /// The run of digits at `k` as a number alone (a two-digit one may be a year; `asYear`: it is
    /// one, the year of a date).
    private func plainMention(_ k: Int, asYear: Bool = false) -> NumberMention {
        let quantity = NumberQuantity(digits: tokens[k].key)
        return mention(k, k, Self.withYears([quantity.value], quantity.integerValue, first: asYear))
    }

    /// `readings` of the whole number `n`, with the years a two-digit `n` can stand for (`52`:
    /// 1952, 2052) after them, or before them when `first`.
    private static func withYears(_ readings: [NumberValue], _ n: Int?, first: Bool) -> [NumberValue] {
        guard let n, (10...99).contains(n) else { return readings }
        let years: [NumberValue] = [.integer(1900 + n), .integer(2000 + n)]
        return first ? years + readings : readings + years
    }

    private mutating func scan() -> [NumberMention] {
        var result: [NumberMention] = []
        var k = 0
        while k < tokens.count {
            switch tokens[k].kind {
            case .digits:
                // Digits of a handle or hashtag (`@user34`, `#pa28`) name an account or a topic.
                if k > 1 && tokens[k - 1].kind == .word && attached(k) && attached(k - 1)
                    && (isSymbol(k - 2, "@") || isSymbol(k - 2, "#")) {
                    k += 1
                    while k < tokens.count && tokens[k].kind == .digits && attached(k) { k += 1 }
                    continue
                }
                let (found, next) = numeral(at: k)
                result.append(contentsOf: found)
                k = max(next, k + 1)
            case .word:
                if let (found, next) = wordNumber(at: k) {
                    result.append(found)
                    k = max(next, k + 1)
                } else {
                    k += 1
                }
            case .symbol:
                k += 1
            }
        }
        return result
    }

    // MARK: Digits

    /// A time of day from an hour and two-digit minutes.
    private func clock(_ hour: [UInt8], _ minute: String) -> (hour: Int, minute: Int)? {
        guard hour.count <= 2, minute.utf8.count == 2, let h = Int(String(decoding: hour, as: UTF8.self)),
              let m = Int(minute), h <= 24, m <= 59 else { return nil }
        return (h, m)
    }

    /// A number written in digits with its separators: `1952`, `10 000`, `1,5`, `1,500.25`,
    /// `18.7.52`, `3:00`, `1952-07-18`.
    private func numeral(at i: Int) -> ([NumberMention], Int) {
        var groups = [i]
        var separators: [String] = []
        while true {
            let k = groups[groups.count - 1] + 1
            guard k < tokens.count else { break }
            let t = tokens[k]
            if t.kind == .symbol, t.gap == .none, [".", ",", ":", "/"].contains(t.key), isDigits(k + 1), attached(k + 1) {
                separators.append(t.key)
                groups.append(k + 1)
                continue
            }
            // `10 000`: groups of three after a space, while nothing else separated the digits.
            if t.kind == .digits, t.gap == .space || t.gap == .narrow, digitCount(k) == 3, digitCount(i) <= 3,
               separators.allSatisfy({ $0 == " " }) {
                separators.append(" ")
                groups.append(k)
                continue
            }
            break
        }
        let last = groups[groups.count - 1]
        func separate() -> ([NumberMention], Int) { (groups.map { plainMention($0) }, last + 1) }

        if groups.count == 1 && !isHyphen(i + 1) {
            // The common case: a run of digits alone.
            let quantity = NumberQuantity(digits: tokens[i].key)
            var base = Base(first: i, last: i, numbers: [quantity])
            base.integer = quantity.integerValue
            base.yearCandidate = true
            return finishOne(base)
        }

        // ISO 8601: 1952-07-18.
        if groups.count == 1, digitCount(i) == 4, isHyphen(i + 1), attached(i + 1), isDigits(i + 2), attached(i + 2),
           digitCount(i + 2) == 2, isHyphen(i + 3), attached(i + 3), isDigits(i + 4), attached(i + 4), digitCount(i + 4) == 2,
           let year = intValue(i), let month = intValue(i + 2), let day = intValue(i + 4), (1...12).contains(month),
           (1...31).contains(day) {
            let end = yearMarkerEnd(at: i + 5) ?? i + 4
            return ([dateMention(dayMonths: [(day, month)], dayPart: plainMention(i + 4), monthPart: plainMention(i + 2),
                                 dayMonthSpan: (i + 2, i + 4), year: (year, false, plainMention(i, asYear: true)), span: (i, end))], end + 1)
        }

        let headCount = 1 + separators.prefix(while: { $0 == " " }).count
        var head: [UInt8] = []
        for g in groups[..<headCount] { head.append(contentsOf: tokens[g].key.utf8) }
        let rest = Array(groups[headCount...])
        let restSeparators = Array(separators[(headCount - 1)...])

        if rest.isEmpty {
            let quantity = NumberQuantity(integer: head)
            var base = Base(first: i, last: last, numbers: [quantity])
            if headCount == 1 {
                base.integer = quantity.integerValue
                base.yearCandidate = true
            } else {
                base.parts = groups.map { plainMention($0) } // `15 200` may be two numbers
            }
            return finishOne(base)
        }

        if restSeparators.count == 1 {
            let separator = restSeparators[0]
            let fraction = tokens[rest[0]].key
            switch separator {
            case ":":
                guard headCount == 1, let (h, m) = clock(head, fraction) else { return separate() }
                var base = Base(first: i, last: last, numbers: m == 0 ? [NumberQuantity(integer: head)] : [])
                base.others = [.time(hour: h, minute: m)]
                base.othersFirst = true
                base.time = (h, m)
                base.parts = groups.map { plainMention($0) }
                return finishOne(base)
            case ".", ",":
                let decimal = NumberQuantity(integer: head, fraction: Array(fraction.utf8))
                var numbers = [decimal]
                if headCount == 1, head.count <= 3, fraction.utf8.count == 3 {
                    let grouped = NumberQuantity(integer: head + Array(fraction.utf8))
                    if separator == "," && !language.decimalComma { numbers.insert(grouped, at: 0) } else { numbers.append(grouped) }
                }
                var base = Base(first: i, last: last, numbers: numbers)
                if separator == ".", headCount == 1 {
                    if let (h, m) = clock(head, fraction) {
                        base.others.append(.time(hour: h, minute: m))
                        base.time = (h, m)
                    }
                    if head.count <= 2, fraction.utf8.count <= 2, let day = intValue(i), let month = intValue(rest[0]),
                       (1...31).contains(day), (1...12).contains(month) {
                        base.others.append(.date(year: nil, month: month, day: day))
                    }
                }
                base.parts = groups.map { plainMention($0) }
                return finishOne(base)
            default:
                return separate() // `123/45`: two numbers
            }
        }

        guard headCount == 1 else { return separate() }
        let lengths = groups.map(digitCount)
        // A date: 18.7.52, 18.07.1952, 7/18/52.
        if groups.count == 3, restSeparators.allSatisfy({ $0 == "." }) || restSeparators.allSatisfy({ $0 == "/" }),
           lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 2 || lengths[2] == 4,
           let a = intValue(groups[0]), let b = intValue(groups[1]), let year = intValue(groups[2]) {
            var dayMonths: [(day: Int, month: Int)] = []
            if (1...31).contains(a), (1...12).contains(b) { dayMonths.append((a, b)) }
            if restSeparators[0] == "/", (1...31).contains(b), (1...12).contains(a), a != b { dayMonths.append((b, a)) }
            if !dayMonths.isEmpty {
                let end = yearMarkerEnd(at: last + 1) ?? last
                return ([dateMention(dayMonths: dayMonths, dayPart: plainMention(groups[0]), monthPart: plainMention(groups[1]),
                                     dayMonthSpan: (groups[0], groups[1]), year: (year, lengths[2] == 2, plainMention(groups[2], asYear: true)),
                                     span: (i, end))], end + 1)
            }
        }
        let groupedTail = lengths[0] <= 3 && lengths.dropFirst().allSatisfy { $0 == 3 }
        // 1,500,000 or 1.500.000.
        if groupedTail, restSeparators.allSatisfy({ $0 == restSeparators[0] }), restSeparators[0] == "." || restSeparators[0] == "," {
            var digits: [UInt8] = []
            for g in groups { digits.append(contentsOf: tokens[g].key.utf8) }
            var base = Base(first: i, last: last, numbers: [NumberQuantity(integer: digits)])
            base.parts = groups.map { plainMention($0) }
            return finishOne(base)
        }
        // 1,500.25 or 1.500,25.
        let point = restSeparators[restSeparators.count - 1]
        let grouping = point == "." ? "," : "."
        if point == "." || point == ",", restSeparators.dropLast().allSatisfy({ $0 == grouping }),
           lengths[0] <= 3, lengths.dropFirst().dropLast().allSatisfy({ $0 == 3 }) {
            var digits: [UInt8] = []
            for g in groups.dropLast() { digits.append(contentsOf: tokens[g].key.utf8) }
            var base = Base(first: i, last: last, numbers: [NumberQuantity(integer: digits, fraction: Array(tokens[last].key.utf8))])
            base.parts = groups.map { plainMention($0) }
            return finishOne(base)
        }
        return separate()
    }

    private func finishOne(_ base: Base) -> ([NumberMention], Int) {
        let (found, next) = finish(base)
        return ([found], next)
    }

    // MARK: Words

    /// A number written in words (`двадцать одна тысяча`, `one and a half million`), or an English
    /// date with the month first (`July 18, 1952`), at word `k`.
    private func wordNumber(at k: Int) -> (NumberMention, Int)? {
        guard language.russian || language.english else { return nil }
        let t = tokens[k]
        if t.key.isEmpty {
            return t.compound > 0 ? (mention(k, k, [.integer(t.compound)], weak: true), k + 1) : nil
        }
        if language.english, t.capitalized, let month = NumberWords.englishMonths[t.key], let date = monthFirstDate(at: k, month: month) {
            return date
        }
        if let end = currentYearEnd(at: k) {
            return (mention(k, end, [.currentYear], weak: true), end + 1)
        }
        if language.english, t.key == "a" || t.key == "an", spaced(k + 1), let next = word(k + 1), let entry = words[next],
           entry.role == .scale || entry.role == .hundred, !entry.ordinal, let base = parseWords(at: k + 1, first: k, article: true) {
            return finish(base)
        }
        guard words[t.key] != nil, let base = parseWords(at: k, first: k, article: false) else { return nil }
        return finish(base)
    }

    /// The last token of a name of the current year at `k` (`с.г.`, `сего года`, `this year`), or nil.
    private func currentYearEnd(at k: Int) -> Int? {
        guard let w = word(k) else { return nil }
        if language.russian {
            if w == "с", isSymbol(k + 1, "."), attached(k + 1), near(k + 2), word(k + 2) == "г" { return dotAfter(k + 2) }
            if NumberWords.russianThisYear.contains(w), near(k + 1), let year = word(k + 1), ["год", "года", "году"].contains(year) {
                return k + 1
            }
        }
        if language.english, w == "this" || w == "current", near(k + 1), let year = word(k + 1), year == "year" || year == "year's" {
            return k + 1
        }
        return nil
    }

    private static func powerOfTen(_ n: Int) -> Int {
        var result = 1
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// Number words from `start`, combined as the language combines them; values are counted in
    /// tenths (for `полтора`, `and a half`).
    private func parseWords(at start: Int, first: Int, article: Bool) -> Base? {
        typealias Role = NumberWords.Role
        var total = 0, current = 0
        var last: Role?
        var lastPower = Int.max
        var count = 0
        var weak = false
        var end = -1
        var j = start
        reading: while j < tokens.count {
            let t = tokens[j]
            guard t.kind == .word, let entry = words[t.key], count == 0 || t.gap != .other else { break }
            let fits: Bool
            switch entry.role {
            case .zero, .times, .decade, .sesqui: fits = last == nil
            case .unit: fits = last == nil || last == .tens || last == .hundreds || last == .hundred || last == .scale
            case .teen, .tens: fits = last == nil || last == .hundreds || last == .hundred || last == .scale
            case .hundreds: fits = last == nil || last == .scale
            case .hundred: fits = (last == nil || last == .unit || last == .teen || last == .tens || last == .sesqui) && current < 1000
            case .scale: fits = entry.value < lastPower && (current > 0 || last == nil)
            }
            if !fits {
                // English years said in pairs: nineteen fifty-two.
                if language.english, total == 0, (100...990).contains(current), current % 10 == 0,
                   last == .teen || last == .tens || last == .unit, entry.role == .teen || entry.role == .tens, !entry.ordinal {
                    var pair = entry.value
                    end = j
                    if entry.role == .tens, near(j + 1) || isHyphen(j + 1) {
                        let u = isHyphen(j + 1) && attached(j + 1) ? j + 2 : j + 1
                        if let w = word(u), let unit = words[w], unit.role == .unit, !unit.ordinal, u == j + 1 || attached(u) {
                            pair += unit.value
                            end = u
                        }
                    }
                    current = current * 100 + pair * 10
                    count += 1
                    weak = false
                }
                break
            }
            switch entry.role {
            case .zero: current = 0
            case .unit, .teen, .tens, .hundreds, .times, .decade: current += entry.value * 10
            case .sesqui: current = entry.value
            case .hundred: current = (current == 0 ? 10 : current) * 100
            case .scale:
                let (scaled, overflow) = (current == 0 ? 10 : current).multipliedReportingOverflow(by: Self.powerOfTen(entry.value))
                guard !overflow else { break reading }
                total += scaled
                current = 0
                lastPower = entry.value
            }
            last = entry.role
            count += 1
            weak = count == 1 && entry.weakAlone && !article
            end = j
            if entry.ordinal || entry.role == .zero || entry.role == .times || entry.role == .decade { break }
            j += 1
            // What joins this word to the next: twenty-one, two hundred and fifty, с половиной.
            if isHyphen(j), attached(j), attached(j + 1), let w = word(j + 1), words[w] != nil {
                j += 1
                continue
            }
            if language.english, word(j) == "and", spaced(j) {
                if word(j + 1) == "a", word(j + 2) == "half", current > 0, last != .scale {
                    current += 5
                    end = j + 2
                    count += 1
                    weak = false
                    last = .sesqui
                    j += 3
                    continue
                }
                if last == .hundred || last == .scale, spaced(j + 1), let w = word(j + 1), let next = words[w],
                   next.role == .unit || next.role == .teen || next.role == .tens {
                    j += 1
                    continue
                }
                break
            }
            if language.russian, word(j) == "с", word(j + 1) == "половиной", current > 0, last != .scale {
                current += 5
                end = j + 1
                count += 1
                weak = false
                last = .sesqui
                j += 2
                continue
            }
        }
        guard count > 0, end >= 0 else { return nil }
        let tenths = total + current
        var base = Base(first: first, last: end, numbers: [NumberQuantity(tenths: tenths)])
        base.weak = weak
        base.inDigits = false
        if tenths % 10 == 0, tenths / 10 < 1_000_000_000 { base.integer = tenths / 10 }
        return base
    }

    // MARK: What follows a number

    /// The last token of a Russian year word after `k` (`г.`, `года`), or nil.
    private func yearMarkerEnd(at k: Int) -> Int? {
        guard language.russian, near(k), let w = word(k), NumberWords.russianYear.contains(w) else { return nil }
        return w == "г" || w == "гг" ? dotAfter(k) : k
    }

    /// The scale word after digits at `k` (`тыс.`, `million`): its power of ten and last token.
    private func scaleAfter(_ k: Int) -> (power: Int, last: Int)? {
        guard language.russian || language.english, near(k), let w = word(k),
              let power = NumberWords.scaleAfterDigits(w, russian: language.russian) else { return nil }
        return (power, w.unicodeScalars.count <= 4 ? dotAfter(k) : k)
    }

    /// The last token of a percent sign or word at `k`, or nil.
    private func percentAfter(_ k: Int) -> Int? {
        guard near(k) else { return nil }
        if isSymbol(k, "%") { return k }
        guard let w = word(k) else { return nil }
        if language.russian, NumberWords.russianPercent.contains(w) { return w == "проц" ? dotAfter(k) : k }
        if language.english {
            if NumberWords.englishPercent.contains(w) { return k }
            if w == "per", spaced(k + 1), word(k + 1) == "cent" { return k + 1 }
        }
        return nil
    }

    /// The month named at `k`, if it is one in this language (English capitalised).
    private func monthNumber(_ k: Int) -> Int? {
        guard let w = word(k) else { return nil }
        if language.russian, let month = NumberWords.russianMonths[w] { return month }
        if language.english, tokens[k].capitalized, let month = NumberWords.englishMonths[w] { return month }
        return nil
    }

    /// A date: its readings (each day and month for each year), and parts: the day and month, then
    /// the year.
    private func dateMention(dayMonths: [(day: Int, month: Int)], dayPart: NumberMention, monthPart: NumberMention,
                             dayMonthSpan: (Int, Int), year: (value: Int, twoDigit: Bool, part: NumberMention)?,
                             span: (Int, Int)) -> NumberMention {
        let dayMonthReadings = dayMonths.map { NumberValue.date(year: nil, month: $0.month, day: $0.day) }
        guard let year else {
            return mention(span.0, span.1, dayMonthReadings, weak: dayPart.isWeak, parts: [dayPart, monthPart])
        }
        let dayMonth = mention(dayMonthSpan.0, dayMonthSpan.1, dayMonthReadings, weak: dayPart.isWeak, parts: [dayPart, monthPart])
        let years = year.twoDigit ? [1900 + year.value, 2000 + year.value] : [year.value]
        let readings = years.flatMap { y in dayMonths.map { NumberValue.date(year: y, month: $0.month, day: $0.day) } }
        return mention(span.0, span.1, readings, weak: dayPart.isWeak && year.part.isWeak, parts: [dayMonth, year.part])
    }

    /// The year after a month at `k` (`1952`, `, 1952`, `52 г.`): its value, whether two-digit,
    /// its mention, and the last token taken.
    private func yearAfterMonth(_ k: Int) -> (year: (value: Int, twoDigit: Bool, part: NumberMention), last: Int)? {
        var y = k
        if isSymbol(y, ","), attached(y) { y += 1 }
        guard isDigits(y), spaced(y), !continuesNumeral(y), let value = intValue(y) else { return nil }
        let marker = yearMarkerEnd(at: y + 1)
        guard digitCount(y) == 4 || (digitCount(y) <= 2 && marker != nil) else { return nil }
        return ((value, digitCount(y) <= 2, plainMention(y, asYear: true)), marker ?? y)
    }

    /// `18 июля 1952 г.`, `18-го июля`, `18 July 1952`, `18th of July`, `восемнадцатого июля`.
    private func dateAfterDay(_ b: Base, day: Int, at j: Int) -> (NumberMention, Int)? {
        var k = j
        if language.english, word(k) == "of", spaced(k) { k += 1 }
        guard spaced(k), let month = monthNumber(k) else { return nil }
        let monthLast = NumberWords.monthAbbreviations.contains(tokens[k].key) ? dotAfter(k) : k
        let dayPart = mention(b.first, b.last, [.integer(day)], weak: b.weak)
        let monthPart = mention(k, k, [.integer(month)], weak: b.weak)
        let year = yearAfterMonth(monthLast + 1)
        let last = year?.last ?? monthLast
        return (dateMention(dayMonths: [(day, month)], dayPart: dayPart, monthPart: monthPart, dayMonthSpan: (b.first, monthLast),
                            year: year?.year, span: (b.first, last)), last + 1)
    }

    /// `July 18, 1952`, `July 18th`, `Jul. 18`.
    private func monthFirstDate(at k: Int, month: Int) -> (NumberMention, Int)? {
        var d = k + 1
        if isSymbol(d, "."), attached(d), NumberWords.monthAbbreviations.contains(tokens[k].key) { d += 1 }
        guard isDigits(d), spaced(d), digitCount(d) <= 2, !continuesNumeral(d), let day = intValue(d), (1...31).contains(day) else {
            return nil
        }
        var dayLast = d
        if let w = word(d + 1), attached(d + 1), NumberWords.englishOrdinalSuffixes.contains(w) { dayLast = d + 1 }
        let dayPart = mention(d, dayLast, [.integer(day)])
        let monthPart = mention(k, k, [.integer(month)])
        var year: (value: Int, twoDigit: Bool, part: NumberMention)?
        var last = dayLast
        var y = dayLast + 1
        if isSymbol(y, ","), attached(y) { y += 1 }
        if isDigits(y), spaced(y), digitCount(y) == 4, !continuesNumeral(y), let value = intValue(y) {
            year = (value, false, plainMention(y, asYear: true))
            last = y
        }
        return (dateMention(dayMonths: [(day, month)], dayPart: dayPart, monthPart: monthPart, dayMonthSpan: (k, dayLast),
                            year: year, span: (k, last)), last + 1)
    }

    /// `3 часа 00 минут`, `9 часов вечера`, `в 9 утра`, `9 p.m.`, `3 o'clock`, `9:30 pm`.
    private func timeAfter(_ b: Base, at j: Int) -> (NumberMention, Int)? {
        let hour: Int
        if let time = b.time {
            hour = time.hour
        } else if let n = b.integer, n <= 24 {
            hour = n
        } else {
            return nil
        }
        let baseReadings = b.numbers.map { $0.value } + b.others
        if language.russian {
            var k = j
            var last = b.last
            var clockWord = false
            if near(k), let w = word(k), NumberWords.russianHour.contains(w) {
                clockWord = true
                last = w == "ч" ? dotAfter(k) : k
                k = last + 1
            }
            var minute = b.time?.minute
            var parts = b.parts
            if clockWord, b.time == nil, isDigits(k), spaced(k), digitCount(k) <= 2, let m = intValue(k), m <= 59,
               near(k + 1), let w = word(k + 1), NumberWords.russianMinute.contains(w) {
                minute = m
                let minuteLast = w == "мин" ? dotAfter(k + 1) : k + 1
                parts = [mention(b.first, last, [.integer(hour)], weak: b.weak), mention(k, minuteLast, [.integer(m)])]
                last = minuteLast
                k = last + 1
            }
            var dayPart: NumberWords.DayPart?
            if clockWord || b.time != nil || (1...12).contains(hour), spaced(k), let w = word(k), let part = NumberWords.russianDayPart[w] {
                dayPart = part
                last = k
            }
            if clockWord || dayPart != nil {
                let h = dayPart?.hour(hour) ?? hour
                let readings: [NumberValue]
                if minute == nil && dayPart == nil {
                    readings = [.integer(hour), .time(hour: hour, minute: 0)] + (hour < 12 ? [.time(hour: hour + 12, minute: 0)] : [])
                } else {
                    let m = minute ?? 0
                    readings = [.time(hour: h, minute: m)] + (m == 0 ? [.integer(hour)] : []) + baseReadings
                }
                return (mention(b.first, last, readings, weak: b.weak, parts: parts), last + 1)
            }
        }
        if language.english {
            let minute = b.time?.minute ?? 0
            if near(j), word(j) == "o'clock", b.time == nil {
                let readings: [NumberValue] = [.integer(hour), .time(hour: hour, minute: 0)] + (hour < 12 ? [.time(hour: hour + 12, minute: 0)] : [])
                return (mention(b.first, j, readings, weak: b.weak, parts: b.parts), j + 1)
            }
            if (1...12).contains(hour), let (afternoon, last) = meridiem(at: j) {
                let h = afternoon ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
                let readings: [NumberValue] = [.time(hour: h, minute: minute)] + (minute == 0 ? [.integer(hour)] : []) + baseReadings
                return (mention(b.first, last, readings, weak: b.weak, parts: b.parts), last + 1)
            }
        }
        return nil
    }

    /// `a.m.`, `p.m.`, `am`, `pm` at `k`: whether after noon, and the last token.
    private func meridiem(at k: Int) -> (afternoon: Bool, last: Int)? {
        guard near(k), let w = word(k) else { return nil }
        if w == "am" || w == "pm" { return (w == "pm", k) }
        if w == "a" || w == "p", isSymbol(k + 1, "."), attached(k + 1), word(k + 2) == "m", attached(k + 2) {
            return (w == "p", dotAfter(k + 2))
        }
        return nil
    }

    /// Reads what follows a number and makes the mention: suffixes written onto digits (`14-го`,
    /// `1st`, `1952г.`), a month (a date), a clock word (a time), a scale word, a percent sign, a
    /// year word.
    private func finish(_ start: Base) -> (NumberMention, Int) {
        var b = start
        var j = b.last + 1
        var percent = false
        var yearMarked = false
        var suffixed = false
        if b.inDigits, j < tokens.count {
            if isHyphen(j), attached(j), attached(j + 1), tokens[j + 1].kind == .word, tokens[j + 1].cyrillic {
                // 14-го, 1-й, 80-х, 5-летний, 15-процентный.
                if tokens[j + 1].key.utf8.starts(with: "процент".utf8) { percent = true } else { suffixed = true }
                b.last = j + 1
                j += 2
            } else if attached(j), let w = word(j) {
                if language.russian, w == "г" || w == "гг" {
                    yearMarked = true
                    b.last = dotAfter(j)
                    j = b.last + 1
                } else if b.integer != nil, NumberWords.englishOrdinalSuffixes.contains(w) {
                    suffixed = true
                    b.last = j
                    j += 1
                }
            }
        }
        if !percent, !yearMarked, b.time == nil, let day = b.integer, (1...31).contains(day),
           let date = dateAfterDay(b, day: day, at: j) {
            return date
        }
        if !percent, !yearMarked, let time = timeAfter(b, at: j) {
            return time
        }
        var numbers = b.numbers
        var scaled = false
        if b.inDigits, !numbers.isEmpty, !percent, !suffixed, !yearMarked, let (power, last) = scaleAfter(j) {
            numbers = numbers.map { $0.scaled(by: power) }
            scaled = true
            b.last = last
            j = last + 1
        }
        if !percent, !yearMarked, let last = percentAfter(j) {
            percent = true
            b.last = last
            j = last + 1
        }
        if !scaled, !percent, !yearMarked, b.integer != nil, let last = yearMarkerEnd(at: j) {
            yearMarked = true
            b.last = last
        }
        var readings = numbers.map { $0.value }
        if !scaled {
            readings = b.othersFirst ? b.others + readings : readings + b.others
            if b.yearCandidate, !percent { readings = Self.withYears(readings, b.integer, first: yearMarked) }
        }
        return (mention(b.first, b.last, readings, weak: b.weak, parts: scaled ? [] : b.parts), b.last + 1)
    }
}
