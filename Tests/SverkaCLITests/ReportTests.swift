import Foundation
import Testing
import SverkaTestSupport

/// The acceptance of the divergence report on the bundled telegram.
@Suite("sverka align report on the telegram")
struct ReportTests {
    static func report() throws -> String {
        let result = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram])
        #expect(result.status == 0, "\(result)")
        return result.stdout
    }

    /// The lines of the report section titled `title`.
    static func section(_ title: String, in report: String) -> [Substring] {
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(title) }) else { return [] }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex(where: { $0.isEmpty }) ?? rest.endIndex
        return Array(rest[rest.startIndex..<end])
    }

    @Test("stamps, the notes field and the return stamps are untranslated; nothing translated is")
    func untranslated() throws {
        let lines = Self.section("Untranslated", in: try Self.report()).joined(separator: "\n")
        for stamp in ["СОВЕРШЕННО СЕКРЕТНО** Снятие копий", "ПОДЛЕЖИТ ВОЗВРАТУ ЧЕРЕЗ 6 СУТ", "Для заметок и резолюций",
                      "ПОДЛЕЖИТ ВОЗВРАТУ в IV 367-я"] {
            #expect(lines.contains(stamp), "\(stamp) should be reported untranslated")
        }
        // Paragraphs that have a translation are not reported untranslated.
        for translated in ["Посылаю Вам", "Ценой жертв", "Непринятие предложения", "Серия", "Товарищу Ф И Л И П П О В У"] {
            #expect(!lines.contains(translated), "\(translated) is translated")
        }
    }

    @Test("the distribution and signature block is reported as left out, marked by [...]")
    func distributionBlock() throws {
        let lines = Self.section("Marked as omitted", in: try Self.report()).joined(separator: "\n")
        #expect(lines.contains("Расп. Ваганов"))
        #expect(lines.contains("[...]"))
    }

    @Test("the copy list is reported as summarised")
    func copyList() throws {
        let lines = Self.section("Partial or summarised", in: try Self.report()).joined(separator: "\n")
        #expect(lines.contains("Copies: Stalin (2)"))
        #expect(lines.contains("summarised"))
    }

    @Test("the differing name in the paragraph that begins 'After we wrote a telegram to comrade'")
    func differingName() throws {
        let lines = Self.section("Names that differ", in: try Self.report())
        #expect(lines.first?.contains("ЛИ КЭ-НУН") == true)
        #expect(lines.joined(separator: "\n").contains("After we wrote a telegram to comrade"))
        #expect(lines.filter { $0.contains("[warning]") }.count == 1, "no other name is reported")
    }

    @Test("bracketed insertions are information, not errors")
    func insertions() throws {
        let lines = Self.section("Translator's insertions", in: try Self.report())
        let joined = lines.joined(separator: "\n")
        for insertion in ["[Stalin]", "[Air Force]", "[territory]", "[Anti-aircraft Defense]"] {
            #expect(joined.contains("the translator added \(insertion)"))
        }
        #expect(lines.filter { $0.hasPrefix("  [") }.allSatisfy { $0.hasPrefix("  [info]") })
    }

    @Test("--quiet stops after the summary")
    func quiet() throws {
        let result = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--quiet"])
        #expect(result.stdout.contains("Divergences: "))
        #expect(!result.stdout.contains("Untranslated ("))
    }
}
