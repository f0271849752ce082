import Foundation
import HTTPTypes
import Hummingbird

/// Answers every request of the editor: the page and its two files, and the JSON API under `/api/`.
///
/// Every request first passes the ``RequestGuard`` (Host and Origin; the token for `/api/`). A
/// refused or failed request gets a 4xx answer `{"error": "…"}` (500 for a fault of the server's own),
/// and the server goes on serving. Nothing is read from or written to the file system here: the page
/// is compiled in, exports are sent as downloads, and the project file is the session's alone.
package struct ReviewResponder: HTTPResponder {
    package typealias Context = BasicRequestContext

    /// The checks every request passes.
    package let requestGuard: RequestGuard
    /// The project being reviewed.
    package let session: ReviewSession
    /// The largest request body accepted (an edited unit is the largest thing sent).
    package static let maxBody = 8 << 20

    package func respond(to request: Request, context: Context) async throws -> Response {
        do {
            return try await route(request)
        } catch let error as ReviewAPIError {
            return error.response
        } catch {
            return ReviewAPIError(.internalServerError, "\(error)").response
        }
    }

    private func route(_ request: Request) async throws -> Response {
        try requestGuard.checkOrigin(request)
        let path = request.uri.path
        guard path.hasPrefix("/api/") else { return try page(path, method: request.method) }
        try requestGuard.checkToken(request)
        switch (request.method, path) {
        case (.get, "/api/state"):
            return ReviewResponses.json(try await session.stateJSON())
        case (.get, "/api/map.svg"):
            return ReviewResponses.data(Data(try await session.mapSVG().utf8), contentType: "image/svg+xml; charset=utf-8")
        case (.post, "/api/actions"):
            return ReviewResponses.json(try await session.apply(try await body(request)))
        case (.post, "/api/undo"), (.post, "/api/redo"), (.post, "/api/realign"):
            let name = String(path.dropFirst("/api/".count))
            return ReviewResponses.json(try await session.apply(named: name, body: try await body(request)))
        case (.get, "/api/export"):
            let parameters = request.uri.queryParameters
            let file = try await session.export(format: parameters["format"].map(String.init) ?? "tmx")
            return ReviewResponses.download(file.data, filename: file.filename, contentType: file.contentType)
        case (_, "/api/state"), (_, "/api/map.svg"), (_, "/api/export"), (_, "/api/actions"),
             (_, "/api/undo"), (_, "/api/redo"), (_, "/api/realign"):
            throw ReviewAPIError(.methodNotAllowed, "\(request.method.rawValue) is not allowed on \(path)")
        default:
            throw ReviewAPIError(.notFound, "no API endpoint \(path)")
        }
    }

    /// The page and its files (GET or HEAD only).
    private func page(_ path: String, method: HTTPRequest.Method) throws -> Response {
        guard method == .get || method == .head else {
            throw ReviewAPIError(.methodNotAllowed, "\(method.rawValue) is not allowed on \(path)")
        }
        switch path {
        case "/", "/index.html": return ReviewResponses.asset(ReviewPage.html, contentType: "text/html; charset=utf-8")
        case "/app.js": return ReviewResponses.asset(ReviewPage.script, contentType: "text/javascript; charset=utf-8")
        case "/app.css": return ReviewResponses.asset(ReviewPage.style, contentType: "text/css; charset=utf-8")
        case "/favicon.ico": return Response(status: .noContent, headers: ReviewResponses.commonHeaders)
        default: throw ReviewAPIError(.notFound, "no page \(path)")
        }
    }

    /// The request's body, at most ``maxBody`` bytes (413 beyond).
    private func body(_ request: Request) async throws -> Data {
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: Self.maxBody)
            return Data(buffer.readableBytesView)
        } catch {
            throw ReviewAPIError(.contentTooLarge, "the request body is larger than \(Self.maxBody) bytes")
        }
    }
}
