import Foundation
import Testing
import Sverka
import SverkaReview
@testable import SverkaReviewServer
import SverkaTestSupport

/// Every refusal of the API: a 4xx answer `{"error": "…"}`, nothing changed, and the server still
/// answering afterwards.
@Suite("Review API: errors", .serialized)
struct ReviewAPIErrorTests {
    /// Checks that `response` is `status` with a JSON error message, and that the server still
    /// answers with the project unchanged at `version`.
    static func refused(_ response: HTTPTestClient.Response, _ status: Int, containing text: String? = nil,
                        server: RunningReviewServer, version: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        #expect(response.status == status, "\(response)", sourceLocation: sourceLocation)
        #expect(response.headers["content-type"]?.hasPrefix("application/json") == true, "\(response)", sourceLocation: sourceLocation)
        let message = response.json?["error"] as? String
        #expect(message?.isEmpty == false, "\(response)", sourceLocation: sourceLocation)
        if let text { #expect(message?.contains(text) == true, "\(message ?? "")", sourceLocation: sourceLocation) }
        let state = try await server.state()
        #expect(state.version == version, "a refused request changed the project", sourceLocation: sourceLocation)
    }

    @Test("Unknown bead, unit and divergence: 404; stale version: 409; invalid action: 422")
    func projectErrors() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let state = try await server.state()
        let v = state.version
        try await Self.refused(try await server.act(["action": "confirm", "bead": 987_654]), 404, containing: "987654", server: server, version: v)
        try await Self.refused(try await server.act(["action": "edit", "side": "source", "unit": 99_999, "text": "x"]), 404, server: server, version: v)
        try await Self.refused(try await server.act(["action": "dismiss", "divergence": "no-such@x", "note": ""]), 404, server: server, version: v)
        try await Self.refused(try await server.act(["action": "confirm", "bead": state.beads[0].id], version: v + 5), 409, server: server, version: v)
        try await Self.refused(try await server.act(["action": "undo"]), 422, server: server, version: v) // nothing to undo
        let last = try #require(state.beads.last)
        try await Self.refused(try await server.act(["action": "merge", "bead": last.id, "direction": "next"]), 422, server: server, version: v)
        // A stale version after a real change.
        let changed = try await server.applied(["action": "confirm", "bead": state.beads[0].id])
        try await Self.refused(try await server.act(["action": "unconfirm", "bead": state.beads[0].id], version: v), 409, containing: "version",
                         server: server, version: changed.version)
        try await Self.refused(try await server.post("/api/undo", ["expectedVersion": v]), 409, server: server, version: changed.version)
        await server.stop()
    }

