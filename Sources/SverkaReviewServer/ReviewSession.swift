import Dispatch
import Foundation
import Sverka
import SverkaReview
import SverkaWrite

/// The review project as the API serves it: its state as JSON, actions decoded from JSON and
/// applied, the alignment map drawn from the current state, exports rendered as downloads.
///
/// The project saves every action before it returns, and runs one action at a time; the work
/// (SQLite, re-aligning a book) runs off Swift's cooperative threads so the server keeps answering.
public final class ReviewSession: Sendable {
    /// The project reviewed.
    public let project: ReviewProject

    /// A session over `project`.
    public init(project: ReviewProject) {
        self.project = project
    }

    /// The body of `POST /api/actions`: a ``ReviewAction`` object with, beside its own keys, the
    /// version it was made on (`expectedVersion`; optional for scripts that do not care).
    private struct Expected: Decodable {
        var expectedVersion: Int?
    }

    /// The current state as JSON.
    func stateJSON() async throws -> Data {
        try await background { try Self.encoder.encode(self.project.state) }
    }

    /// Applies the action in `body` (a ``ReviewAction`` object, plus `expectedVersion`); the new state as JSON.
    func apply(_ body: Data) async throws -> Data {
        let (action, expected) = try decode(body)
        return try await apply(action, expectedVersion: expected)
    }

    /// Applies the action called `name` (`undo`, `redo`, `realign`) with the `expectedVersion` of `body`
    /// (an empty body: none).
    func apply(named name: String, body: Data) async throws -> Data {
        var expected: Int?
        if !body.isEmpty {
            expected = try decodeJSON(Expected.self, from: body).expectedVersion
        }
        let action: ReviewAction
        switch name {
        case "undo": action = .undo
        case "redo": action = .redo
        case "realign": action = .realign
        default: throw ReviewAPIError(.notFound, "no action \(name)")
        }
        return try await apply(action, expectedVersion: expected)
    }

    private func apply(_ action: ReviewAction, expectedVersion: Int?) async throws -> Data {
        try await background {
            do {
                return try Self.encoder.encode(try self.project.apply(action, expectedVersion: expectedVersion))
            } catch let error as ReviewError {
                throw Self.apiError(error)
            }
        }
    }

    /// The alignment map of the current state (``AlignmentMapSVG``), bead ids in `data-bead`.
    func mapSVG() async throws -> String {
        let state = try await background { self.project.state }
        return Self.map(of: state)
    }

    /// The map of `state`: each bead's length the characters of its units on each side.
    static func map(of state: ReviewState) -> String {
        let marks = state.beads.map { bead -> AlignmentMapSVG.Mark in
            let severity = bead.divergences.compactMap { Divergence.Severity(rawValue: $0.severity) }.max()
            return AlignmentMapSVG.Mark(
                id: String(bead.id),
                sourceLength: bead.source.reduce(0) { $0 + (state.sourceUnits.indices.contains($1) ? state.sourceUnits[$1].text.unicodeScalars.count : 0) },
                targetLength: bead.target.reduce(0) { $0 + (state.targetUnits.indices.contains($1) ? state.targetUnits[$1].text.unicodeScalars.count : 0) },
                confidence: bead.confidence ?? 1, kind: Bead.Kind(rawValue: bead.kind) ?? .alignment, typeName: bead.type,
                confirmed: bead.confirmed, severity: severity,
                divergenceNote: bead.divergences.map { "\($0.kind): \($0.message)" }.joined(separator: "\n"))
        }
        var map = AlignmentMapSVG(title: "Alignment map · \(state.level.rawValue)s")
        map.width = 420
        map.height = 420
        return map.write(marks, sourceName: (state.sourceName as NSString).lastPathComponent,
                         targetName: (state.targetName as NSString).lastPathComponent)
    }

    /// A file to download.
    struct ExportedFile {
        let data: Data
        let filename: String
        let contentType: String
    }

