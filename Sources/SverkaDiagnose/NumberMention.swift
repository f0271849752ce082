/// One number as a text writes it (`1,5 млн`, `18.7.52`, `twenty-one`, `14-го`, `15%`), with the
/// values it can be read as.
///
/// A notation can be ambiguous: `3.00` is the number 3 or the time 03:00, `10,000` in a Russian
/// text ten thousand or ten, `52` the number or the year 1952. `readings` lists every reading, the
/// likeliest first; a mention matches one on the other side when they share any reading.
///
/// A mention made of smaller ones (a date of a day, a month and a year; a time of hours and
/// minutes; `15 200`, which may be one number or two) lists them in `parts`: when the whole finds no
/// counterpart, its parts are matched one by one, so `18.7.52` is still found in a translation that
/// writes `July 18` and, later, `1952`.
public struct NumberMention: Hashable, Sendable, CustomStringConvertible {
    /// The mention as written, from its first digit or word to its last (`1952 г.`, `July 18, 1952`).
    public let text: String
    /// Where `text` is in the string it was found in.
    public let range: Range<String.Index>
    /// The values the mention can be read as, the likeliest first; never empty.
    public let readings: [NumberValue]
    /// A word that is often no number at all (`one`, `один`, `first`, `второй`, a bare `тысячи`,
    /// `twice`): it matches a number on the other side, but is never reported as unmatched itself.
    public let isWeak: Bool
    /// The smaller mentions this one is made of, matched one by one when the whole is not matched;
    /// empty for a simple number.
    public let parts: [NumberMention]

    /// The likeliest reading.
    public var value: NumberValue { readings[0] }

    /// The text, followed by the value in brackets when the text has words or is a date or a time
    /// (`1,5 млн (1500000)`, `18.7.52 (1952-07-18)`, `14.20`).
    public var description: String {
        if text == value.canonical || (value.kind == .number && !text.contains(where: \.isLetter)) { return text }
        return "\(text) (\(value.canonical))"
    }

    /// A mention of `text`, found at `range`, read as `readings` (the likeliest first; must not be
    /// empty).
    public init(text: String, range: Range<String.Index>, readings: [NumberValue], isWeak: Bool = false,
                parts: [NumberMention] = []) {
        precondition(!readings.isEmpty, "a number mention needs a reading")
        self.text = text
        self.range = range
        self.readings = readings
        self.isWeak = isWeak
        self.parts = parts
    }
}
