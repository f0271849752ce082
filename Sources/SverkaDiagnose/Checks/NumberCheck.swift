/// `number-mismatch`: a number whose value is on one side of a pair only, after reading notations
/// and number words in both languages (``NumberMatcher``: `1,5 млн` ~ `1.5 million`, `15%` ~
/// `15 per cent`, `двух` ~ `two`, `18.7.52` ~ `July 18, 1952`, `21.00` ~ `9 p.m.`); bracketed
/// insertions aside. Numbers written in words only are matched but never reported on their own
/// (translators render `двое` as `both`, `a couple`, `the pair`), nor a number whose digits the
/// other side has with another scale or unit (`39,6 млн` ~ `$39.6m`), nor the number of a designation
/// that the other side names without it (`COVID-19` ~ `Covid`). An error when a number of three or more digits, a date or a time is
/// concerned, else a warning.
struct NumberCheck: DivergenceCheck {
    func findings(at bead: BeadUnderCheck) -> [Finding] {
        let result = bead.document.result
        let (source, target) = (bead.sourceWithoutInsertions, bead.targetWithoutInsertions)
        let unmatched = NumberMatcher.compare(
            source: NumberMatcher.mentions(in: source, language: result.source.language),
            target: NumberMatcher.mentions(in: target, language: result.target.language))
        var (missing, extra) = Self.reportable(missing: unmatched.missing, extra: unmatched.extra)
        missing.removeAll { Self.isDesignationNumber($0, in: source, nameBareIn: target) }
        extra.removeAll { Self.isDesignationNumber($0, in: target, nameBareIn: source) }
        guard !missing.isEmpty || !extra.isEmpty else { return [] }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("\(DivergenceDetector.list(missing.map(\.text))) in the original not in the translation") }
        if !extra.isEmpty { parts.append("\(DivergenceDetector.list(extra.map(\.text))) in the translation not in the original") }
        let serious = (missing + extra).contains { mention in
            mention.value.kind != .number || mention.text.filter({ $0.isASCII && $0.isNumber }).count >= 3
        }
        return [Finding(kind: .numberMismatch, severity: serious ? .error : .warning, reason: parts.joined(separator: "; "),
                        confidence: serious ? 0.9 : 0.75,
                        evidence: missing.map { "original \($0.description)" } + extra.map { "translation \($0.description)" })]
    }

    /// Whether `mention` (found in `text`) is the number of a designation joined to its word by a
    /// hyphen (`COVID-19`, `Су-27`) whose word `other` writes without a number (`Covid`): the
    /// translator shortened a name, no value went missing. When `other` numbers the word too
    /// (`COVID-17`), the numbers are compared as usual.
    static func isDesignationNumber(_ mention: NumberMention, in text: String, nameBareIn other: String) -> Bool {
        let before = text[..<mention.range.lowerBound]
        guard before.last == "-" else { return false }
        let word = String(before.dropLast().reversed().prefix(while: \.isLetter).reversed()).lowercased()
        guard word.count >= 2 else { return false }
        let lower = other.lowercased()
        var from = lower.startIndex
        while let found = lower.range(of: word, range: from..<lower.endIndex) {
            from = found.upperBound
            let startsWord = found.lowerBound == lower.startIndex || !lower[lower.index(before: found.lowerBound)].isLetter
            let rest = lower[found.upperBound...]
            guard startsWord, !(rest.first?.isLetter ?? false) else { continue }
            if !(rest.drop(while: { $0 == "-" || $0 == " " || $0 == "\u{00A0}" }).first?.isNumber ?? false) { return true }
        }
        return false
    }

    /// The unmatched mentions worth reporting: with digits, and not answered by the same digits
    /// on the other side.
    static func reportable(missing: [NumberMention], extra: [NumberMention]) -> ([NumberMention], [NumberMention]) {
        let written = { (mention: NumberMention) in mention.text.contains { $0.isASCII && $0.isNumber } }
        let digits = { (mention: NumberMention) in
            String(mention.text.filter { $0.isASCII && $0.isNumber }.drop { $0 == "0" })
        }
        var missing = missing.filter(written)
        var extra = extra.filter(written)
        var extraByDigits: [String: [Int]] = [:]
        for (k, mention) in extra.enumerated() { extraByDigits[digits(mention), default: []].append(k) }
        var answered = Set<Int>()
        missing = missing.filter { mention in
            guard var slots = extraByDigits[digits(mention)], let k = slots.first(where: { !answered.contains($0) }) else { return true }
            answered.insert(k)
            slots.removeAll { $0 == k }
            return false
        }
        extra = extra.enumerated().filter { !answered.contains($0.offset) }.map(\.element)
        return (missing, extra)
    }
}
