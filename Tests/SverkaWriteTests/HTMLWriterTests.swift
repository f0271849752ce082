import Foundation
import Testing
import SverkaAlign
import SverkaDiagnose
import SverkaSegment
@testable import SverkaWrite
import SverkaTestSupport

@Suite("HTMLWriter", .serialized)
struct HTMLWriterTests {
    typealias Support = WriterTestSupport

    /// Where the telegram page's screenshot is kept for people to look at.
    static let screenshotPath = "/tmp/sverka-telegram.png"
    /// Where the telegram page itself is kept beside it.
    static let pagePath = "/tmp/sverka-telegram.html"

    static func handMadePage(source: [String]? = nil) -> (String, Diagnosis) {
        let result = source.map { HandMade.result(source: $0) } ?? HandMade.result()
        let diagnosis = Diagnosis(divergences: [
            HandMade.divergence(.numberMismatch, bead: 0),
            HandMade.divergence(.untranslated, bead: 1),
            HandMade.divergence(.partial, bead: 0, level: .sentence, reason: "elsewhere"),
        ], thresholds: ["partial.lowRatio": 0.42])
        return (HTMLWriter(toolVersion: "9.9").write(AlignedUnits(result: result, level: .paragraph), diagnosis: diagnosis), diagnosis)
    }

