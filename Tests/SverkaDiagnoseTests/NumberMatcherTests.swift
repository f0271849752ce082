import Testing
@testable import SverkaDiagnose

@Suite("NumberMatcher")
struct NumberMatcherTests {
    @Test("normalised numbers match across notations", arguments: [
        ("от 3.00 15 июля", "of 3:00 15 July"),
        ("от 18.00 14-го июля", "of 18:00 14 July"),
        ("16 июля 1952г.", "16 July 1952."),
        ("3 часа 00 минут", "3:00"),
        ("18.7.52", "18.7.1952"),
    ])
    func matching(ru: String, en: String) {
        let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.numbers(in: ru), target: NumberMatcher.numbers(in: en))
        #expect(missing.isEmpty && extra.isEmpty, "\(missing) \(extra)")
    }

    @Test("a changed or dropped number is found on its side")
    func mismatch() {
        let (missing, extra) = NumberMatcher.compare(source: NumberMatcher.numbers(in: "на 10 полков, 38 параллели"),
                                                     target: NumberMatcher.numbers(in: "by 12 regiments, 38th parallel"))
        #expect(missing == ["10"] && extra == ["12"])
    }

    @Test("numbers are counted: two 1952s are not matched by one")
    func multiset() {
        let (missing, _) = NumberMatcher.compare(source: ["1952", "1952"], target: ["1952"])
        #expect(missing == ["1952"])
    }
}
