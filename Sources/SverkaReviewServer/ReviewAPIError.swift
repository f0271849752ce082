import Foundation
import HTTPTypes
import Hummingbird

/// A request the server refuses: an HTTP status and a one-line message, answered as
/// `{"error": "message"}`. The server keeps running after every one.
package struct ReviewAPIError: Error, Equatable, Sendable {
    /// The status answered (4xx for the client's faults, 500 for the server's).
    package let status: HTTPResponse.Status
    /// What went wrong, for the person or script that sent the request.
    package let message: String

    package init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The JSON answer.
    package var response: Response {
        let body = (try? JSONEncoder().encode(["error": message])) ?? Data("{\"error\":\"error\"}".utf8)
        var headers = ReviewResponses.commonHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