    @Test("Rows: one per bead with its anchor and classes; cells carry the documents' languages")
    func rows() throws {
        let (html, _) = Self.handMadePage()
        let page = try XMLTree.parse(html)
        #expect(page.name == "html")
        let rows = page.descendants("tr").filter { $0.attributes["id"]?.hasPrefix("bead-") == true }
        #expect(rows.map { $0.attributes["id"] ?? "" } == ["bead-0", "bead-1", "bead-2", "bead-3"])
        #expect(rows.map { $0.attributes["class"] ?? "" } == [
            "bead diverges sev-warning", "bead untranslated diverges sev-warning", "bead furniture", "bead added",
        ])
        for row in rows {
            let texts = row.children("td").filter { $0.attributes["class"]?.hasPrefix("text") == true }
            #expect(texts.map { $0.attributes["lang"] ?? "" } == ["ru", "en"])
        }
        #expect(rows[0].allText.contains("Привет & <мир>"))
        #expect(rows[3].allText.contains("[Translator's note]"))
        #expect(rows[1].allText.contains("no counterpart"))
    }

    @Test("The alignment map heads the page: one mark per bead, each a link to its row; dots on beads with divergences")
    func map() throws {
        let (html, _) = Self.handMadePage()
        let page = try XMLTree.parse(html)
        let section = try #require(page.descendants("section").first)
        #expect(section.attributes["id"] == "map")
        let svg = try #require(section.descendants("svg").first)
        #expect(svg.attributes["xmlns"] == nil) // inline SVG in HTML needs no namespace (and the page names no URL)
        let marks = svg.descendants("line").filter { $0.attributes["class"]?.hasPrefix("bead") == true }
        #expect(marks.map { $0.attributes["data-bead"] ?? "" } == ["0", "1", "2", "3"])
        #expect(svg.descendants("a").filter { $0.children("line").count == 1 }.map { $0.attributes["href"] ?? "" }
                == ["#bead-0", "#bead-1", "#bead-2", "#bead-3"])
        #expect(svg.descendants("circle").filter { $0.attributes["class"]?.hasPrefix("divergence") == true }
                .map { $0.attributes["data-bead"] ?? "" } == ["0", "1"])
        #expect(marks[2].attributes["class"] == "bead furniture")
        #expect(svg.allText.contains("Alignment map: a.ru.md → a.en.md"))
        let noAlignment = HTMLWriter(toolVersion: "1").write(AlignedUnits(result: HandMade.result(paragraphs: false), level: .paragraph))
        #expect(!noAlignment.contains("<svg"))
    }

    @Test("Divergences: each listed with an id, linked to its bead when at the written level, and noted in its row")
    func divergences() throws {
        let (html, diagnosis) = Self.handMadePage()
        let page = try XMLTree.parse(html)
        let items = page.descendants("li").filter { $0.attributes["id"]?.hasPrefix("divergence-") == true }
        #expect(items.map { $0.attributes["id"] ?? "" } == diagnosis.divergences.indices.map { "divergence-\($0)" })
        #expect(items[0].descendants("a").first?.attributes["href"] == "#bead-0")
        #expect(items[1].descendants("a").first?.attributes["href"] == "#bead-1")
        #expect(items[2].descendants("a").isEmpty) // a sentence bead: no row on a paragraph page
        #expect(items[2].allText.contains("sentence bead 0"))
        #expect(items[0].allText.contains("\"1952\" & <b> missing"))
        let row = try #require(page.descendants("tr").first { $0.attributes["id"] == "bead-0" })
        #expect(row.descendants("a").contains { $0.attributes["href"] == "#divergence-0" })
        #expect(html.contains("partial.lowRatio"))
        #expect(html.contains("number-mismatch"))
    }

    @Test("Self-contained and inert: no script, no external resource; input text cannot add markup")
    func inert() throws {
        let hostile = "<script>document.title='pwned'</script><img src=x onerror=alert(1)></td></tr>&amp;"
        let (html, _) = Self.handMadePage(source: [hostile, "b", "c"])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("url(") && !html.contains("@import"))
        #expect(html.contains("&lt;script&gt;document.title=&apos;pwned&apos;&lt;/script&gt;") ||
                html.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"))
        let page = try XMLTree.parse(html)
        #expect(page.descendants("tr").first { $0.attributes["id"] == "bead-0" }?.allText.contains(hostile) == true)
        func descendantsOf(_ element: XMLTree) -> [XMLTree] { element.children.flatMap { [$0] + descendantsOf($0) } }
        let elements = [page] + descendantsOf(page)
        #expect(Set(elements.map(\.name)).isDisjoint(with: ["script", "img", "link", "iframe", "object", "embed"]))
        #expect(elements.allSatisfy { $0.attributes["src"] == nil && !$0.attributes.keys.contains { $0.hasPrefix("on") } })
        #expect(elements.compactMap { $0.attributes["href"] }.allSatisfy { $0.hasPrefix("#") })
    }

    @Test("No alignment at the level: the page says so and stays well-formed; no divergences: says so")
    func empty() throws {
        let html = HTMLWriter(toolVersion: "1").write(AlignedUnits(result: HandMade.result(paragraphs: false), level: .paragraph))
        let page = try XMLTree.parse(html)
        #expect(page.descendants("tr").filter { $0.attributes["id"] != nil }.isEmpty)
        #expect(html.contains("No paragraph alignment was made."))
        #expect(html.contains("No divergences were found."))
    }

    @Test("Chromium renders the telegram page: both texts and every divergence are in the DOM; a screenshot is taken",
          Support.requires(.chromium))
    func chromium() throws {
        let result = try TestDocuments.telegram()
        let diagnosis = Support.diagnosis(for: result, level: .paragraph)
        let units = AlignedUnits(result: result, level: .paragraph)
        let html = HTMLWriter(toolVersion: "0.1.0").write(units, diagnosis: diagnosis)
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(html.utf8).write(to: URL(fileURLWithPath: Self.pagePath))
        let path = Self.pagePath
        let chromium = try Support.require(.chromium)
        let url = URL(fileURLWithPath: path).absoluteString

        let dump = try Support.run(chromium, Support.chromiumArguments(profile: directory.appendingPathComponent("profile-dom"))
                                   + ["--dump-dom", url], timeout: 180)
        #expect(!dump.timedOut)
        #expect(dump.status == 0, "chromium --dump-dom: \(dump.stderr.suffix(2000))")
        let dom = dump.stdout
        #expect(dom.contains("<title>Sverka: "))
        for sentence in ["Товарищу Ф И Л И П П О В У", "После двухдневного изучения нами данного вопроса",
                         "To Comrade FILIPPOV [Stalin]", "We will look at the positive and negative sides of this question:"] {
            #expect(dom.contains(sentence), "missing from the rendered page: \(sentence)")
        }
        for (k, d) in diagnosis.divergences.enumerated() {
            #expect(dom.contains("id=\"divergence-\(k)\""))
            if d.level == .paragraph { #expect(dom.contains("href=\"#bead-\(d.bead)\"")) }
        }
        for index in try #require(units.alignment).beads.indices {
            #expect(dom.contains("id=\"bead-\(index)\""))
        }
        #expect(!dom.contains("<script"))

        try? FileManager.default.removeItem(atPath: Self.screenshotPath)
        let shot = try Support.run(chromium, Support.chromiumArguments(profile: directory.appendingPathComponent("profile-shot"))
                                   + ["--screenshot=\(Self.screenshotPath)", "--window-size=1280,2000", url], timeout: 180)
        #expect(!shot.timedOut)
        #expect(shot.status == 0, "chromium --screenshot: \(shot.stderr.suffix(2000))")
        let png = try Data(contentsOf: URL(fileURLWithPath: Self.screenshotPath))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 50_000, "a 1280×2000 page of text should not compress below 50 kB: \(png.count) bytes")
    }

    @Test("Chromium runs no script from the input: the hostile text stays text", Support.requires(.chromium))
    func chromiumInert() throws {
        let hostile = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='img'\">"
        let (html, _) = Self.handMadePage(source: [hostile, "b", "c"])
        let directory = try Support.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Support.write(html, to: "hostile.html", in: directory)
        let dump = try Support.run(try Support.require(.chromium),
                                   Support.chromiumArguments(profile: directory.appendingPathComponent("profile"))
                                   + ["--dump-dom", URL(fileURLWithPath: path).absoluteString], timeout: 180)
        #expect(dump.status == 0, "chromium: \(dump.stderr.suffix(2000))")
        #expect(dump.stdout.contains("<title>Sverka: a.ru.md → a.en.md</title>"))
        #expect(!dump.stdout.contains("<script"))
        #expect(!dump.stdout.contains("<img"))
        #expect(dump.stdout.contains("&lt;script&gt;"))
    }
}