    @Test("Malformed JSON, an unknown action, a missing field, a wrong type, an unknown format: 400")
    func badRequests() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let v = try await server.state().version
        let header = [("X-Sverka-Token", server.token), ("Content-Type", "application/json")]
        for body in ["{\"action\": \"confirm\", ", "not json at all", "", "[1, 2]", "\u{FF}\u{FE}"] {
            let response = try await HTTPTestClient.send(port: server.port, method: "POST", path: "/api/actions", headers: header,
                                                   body: Data(body.utf8))
            try await Self.refused(response, 400, server: server, version: v)
        }
        try await Self.refused(try await server.act(["action": "explode"]), 400, containing: "explode", server: server, version: v)
        try await Self.refused(try await server.act(["action": "confirm"]), 400, containing: "bead", server: server, version: v)
        try await Self.refused(try await server.act(["action": "confirm", "bead": "seven"]), 400, server: server, version: v)
        try await Self.refused(try await server.act(["action": "merge", "bead": 0, "direction": "sideways"]), 400, server: server, version: v)
        try await Self.refused(try await server.post("/api/undo", ["expectedVersion": "one"]), 400, server: server, version: v)
        try await Self.refused(try await server.get("/api/export?format=docx"), 400, containing: "docx", server: server, version: v)
        await server.stop()
    }

    @Test("Bad or missing token: 403 on every API path; the page itself holds no data and needs none")
    func token() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let v = try await server.state().version
        let wrong = String(server.token.dropLast()) + (server.token.hasSuffix("0") ? "1" : "0")
        for (method, path) in [("GET", "/api/state"), ("GET", "/api/map.svg"), ("GET", "/api/export?format=tmx"),
                               ("POST", "/api/actions"), ("POST", "/api/undo"), ("POST", "/api/realign"), ("GET", "/api/nothing")] {
            let body = method == "POST" ? Data("{\"action\":\"undo\"}".utf8) : nil
            for headers in [[], [("X-Sverka-Token", wrong)], [("X-Sverka-Token", "")], [("X-Sverka-Token", server.token + "0")],
                            [("X-Sverka-Token", String(server.token.prefix(10)))]] {
                let response = try await HTTPTestClient.send(port: server.port, method: method, path: path, headers: headers, body: body)
                try await Self.refused(response, 403, containing: "token", server: server, version: v)
            }
            let query = try await HTTPTestClient.send(port: server.port, method: method,
                                                path: path + (path.contains("?") ? "&" : "?") + "token=\(wrong)", body: body)
            try await Self.refused(query, 403, server: server, version: v)
        }
        await server.stop()
    }

    @Test("Wrong Host (a rebound name), missing Host, foreign Origin: 403, for the page and the API")
    func hostAndOrigin() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let v = try await server.state().version
        let token = ("X-Sverka-Token", server.token)
        for path in ["/", "/api/state"] {
            for host in ["evil.example:\(server.port)", "127.0.0.1:\(server.port + 1)", "localhost.evil.example", "127.0.0.1"] {
                let response = try await HTTPTestClient.send(port: server.port, method: "GET", path: path, headers: [token, ("Host", host)])
                try await Self.refused(response, 403, containing: "Host", server: server, version: v)
            }
            let noHost = try await HTTPTestClient.send(port: server.port, method: "GET", path: path, headers: [token], host: nil)
            #expect(noHost.status == 403 || noHost.status == 400, "\(noHost)")
            for origin in ["http://evil.example", "http://127.0.0.1:\(server.port + 1)", "https://127.0.0.1:\(server.port)", "null"] {
                let response = try await HTTPTestClient.send(port: server.port, method: "GET", path: path, headers: [token, ("Origin", origin)])
                try await Self.refused(response, 403, containing: "origin", server: server, version: v)
            }
            let same = try await HTTPTestClient.send(port: server.port, method: "GET", path: path,
                                               headers: [token, ("Origin", "http://127.0.0.1:\(server.port)")])
            #expect(same.status == 200, "\(same)")
        }
        // A cross-site POST with the right token is still refused by its Origin.
        let forged = try await HTTPTestClient.send(port: server.port, method: "POST", path: "/api/actions",
                                             headers: [token, ("Origin", "http://evil.example"), ("Content-Type", "text/plain")],
                                             body: Data("{\"action\":\"realign\"}".utf8))
        try await Self.refused(forged, 403, server: server, version: v)
        await server.stop()
    }

    @Test("Unknown paths: 404; wrong methods: 405; a body over the limit: 413")
    func routes() async throws {
        let server = try await RunningReviewServer.start()
        defer { Task { await server.stop() } }
        let v = try await server.state().version
        try await Self.refused(try await server.get("/api/nothing"), 404, server: server, version: v)
        try await Self.refused(try await server.get("/../../etc/passwd"), 404, server: server, version: v)
        try await Self.refused(try await server.get("/%2e%2e/Package.swift"), 404, server: server, version: v)
        try await Self.refused(try await server.get("/api/actions"), 405, server: server, version: v)
        try await Self.refused(try await server.post("/api/state", [:]), 405, server: server, version: v)
        try await Self.refused(try await HTTPTestClient.send(port: server.port, method: "DELETE", path: "/"), 405, server: server, version: v)
        let big = Data(repeating: UInt8(ascii: "a"), count: ReviewResponder.maxBody + 10)
        let tooBig = try await HTTPTestClient.send(port: server.port, method: "POST", path: "/api/actions",
                                             headers: [("X-Sverka-Token", server.token)], body: big)
        try await Self.refused(tooBig, 413, server: server, version: v)
        await server.stop()
    }
}

@Suite("Session token and request guard")
struct SessionTokenTests {
    @Test("Tokens: 256 random bits as 64 hex digits, matched only whole")
    func tokens() {
        let a = SessionToken(), b = SessionToken()
        #expect(a.value.count == 64)
        #expect(a.value.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(a != b)
        #expect(a.matches(Substring(a.value)))
        #expect(!a.matches(Substring(b.value)))
        #expect(!a.matches(nil))
        #expect(!a.matches(""))
        #expect(!a.matches(Substring(a.value.dropLast())))
        #expect(!a.matches(Substring(a.value + "0")))
        #expect(!a.matches(Substring(a.value.uppercased())) || a.value.allSatisfy(\.isNumber))
    }

    @Test("The Host accepted: the bound address and port; any name with the port on a wildcard address")
    func hosts() {
        let loopback = RequestGuard(host: "127.0.0.1", token: SessionToken())
        #expect(loopback.hosts.isEmpty) // not bound yet: nothing accepted
        loopback.bind(port: 8123)
        #expect(loopback.hosts == ["127.0.0.1:8123"])
        let six = RequestGuard(host: "::1", token: SessionToken())
        six.bind(port: 80)
        #expect(six.hosts == ["[::1]:80"])
        #expect(RequestGuard.isWildcard("0.0.0.0") && RequestGuard.isWildcard("::"))
    }
}
