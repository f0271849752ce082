import Testing
@testable import SverkaDiagnose
import SverkaAlign
import SverkaIngest
import SverkaSegment

/// `number-mismatch` as the detector reports it (``NumberCheck``).
@Suite("NumberCheck")
struct NumberCheckTests {
    func numberMismatches(_ ru: String, _ en: String) throws -> [Divergence] {
        let source = try DocumentSegmenter(language: "ru").segment(DecodedText(name: "ru", text: ru))
        let target = try DocumentSegmenter(language: "en").segment(DecodedText(name: "en", text: en))
        let result = try DocumentAligner().align(source: source, target: target)
        return try DivergenceDetector().diagnose(result, level: .paragraph).divergences.filter { $0.kind == .numberMismatch }
    }

    let ru = """
        США тормозят разработку эффективных лекарств от COVID-19, ведущуюся во всем мире, так как исследователи тестируют препараты произвольно.

        В исследовании участвовали 12 000 пациентов в 180 больницах.
        """

    @Test("the number of a designation the translation names without it (COVID-19 ~ Covid) is no mismatch")
    func designationShortened() throws {
        let en = """
            The global effort to produce useful anti-Covid medicines is being hampered by the US, where researchers test drugs haphazardly.

            The study has involved 12,000 patients at 180 hospitals.
            """
        let found = try numberMismatches(ru, en)
        #expect(found.isEmpty, "\(found.map(\.reason))")
    }

    @Test("a designation numbered differently, or a value changed beside it, is still a mismatch")
    func designationChanged() throws {
        let renumbered = """
            The global effort to produce useful anti-COVID-17 medicines is being hampered by the US, where researchers test drugs haphazardly.

            The study has involved 12,000 patients at 180 hospitals.
            """
        #expect(try numberMismatches(ru, renumbered).contains { $0.reason.contains("19") && $0.reason.contains("17") })
        let changed = """
            The global effort to produce useful anti-Covid medicines is being hampered by the US, where researchers test drugs haphazardly.

            The study has involved 12,000 patients at 190 hospitals.
            """
        #expect(try numberMismatches(ru, changed).contains { $0.reason.contains("190") })
    }
}
