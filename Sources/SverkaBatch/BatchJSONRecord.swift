import Foundation

/// One JSON Lines input record of `sverka batch -`: `{"source": path, "target": path, "output":
/// prefix}` (files), or `{"id": …, "source_text": "…", "target_text": "…"}` (inline texts), with
/// optional `"source_lang"`, `"target_lang"`. Without `"output"` the rendered result goes into the
/// result record; relative paths are taken from the current folder.
struct BatchJSONRecord: Decodable {
    let id: BatchRecordID?
    let source: String?
    let target: String?
    let output: String?
    let sourceText: String?
    let targetText: String?
    let sourceLang: String?
    let targetLang: String?

    enum CodingKeys: String, CodingKey {
        case id, source, target, output
        case sourceText = "source_text"
        case targetText = "target_text"
        case sourceLang = "source_lang"
        case targetLang = "target_lang"
    }

    /// Just the id of a record that is otherwise unusable, to echo it in the error result.
    private struct IdentifierOnly: Decodable {
        let id: BatchRecordID?
    }

    /// The job that `bytes`, line `line` of standard input and its `position`-th record, asks for.
    static func job(from bytes: [UInt8], line: Int, position: Int) -> BatchJob {
        let data = Data(bytes)
        func malformed(_ reason: String) -> BatchJob {
            let id = (try? JSONDecoder().decode(IdentifierOnly.self, from: data))?.id
            return BatchJob(position: position, line: line, id: id, outputPrefix: nil, request: .malformed(reason))
        }
        let record: BatchJSONRecord
        do {
            record = try JSONDecoder().decode(BatchJSONRecord.self, from: data)
        } catch let error as DecodingError {
            return malformed("not a valid record: \(describe(error))")
        } catch {
            return malformed("not a valid record: \(error.localizedDescription)")
        }
        func text(_ path: String?, _ inline: String?, _ name: String) throws -> BatchJob.Text {
            switch (path, inline) {
            case let (path?, nil): return .file(path)
            case let (nil, inline?): return .inline(inline)
            case (nil, nil): throw BatchError.input("give \"\(name)\" (a path) or \"\(name)_text\"")
            case (_?, _?): throw BatchError.input("give \"\(name)\" or \"\(name)_text\", not both")
            }
        }
        let request: BatchJob.Request
        do {
            request = .pair(source: try text(record.source, record.sourceText, "source"),
                            target: try text(record.target, record.targetText, "target"))
        } catch let failure as BatchError {
            request = .malformed(failure.message)
        } catch {
            request = .malformed("\(error)")
        }
        if record.output?.isEmpty == true { return malformed("\"output\" is empty") }
        return BatchJob(position: position, line: line, id: record.id, outputPrefix: record.output,
                        sourceLanguage: record.sourceLang, targetLanguage: record.targetLang, request: request)
    }

    /// A short account of a decoding error.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            return "not JSON (\(context.debugDescription))"
        case .keyNotFound(let key, _):
            return "no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            return key.isEmpty ? "not a JSON object" : "\"\(key)\": \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
