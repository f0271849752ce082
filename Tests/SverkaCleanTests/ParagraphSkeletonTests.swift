import Testing
@testable import SverkaClean

@Suite("ParagraphSkeleton")
struct ParagraphSkeletonTests {
    @Test("particulars vanish, shape stays", arguments: [
        ("Продолжение шифртелеграммы № 21646", "продолжение шифртелеграммы"),
        ("Продолжение шифртелеграммы № \\_\\_\\_\\_\\_", "продолжение шифртелеграммы"),
        ("Лист „ 2 “", "лист #"),
        ("Лист 4", "лист #"),
        ("- 3 -", "#"),
        ("18.7.52", "#"),
        ("(см. сл. лист)", "см сл лист"),
        ("(СМ.СЛ.ЛИСТ)", "см сл лист"),
        ("* * *", ""),
    ])
    func skeleton(text: String, expected: String) {
        #expect(ParagraphSkeleton.of(text) == expected)
    }
}
