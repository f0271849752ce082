import Foundation
import Testing
import SverkaSegment
@testable import SverkaWrite
import SverkaTestSupport

@Suite("SegmentationJSONWriter")
struct SegmentationJSONWriterTests {
    static func parse(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("The telegram's JSON has the documented shape and the document's content",
          arguments: [(TestPaths.russianTelegram, "ru"), (TestPaths.englishTelegram, "en")])
    func telegramShape(path: String, language: String) throws {
        let document = try TestDocuments.file(path, language: language)
        let json = SegmentationJSONWriter.write(document)
        #expect(json.hasSuffix("}\n"))
        let root = try Self.parse(json)
        #expect(Set(root.keys) == ["name", "language", "paragraphs"])
        #expect(root["name"] as? String == path)
        #expect(root["language"] as? String == language)
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.count == document.paragraphs.count)
        var sentenceIndex = 0
        for (p, paragraph) in paragraphs.enumerated() {
            #expect(Set(paragraph.keys) == ["index", "line", "text", "plain", "sentences"])
            #expect(paragraph["index"] as? Int == p)
            #expect(paragraph["line"] as? Int == document.paragraphs[p].line)
            #expect(paragraph["text"] as? String == document.paragraphs[p].text)
            #expect(paragraph["plain"] as? String == document.paragraphs[p].plain)
            let sentences = try #require(paragraph["sentences"] as? [[String: Any]])
            #expect(!sentences.isEmpty)
            for sentence in sentences {
                #expect(Set(sentence.keys) == ["index", "line", "text", "plain"])
                // Sentence indices count over the whole document.
                #expect(sentence["index"] as? Int == sentenceIndex)
                #expect(sentence["line"] as? Int == document.sentences[sentenceIndex].line)
                #expect(sentence["text"] as? String == document.sentences[sentenceIndex].text)
                #expect(sentence["plain"] as? String == document.sentences[sentenceIndex].plain)
                sentenceIndex += 1
            }
        }
        #expect(sentenceIndex == document.sentences.count)
    }

    @Test("A small document in full: keys sorted, text unescaped, slashes kept")
    func small() throws {
        let document = try TestDocuments.document("# Заголовок\n\nВх. № 2707 от 18/III. Конец.\n", language: "ru", name: "dir/a.md")
        let json = SegmentationJSONWriter.write(document)
        #expect(json == """
        {
          "language" : "ru",
          "name" : "dir/a.md",
          "paragraphs" : [
            {
              "index" : 0,
              "line" : 1,
              "plain" : "Заголовок",
              "sentences" : [
                {
                  "index" : 0,
                  "line" : 1,
                  "plain" : "Заголовок",
                  "text" : "# Заголовок"
                }
              ],
              "text" : "# Заголовок"
            },
            {
              "index" : 1,
              "line" : 3,
              "plain" : "Вх. № 2707 от 18/III. Конец.",
              "sentences" : [
                {
                  "index" : 1,
                  "line" : 3,
                  "plain" : "Вх. № 2707 от 18/III.",
                  "text" : "Вх. № 2707 от 18/III."
                },
                {
                  "index" : 2,
                  "line" : 3,
                  "plain" : "Конец.",
                  "text" : "Конец."
                }
              ],
              "text" : "Вх. № 2707 от 18/III. Конец."
            }
          ]
        }

        """)
    }

    @Test("Line breaks, tabs and quotes inside sentences survive a JSON round trip")
    func escaping() throws {
        let text = "Экз. № 1\tтов. Сталину\n\"Товарищу КИМ ИР СЕНУ.\" \\_\n"
        let document = try TestDocuments.document(text, language: "ru")
        let root = try Self.parse(SegmentationJSONWriter.write(document))
        let paragraphs = try #require(root["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.first?["text"] as? String == String(text.dropLast()))
    }

    @Test("The output is stable: the same document gives the same bytes")
    func stable() throws {
        let document = try TestDocuments.file(TestPaths.russianTelegram, language: "ru")
        #expect(SegmentationJSONWriter.write(document) == SegmentationJSONWriter.write(document))
    }

    @Test("A document with no paragraphs is an empty list")
    func empty() throws {
        let document = try TestDocuments.document("\n\n", language: "en")
        let root = try Self.parse(SegmentationJSONWriter.write(document))
        #expect((root["paragraphs"] as? [Any])?.isEmpty == true)
    }
}
