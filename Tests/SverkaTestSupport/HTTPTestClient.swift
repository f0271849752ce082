import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 client over a plain TCP socket, for the review server's tests: it sends exactly
/// the request line and headers given (a wrong `Host`, a foreign `Origin`, a malformed body), which
/// higher-level clients would correct or refuse to send.
public enum HTTPTestClient {
    /// An answer.
    public struct Response: CustomStringConvertible {
        /// The status code.
        public let status: Int
        /// Header fields, names lowercased.
        public let headers: [String: String]
        /// The body (chunked transfer decoded).
        public let body: Data

        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }

        /// The body parsed as a JSON object (nil when it is not one).
        public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }

        public var description: String { "HTTP \(status) \(headers) \(text.prefix(500))" }
    }

    /// A failure to talk to the server.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        /// A failure saying `description`.
        public init(description: String) {
            self.description = description
        }
    }

    /// Sends `method path` to 127.0.0.1:`port` with `headers` (a `Host` of `127.0.0.1:port` is added
    /// unless `headers` names one; `host: nil` leaves it out) and `body`, and reads the whole answer.
    public static func send(port: Int, method: String, path: String, headers: [(String, String)] = [],
                            body: Data? = nil, host: String? = "", timeout: Int = 30) throws -> Response {
        var request = "\(method) \(path) HTTP/1.1\r\n"
        if let host, !headers.contains(where: { $0.0.lowercased() == "host" }) {
            request += "Host: \(host.isEmpty ? "127.0.0.1:\(port)" : host)\r\n"
        }
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        if let body { request += "Content-Length: \(body.count)\r\n" }
        request += "Connection: close\r\n\r\n"
        var bytes = Data(request.utf8)
        if let body { bytes.append(body) }
        return try parse(exchange(port: port, bytes: bytes, timeout: timeout))
    }

    /// Sends a JSON value (`JSONSerialization`) with `Content-Type: application/json`.
    public static func sendJSON(port: Int, method: String = "POST", path: String, headers: [(String, String)] = [],
                                json: Any) throws -> Response {
        let body = try JSONSerialization.data(withJSONObject: json)
        return try send(port: port, method: method, path: path, headers: headers + [("Content-Type", "application/json")], body: body)
    }

    /// ``send(port:method:path:headers:body:host:timeout:)`` from async code: the blocking socket
    /// work runs on a thread of its own, so that it never holds one of Swift's few cooperative
    /// threads, which an in-process server needs to answer.
    public static func send(port: Int, method: String, path: String, headers: [(String, String)] = [],
                            body: Data? = nil, host: String? = "", timeout: Int = 30) async throws -> Response {
        try await onThread { try send(port: port, method: method, path: path, headers: headers, body: body, host: host, timeout: timeout) }
    }

    /// ``sendJSON(port:method:path:headers:json:)`` from async code, on a thread of its own.
    public static func sendJSON(port: Int, method: String = "POST", path: String, headers: [(String, String)] = [],
                                json: Any) async throws -> Response {
        let body = try JSONSerialization.data(withJSONObject: json)
        return try await send(port: port, method: method, path: path, headers: headers + [("Content-Type", "application/json")], body: body)
    }

    private static func onThread<T>(_ work: @escaping () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.start()
        }
    }

    private static func exchange(port: Int, bytes: Data, timeout: Int) throws -> Data {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(fd) }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to 127.0.0.1:\(port): errno \(errno)") }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = write(fd, raw.baseAddress! + offset, raw.count - offset)
                guard sent > 0 else { throw Failure(description: "write: errno \(errno)") }
                offset += sent
            }
        }
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count > 0 { answer.append(contentsOf: buffer[0..<count]); continue }
            if count == 0 { break }
            if errno == EINTR { continue }
            if answer.isEmpty { throw Failure(description: "read: errno \(errno)") }
            break
        }
        return answer
    }

    private static func parse(_ data: Data) throws -> Response {
        let bytes = [UInt8](data)
        guard let end = bytes.indices.first(where: { $0 + 3 < bytes.count && bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 })
        else { throw Failure(description: "no header end in \(String(decoding: bytes.prefix(300), as: UTF8.self))") }
        let head = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            var decoded: [UInt8] = []
            var index = 0
            while index < body.count {
                guard let lineEnd = (index..<(body.count - 1)).first(where: { body[$0] == 13 && body[$0 + 1] == 10 }) else { break }
                let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { break }
                if size == 0 { break }
                let start = lineEnd + 2
                decoded += body[start..<min(start + size, body.count)]
                index = start + size + 2
            }
            body = decoded
        }
        return Response(status: status, headers: headers, body: Data(body))
    }
}
