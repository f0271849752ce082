import Foundation
import HTTPTypes
import Hummingbird

/// The checks every request passes before it is served: the `Host` it names must be the address the
/// server is bound to (a page from another site that renames itself to 127.0.0.1 — DNS rebinding —
/// sends its own name), an `Origin`, when present, must be the editor's own (another site's page
/// cannot drive the API through the user's browser), and every API call must carry the session token
/// (header `X-Sverka-Token` or query `token`), compared in constant time.
package final class RequestGuard: @unchecked Sendable {
    /// The host name or address bound, as given (`127.0.0.1`, `::1`, `0.0.0.0`).
    package let host: String
    /// The session's token.
    package let token: SessionToken
    private let lock = NSLock()
    private var boundPort: Int?

    /// The header that carries the token.
    package static let tokenHeader = HTTPField.Name("X-Sverka-Token")!

    /// A guard for a server bound to `host`; it refuses everything until ``bind(port:)`` says where.
    package init(host: String, token: SessionToken) {
        self.host = host
        self.token = token
    }

    /// Records the port the server listens on (known once it is bound: port 0 asks for any).
    package func bind(port: Int) {
        lock.lock()
        boundPort = port
        lock.unlock()
    }

    /// The port bound, once known.
    package var port: Int? {
        lock.lock()
        defer { lock.unlock() }
        return boundPort
    }

    /// The `Host` values accepted (`127.0.0.1:8080`, lowercased); empty: any host name with the
    /// right port (a wildcard bind address, `0.0.0.0` or `::`, is reached under names unknown here).
    package var hosts: Set<String> {
        guard let port else { return [] }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if Self.isWildcard(bare) { return [] }
        return ["\(bare.contains(":") ? "[\(bare)]" : bare):\(port)".lowercased()]
    }

    /// Whether `host` binds every interface.
    package static func isWildcard(_ host: String) -> Bool {
        ["0.0.0.0", "::", "[::]", ""].contains(host)
    }

    /// The `Host` a request names (HTTP/1.1 `Host`, which swift-http-types keeps as the authority).
    static func host(of request: Request) -> String? {
        request.head.authority
    }

    /// Refuses a request whose `Host` or `Origin` is not the editor's (403).
    package func checkOrigin(_ request: Request) throws {
        guard let host = Self.host(of: request)?.lowercased(), isAllowed(host: host) else {
            throw ReviewAPIError(.forbidden, "the Host header must name the address the editor is served on")
        }
        if let origin = request.headers[.origin] {
            guard origin.lowercased() == "http://" + host else {
                throw ReviewAPIError(.forbidden, "requests from other origins are refused")
            }
        }
    }

    /// Refuses an API call without the session's token (403).
    package func checkToken(_ request: Request) throws {
        let given = request.headers[Self.tokenHeader].map { Substring($0) } ?? request.uri.queryParameters["token"]
        guard token.matches(given) else {
            throw ReviewAPIError(.forbidden, "missing or wrong session token")
        }
    }

    private func isAllowed(host: String) -> Bool {
        guard let port else { return false }
        let hosts = self.hosts
        if !hosts.isEmpty { return hosts.contains(host) }
        guard let colon = host.lastIndex(of: ":"), let given = Int(host[host.index(after: colon)...]) else { return false }
        return given == port
    }
}
