import Foundation
import HTTPTypes
import Hummingbird

/// How the server's answers are made: the headers every answer carries (no sniffing, no referrer —
/// the token is in the page's URL — no framing) and the JSON, text and download bodies.
package enum ReviewResponses {
    /// Headers on every answer.
    package static var commonHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        return headers
    }

    /// The page's policy: its own script and style only, API calls to itself, nothing inline, no frames.
    package static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// A body of `data` with `contentType`.
    package static func data(_ data: Data, contentType: String, status: HTTPResponse.Status = .ok,
                             extra: [(HTTPField.Name, String)] = []) -> Response {
        var headers = commonHeaders
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        for (name, value) in extra { headers[name] = value }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A JSON body.
    package static func json(_ data: Data) -> Response {
        Self.data(data, contentType: "application/json; charset=utf-8")
    }

    /// One of the page's files.
    package static func asset(_ text: String, contentType: String) -> Response {
        Self.data(Data(text.utf8), contentType: contentType,
                  extra: [(HTTPField.Name("Content-Security-Policy")!, contentSecurityPolicy)])
    }

    /// A file to save: `Content-Disposition: attachment` with `filename` (ASCII, quotes and
    /// backslashes replaced, plus the UTF-8 name in `filename*`).
    package static func download(_ data: Data, filename: String, contentType: String) -> Response {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" && $0.value != 0x7f ? Character($0) : "_" })
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ascii
        return Self.data(data, contentType: contentType,
                         extra: [(.contentDisposition, "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"),
                                 (HTTPField.Name("Content-Security-Policy")!, "sandbox; default-src 'none'")])
    }
}