    /// The corrected alignment in the format named `name` (as `sverka export --format` names them).
    func export(format name: String) async throws -> ExportedFile {
        guard let format = OutputFormat(rawValue: name.lowercased()) else {
            let names = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw ReviewAPIError(.badRequest, "unknown format \"\(name)\"; one of \(names)")
        }
        let (rendered, state) = try await background { () throws -> (OutputFormat.Rendered, ReviewState) in
            do {
                return (try self.project.export(format), self.project.state)
            } catch let error as ReviewError {
                throw Self.apiError(error)
            }
        }
        let stem = Self.stem(state.sourceName) + "." + state.level.rawValue
        switch rendered {
        case .single(let text):
            return ExportedFile(data: Data(text.utf8), filename: "\(stem).\(Self.fileExtension(format))", contentType: Self.contentType(format))
        case .bytes(let data):
            return ExportedFile(data: data, filename: "\(stem).\(Self.fileExtension(format))", contentType: Self.contentType(format))
        case .perLanguage(let files):
            // Moses: one file per language; sent as one text, each file after a line naming it.
            let text = files.map { "==> \(stem).\($0.suffix) <==\n\($0.text)" }.joined(separator: "\n")
            return ExportedFile(data: Data(text.utf8), filename: "\(stem).moses.txt", contentType: "text/plain; charset=utf-8")
        }
    }

    // MARK: - Pieces

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    private func decode(_ body: Data) throws -> (ReviewAction, Int?) {
        let action = try decodeJSON(ReviewAction.self, from: body)
        let expected = try decodeJSON(Expected.self, from: body).expectedVersion
        return (action, expected)
    }

    private func decodeJSON<T: Decodable>(_ type: T.Type, from body: Data) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch let error as DecodingError {
            switch error {
            case .dataCorrupted(let context) where context.codingPath.isEmpty:
                throw ReviewAPIError(.badRequest, "malformed JSON")
            case .dataCorrupted(let context):
                throw ReviewAPIError(.badRequest, "bad request: \(context.debugDescription)")
            case .keyNotFound(let key, _):
                throw ReviewAPIError(.badRequest, "bad request: \"\(key.stringValue)\" is missing")
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                let path = context.codingPath.map(\.stringValue).joined(separator: ".")
                throw ReviewAPIError(.badRequest, "bad request: \"\(path)\" has the wrong type")
            @unknown default:
                throw ReviewAPIError(.badRequest, "bad request")
            }
        } catch {
            throw ReviewAPIError(.badRequest, "malformed JSON")
        }
    }

    /// A project's refusal as an HTTP answer (the status the project names).
    static func apiError(_ error: ReviewError) -> ReviewAPIError {
        ReviewAPIError(.init(code: error.httpStatus), error.description)
    }

    private static func stem(_ name: String) -> String {
        let base = (name as NSString).lastPathComponent
        var stem = base
        for suffix in [".md", ".txt", ".docx", ".odt", ".html", ".htm", ".epub", ".pdf"] where stem.lowercased().hasSuffix(suffix) {
            stem = String(stem.dropLast(suffix.count))
        }
        return stem.isEmpty ? "alignment" : stem
    }

    private static func fileExtension(_ format: OutputFormat) -> String {
        switch format {
        case .report: return "report.txt"
        case .pairs: return "pairs.txt"
        case .tsv: return "tsv"
        case .tmx: return "tmx"
        case .json: return "json"
        case .moses: return "moses.txt"
        case .html: return "html"
        case .xliff: return "xlf"
        case .xliff2: return "xliff2.xlf"
        case .xlsx: return "xlsx"
        }
    }

    private static func contentType(_ format: OutputFormat) -> String {
        switch format {
        case .tmx, .xliff, .xliff2: return "application/xml; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        case .html: return "text/html; charset=utf-8"
        case .tsv: return "text/tab-separated-values; charset=utf-8"
        case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .report, .pairs, .moses: return "text/plain; charset=utf-8"
        }
    }

    /// Runs `work` on a Dispatch thread (SQLite and aligning block), resuming with its result.
    private func background<T>(_ work: @escaping () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
