import Foundation
import Hummingbird
import Logging
import NIOCore

/// The review editor's web server: the page and the JSON API over one review project, on one
/// address (loopback unless told otherwise), driven with one session token.
///
/// ``run(handlingSignals:onReady:)`` serves until the task is cancelled or, when it handles signals,
/// until SIGINT or SIGTERM; every action is saved by the project before it is answered, so stopping
/// the server at any moment loses nothing that was answered.
public final class ReviewServer: Sendable {
    /// The host name or address to bind (`127.0.0.1` unless the user says otherwise).
    public let host: String
    /// The port asked for; 0 asks for any free port (the one bound is in the URL ``run`` reports).
    public let port: Int
    /// The session's token.
    public let token: SessionToken
    let session: ReviewSession
    let requestGuard: RequestGuard

    /// A server for `session` on `host`:`port` with `token`.
    public init(session: ReviewSession, host: String = "127.0.0.1", port: Int = 0, token: SessionToken = SessionToken()) {
        self.host = host
        self.port = port
        self.token = token
        self.session = session
        self.requestGuard = RequestGuard(host: host, token: token)
    }

    /// The editor's address for a server bound to `port`, with the token in the query.
    public func url(port: Int) -> URL {
        let shown = RequestGuard.isWildcard(host) ? "127.0.0.1" : (host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host)
        return URL(string: "http://\(shown):\(port)/?token=\(token.value)")!
    }

    /// Serves until cancelled (or SIGINT/SIGTERM when `handlingSignals`); calls `onReady` with the
    /// editor's URL once the server listens. Throws when the address cannot be bound.
    public func run(handlingSignals: Bool = true, onReady: @escaping @Sendable (URL) -> Void) async throws {
        var logger = Logger(label: "sverka-review")
        logger.logLevel = .error
        let responder = ReviewResponder(requestGuard: requestGuard, session: session)
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { [requestGuard, self] channel in
                let bound = channel.localAddress?.port ?? self.port
                requestGuard.bind(port: bound)
                onReady(self.url(port: bound))
            },
            logger: logger)
        if handlingSignals {
            try await app.runService()
        } else {
            try await app.run()
        }
    }
}
