import Foundation
import Testing
import Sverka
import SverkaTestSupport

/// `sverka check`: the divergence checks on an already aligned bilingual file.
@Suite("sverka check")
struct CheckCommandTests {
    /// A unit of the acceptance test's memory, with the divergence kind planted in it (nil: clean).
    private struct PlantedUnit {
        var source: String
        var target: String
        var fault: Divergence.Kind?
    }

    /// The segments of WMT document `docid` of `set` (`docs.jsonl`), Russian with its English.
    private static func wmtDocument(set: String, docid: String) throws -> [(ru: String, en: String)] {
        let path = TestPaths.evalData.appendingPathComponent("wmt-ru-en-docs/\(set)/docs.jsonl").path
        for line in try TestPaths.utf8Text(path).split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard record["docid"] as? String == docid else { continue }
            let ru = try #require(record["ru"] as? [[String]]).flatMap { $0 }
            let en = try #require(record["en"] as? [[String]]).flatMap { $0 }
            return Array(zip(ru, en))
        }
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(docid) not in \(path)"])
    }

    /// Two faithful news translations (55 segments), with four faults planted, each in the first
    /// unit that can take it: a number changed, a unit left in Russian, a unit half translated
    /// (the rest left in Russian), a translation cut to its first quarter.
    private static func plantedMemory() throws -> [PlantedUnit] {
        let pairs = try wmtDocument(set: "newstest2021-ruen", docid: "ogirk.ru.18438")
            + wmtDocument(set: "wmttest2022-ruen", docid: "newizv.55935710")
        var units = pairs.map { PlantedUnit(source: $0.ru, target: $0.en, fault: nil) }
        func free(_ index: Int) -> Bool { units[index].fault == nil }
        func words(_ text: String) -> [Substring] { text.split(separator: " ") }

        // A number both sides have, changed in the translation.
        let number = try Regex("\\b[0-9]{3,4}\\b")
        let numbered = try #require(units.indices.first { k in
            guard let match = units[k].target.firstMatch(of: number) else { return false }
            return units[k].source.contains(String(units[k].target[match.range]))
        })
        let match = try #require(units[numbered].target.firstMatch(of: number))
        let value = try #require(Int(units[numbered].target[match.range]))
        units[numbered].target.replaceSubrange(match.range, with: String(value + 3))
        units[numbered].fault = .numberMismatch

        // A unit left in Russian: the translation is the original.
        let leftInRussian = try #require(units.indices.first { free($0) && units[$0].source.count >= 60 })
        units[leftInRussian].target = units[leftInRussian].source
        units[leftInRussian].fault = .sourceLanguage

        // Half translated: the first half of the translation's words, then the second half of the original's.
        let half = try #require(units.indices.first { free($0) && units[$0].source.count >= 150 })
        let english = words(units[half].target), russian = words(units[half].source)
        units[half].target = (english.prefix(english.count / 2) + russian.suffix(russian.count - russian.count / 2)).joined(separator: " ")
        units[half].fault = .sourceLanguage

        // Cut short: the translation's first quarter.
        let cut = try #require(units.indices.first { free($0) && units[$0].source.count >= 150 })
        let cutWords = words(units[cut].target)
        units[cut].target = cutWords.prefix(cutWords.count / 4).joined(separator: " ")
        units[cut].fault = .partial
        return units
    }

    /// `units` as a TMX file.
    private static func tmx(_ units: [PlantedUnit]) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "<header creationtool=\"tests\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"none\" adminlang=\"en\" srclang=\"ru\" datatype=\"plaintext\"/>\n<body>\n"
        for (k, unit) in units.enumerated() {
            out += "<tu tuid=\"\(k)\">\n<tuv xml:lang=\"ru\"><seg>\(escape(unit.source))</seg></tuv>\n"
            out += "<tuv xml:lang=\"en\"><seg>\(escape(unit.target))</seg></tuv>\n</tu>\n"
        }
        return out + "</body>\n</tmx>\n"
    }

    /// The divergence kinds of each bead in `sverka … --format tsv` output.
    private static func kindsPerBead(_ tsv: String) -> [Set<String>] {
        tsv.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return Set((fields.last ?? "").split(separator: ",").map(String.init))
        }
    }

    @Test("planted faults among real clean units: each fault reported, nothing on the clean units",
          .enabled(if: TestPaths.hasEvalData, TestPaths.noEvalData))
    func plantedFaults() throws {
        let units = try Self.plantedMemory()
        #expect(units.count >= 24 && units.filter { $0.fault == nil }.count >= 20)
        let directory = try TemporaryDirectory()
        let path = try directory.file("planted.tmx", text: Self.tmx(units))
        let run = try SverkaProcess.run(["check", path, "--format", "tsv"])
        #expect(run.status == 0, "\(run)")
        let kinds = Self.kindsPerBead(run.stdout)
        try #require(kinds.count == units.count, "one bead per unit: \(run.stdout.prefix(300))")
        for (k, unit) in units.enumerated() {
            if let fault = unit.fault {
                #expect(kinds[k].contains(fault.rawValue), "unit \(k) (\(fault.rawValue)) reported as \(kinds[k]): \(unit.target)")
            } else {
                #expect(kinds[k].isEmpty, "clean unit \(k) reported as \(kinds[k]): \(unit.source) | \(unit.target)")
            }
        }
        // The report names the file's lines.
        let report = try SverkaProcess.run(["check", path])
        let summary = report.stdout.split(separator: "\n").first { $0.hasPrefix("Divergences:") } ?? ""
        #expect(report.status == 0 && summary.contains("number-mismatch") && summary.contains("source-language 2"), "\(summary)")
        let numbered = try #require(units.firstIndex { $0.fault == .numberMismatch })
        #expect(report.stdout.contains("original line \(6 + 4 * numbered)"), "\(report.stdout)")
        // --fail-on sees them too.
        #expect(try SverkaProcess.run(["check", path, "--fail-on", "warning", "-q"]).status == 4)
    }

    @Test("the telegram written as XLIFF 1.2, XLIFF 2.1 and TSV is checked alike, unit for unit")
    func formatsAgree() throws {
        let directory = try TemporaryDirectory()
        var reports: [String: String] = [:]
        for (format, name) in [("xliff", "t.xlf"), ("xliff2", "t2.xlf"), ("tsv", "t.tsv")] {
            let written = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram,
                                                 "--format", format, "-o", directory.path(name)])
            try #require(written.status == 0, "\(written)")
            let checked = try SverkaProcess.run(["check", directory.path(name), "--format", "tsv"])
            #expect(checked.status == 0, "\(checked)")
            reports[format] = checked.stdout
        }
        let aligned = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "tsv"])
        let beads = aligned.stdout.split(separator: "\n").count - 1
        #expect(beads > 20)
        for (format, report) in reports {
            #expect(report.split(separator: "\n").count - 1 == beads, "\(format): one bead per unit")
            #expect(report == reports["xliff"], "\(format) and xliff checked differently")
        }
        // The texts come back as the aligner wrote them (the checker's columns 1 and 2).
        let texts = { (tsv: String) in tsv.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(2) } }
        #expect(texts(try #require(reports["tsv"])) == texts(aligned.stdout))
    }

    @Test("the telegram as TMX: languages from the file, the same divergences as the XLIFF")
    func tmxLanguages() throws {
        let directory = try TemporaryDirectory()
        for (format, name) in [("tmx", "t.tmx"), ("xliff2", "t.xlf")] {
            let written = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", format,
                                                 "-o", directory.path(name)])
            try #require(written.status == 0, "\(written)")
        }
        let json = try SverkaProcess.run(["check", directory.path("t.tmx"), "--format", "json"])
        #expect(json.status == 0, "\(json)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((record["source"] as? [String: Any])?["language"] as? String == "ru")
        #expect((record["target"] as? [String: Any])?["language"] as? String == "en")
        let overridden = try SverkaProcess.run(["check", directory.path("t.xlf"), "--format", "json", "--source-lang", "uk"])
        let other = try #require(try JSONSerialization.jsonObject(with: Data(overridden.stdout.utf8)) as? [String: Any])
        #expect((other["source"] as? [String: Any])?["language"] as? String == "uk")
    }

    @Test("bad input: one line, exit 2", arguments: [
        ("broken.tmx", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ru\"><seg>да</tuv>", "not well-formed XML at line 2"),
        ("page.html", "<html><body><p>Привет</p></body></html>", "not TMX or XLIFF (its root element is <html>)"),
        ("empty.tmx", "<tmx version=\"1.4\"><header srclang=\"ru\"/><body></body></tmx>", "no translation unit with text in it (read as tmx)"),
        ("empty.xlf", "<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"ru\" trgLang=\"en\"><file id=\"f\"/></xliff>",
         "no translation unit with text in it (read as xliff-2)"),
        ("three.tsv", "Один\tOne\nДва\tTwo\textra\n", "line 2 has 3 columns, expected 2 (source<TAB>target)"),
        ("one.tsv", "Только один столбец\n", "line 1 has 1 column, expected 2"),
        ("blank.tsv", "\n\n", "is empty"),
    ])
    func badInput(name: String, contents: String, words: String) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file(name, text: contents)
        let run = try SverkaProcess.run(["check", path])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderrLines.count == 1 && run.stderr.hasPrefix("sverka: error: ") && run.stderr.contains(words), "\(run)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a missing file: exit 2")
    func missingFile() throws {
        let run = try SverkaProcess.run(["check", "/nonexistent/memory.tmx"])
        #expect(run.status == 2 && run.stderrLines.count == 1, "\(run)")
    }
}
