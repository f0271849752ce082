import Foundation
import SverkaTestSupport
import Testing
@testable import SverkaAlign
@testable import SverkaDiagnose
@testable import SverkaWrite

/// The report, the HTML page and the JSON document show one summary, computed once.
@Suite("AlignmentSummary")
struct AlignmentSummaryTests {
    typealias Support = WriterTestSupport

    @Test("the telegram's report, HTML page and JSON agree on the shares translated and the mean confidence")
    func writersAgree() throws {
        let result = try TestDocuments.telegram()
        let units = AlignedUnits(result: result, level: .paragraph)
        let diagnosis = Support.diagnosis(for: result, level: .paragraph)
        let summary = try #require(AlignmentSummary(units, diagnosis: diagnosis))
        #expect(summary.source.unpaired > 0)
        #expect(summary.source.paired + summary.source.unpaired + summary.source.omitted == summary.source.content)
        let share = try #require(summary.source.pairedShare)
        let percent = String(format: "%.1f%%", 100 * share)
        let mean = try #require(summary.meanPairConfidence)

        let report = AlignmentReportWriter().write(units, diagnosis: diagnosis)
        #expect(report.contains("translated:  \(summary.source.paired) of \(summary.source.content) (\(percent))"), "\(report.prefix(600))")
        #expect(report.contains("mean confidence of pairs: \((mean * 100).rounded() / 100)"))

        let html = HTMLWriter(toolVersion: "0").write(units, diagnosis: diagnosis)
        #expect(html.contains("\(summary.source.paired) of \(summary.source.content) (\(percent))"))
        #expect(html.contains(String(format: "%.2f", mean)))

        let json = try AlignmentJSONWriter(toolVersion: "0").write(units, diagnosis: diagnosis)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let written = try #require(root["summary"] as? [String: Any])
        let source = try #require(written["source"] as? [String: Any])
        #expect(source["paired"] as? Int == summary.source.paired && source["content"] as? Int == summary.source.content)
        #expect(abs((source["pairedShare"] as? Double ?? -1) - share) < 1e-12)
        #expect(abs((written["meanPairConfidence"] as? Double ?? -1) - mean) < 1e-12)
        let kinds = try #require(written["divergencesByKind"] as? [String: Int])
        #expect(kinds.values.reduce(0, +) == diagnosis.divergences.count)
    }
}
