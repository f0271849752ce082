import Foundation

/// The value a number stands for, whatever its notation: an exact decimal number, a calendar date
/// or a time of day. Two values are equal when they mean the same thing: `1,5 млн`, `1.5 million`
/// and `1 500 000` are all the number `1500000`; `18.7.1952` and `July 18, 1952` the date
/// `1952-07-18`.
public struct NumberValue: Hashable, Sendable, CustomStringConvertible {
    /// What sort of value this is.
    public enum Kind: String, Hashable, Sendable {
        /// A non-negative decimal number (cardinal, ordinal, percentage, scaled by a word).
        case number
        /// A day of a month, with or without its year.
        case date
        /// A time of day on the 24-hour clock.
        case time
        /// The year of writing, named rather than numbered (`с.г.`, `сего года`, `this year`): it
        /// matches its like, or any year on the other side left without a partner.
        case currentYear
    }

    /// What sort of value this is.
    public let kind: Kind
    /// The canonical form, equal for equal values: a plain decimal for numbers (`1500000`, `1.5`,
    /// `0.25`, no leading or trailing zeros), ISO 8601 for dates (`1952-07-18`, `--07-18` without
    /// a year) and times (`03:00`).
    public let canonical: String

    /// The canonical form.
    public var description: String { canonical }

    init(kind: Kind, canonical: String) {
        self.kind = kind
        self.canonical = canonical
    }

    /// The number written in plain decimal notation (`1500000`, `1.5`, `007`), or nil if `number`
    /// is not digits with at most one `.`.
    public init?(number: String) {
        let parts = number.utf8.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard let integer = parts.first, !number.isEmpty,
              parts.allSatisfy({ $0.allSatisfy(NumberQuantity.isDigit) }) else { return nil }
        let fraction: [UInt8] = parts.count > 1 ? Array(parts[1]) : []
        guard !(integer.isEmpty && fraction.isEmpty) else { return nil }
        self = NumberQuantity(integer: Array(integer), fraction: fraction).value
    }

    /// The whole number `n` (its magnitude, if negative).
    public static func integer(_ n: Int) -> NumberValue {
        NumberQuantity(digits: String(n.magnitude)).value
    }

    /// The date `day` `month` `year` (`year` nil: a day of a month, as in `15 июля`).
    public static func date(year: Int?, month: Int, day: Int) -> NumberValue {
        let monthDay = pad(month) + "-" + pad(day)
        if let year { return NumberValue(kind: .date, canonical: pad(year, width: 4) + "-" + monthDay) }
        return NumberValue(kind: .date, canonical: "--" + monthDay)
    }

    /// The year of writing, named rather than numbered (`с.г.`, `this year`).
    public static let currentYear = NumberValue(kind: .currentYear, canonical: "this year")

    /// Whether this is a number that reads as a year (1800–2199).
    var isYear: Bool {
        guard kind == .number, canonical.utf8.count == 4, let n = Int(canonical) else { return false }
        return (1800...2199).contains(n)
    }

    /// The time of day `hour`:`minute` (24-hour clock).
    public static func time(hour: Int, minute: Int) -> NumberValue {
        NumberValue(kind: .time, canonical: pad(hour) + ":" + pad(minute))
    }

    /// The number as a `Decimal`, or nil for a date or a time (or a number of more digits than
    /// `Decimal` holds exactly).
    public var decimal: Decimal? {
        guard kind == .number, canonical.utf8.count <= 38 else { return nil }
        return Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX"))
    }

    private static func pad(_ n: Int, width: Int = 2) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// An exact non-negative decimal, `significand × 10^exponent`, the significand ASCII digits
/// without leading or trailing zeros (empty for zero): equal numbers are equal whatever their
/// notation, with no floating point anywhere.
struct NumberQuantity: Hashable, Sendable {
    private(set) var significand: [UInt8]
    private(set) var exponent: Int

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `integer.fraction × 10^exponent`, both ASCII digit strings.
    init(integer: [UInt8], fraction: [UInt8] = [], exponent: Int = 0) {
        self.init(digits: fraction.isEmpty ? integer : integer + fraction, exponent: exponent - fraction.count)
    }

    /// The whole number written `digits` (ASCII digits).
    init(digits: String) {
        self.init(digits: Array(digits.utf8), exponent: 0)
    }

    /// `tenths / 10`.
    init(tenths: Int) {
        self.init(digits: Array(String(tenths.magnitude).utf8), exponent: -1)
    }

    private init(digits: [UInt8], exponent: Int) {
        var start = 0
        while start < digits.count && digits[start] == 0x30 { start += 1 }
        var end = digits.count
        var exponent = exponent
        while end > start && digits[end - 1] == 0x30 { end -= 1; exponent += 1 }
        if start == end {
            significand = []
            self.exponent = 0
        } else {
            significand = Array(digits[start..<end])
            self.exponent = exponent
        }
    }

    /// This number times `10^power`.
    func scaled(by power: Int) -> NumberQuantity {
        var copy = self
        if !copy.significand.isEmpty { copy.exponent += power }
        return copy
    }

    /// The number when it is whole and below a billion.
    var integerValue: Int? {
        guard exponent >= 0, significand.count + exponent <= 9 else { return nil }
        var n = 0
        for digit in significand { n = n * 10 + Int(digit - 0x30) }
        for _ in 0..<exponent { n *= 10 }
        return n
    }

    var value: NumberValue { NumberValue(kind: .number, canonical: rendered) }

    /// Plain decimal notation, no exponent.
    var rendered: String {
        if significand.isEmpty { return "0" }
        var bytes: [UInt8]
        if exponent >= 0 {
            bytes = significand
            bytes.append(contentsOf: repeatElement(0x30, count: exponent))
        } else {
            let point = significand.count + exponent
            if point > 0 {
                bytes = Array(significand[..<point])
                bytes.append(UInt8(ascii: "."))
                bytes.append(contentsOf: significand[point...])
            } else {
                bytes = [0x30, UInt8(ascii: ".")]
                bytes.append(contentsOf: repeatElement(0x30, count: -point))
                bytes.append(contentsOf: significand)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
