import Foundation
import Testing
import Sverka
import SverkaReview
@testable import SverkaReviewServer
import SverkaTestSupport

/// A review server on a free loopback port over a new project of the telegram (or of given texts),
/// for one test; ``stop()`` ends it and removes the project.
final class RunningReviewServer: @unchecked Sendable {
    let port: Int
    let token: String
    let project: ReviewProject
    let directory: URL
    private let task: Task<Void, Error>

    private init(port: Int, token: String, project: ReviewProject, directory: URL, task: Task<Void, Error>) {
        self.port = port
        self.token = token
        self.project = project
        self.directory = directory
        self.task = task
    }

    /// The telegram's two parts, or `source` and `target` when given.
    static func start(source: Document? = nil, target: Document? = nil) async throws -> RunningReviewServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sverka-review-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("telegram.sverka").path
        let project: ReviewProject
        if let source, let target {
            project = try ReviewProject.create(at: path, source: source, target: target, policy: policy)
        } else {
            project = try telegramProject(at: path)
        }
        let token = SessionToken()
        let server = ReviewServer(session: ReviewSession(project: project), host: "127.0.0.1", port: 0, token: token)
        let (urls, continuation) = AsyncStream<URL>.makeStream()
        let task = Task {
            do {
                try await server.run(handlingSignals: false) { continuation.yield($0) }
                continuation.finish()
            } catch {
                continuation.finish()
                throw error
            }
        }
        var found: URL?
        for await url in urls {
            found = url
            break
        }
        let url = try #require(found, "the server did not start")
        #expect(url.absoluteString.hasPrefix("http://127.0.0.1:"))
        #expect(url.query == "token=\(token.value)")
        return RunningReviewServer(port: try #require(url.port), token: token.value, project: project, directory: directory, task: task)
    }

    /// The policy of the test projects: the defaults without the system dictionary (loading it
    /// takes seconds in every process; the telegram aligns the same with self-training).
    static var policy: AlignmentPolicy {
        var policy = AlignmentPolicy()
        policy.dictionary = .none
        return policy
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var template: String?
    nonisolated(unsafe) private static var templateFolder: TemporaryDirectory?

    /// A new project of the telegram at `path` (aligned once per process, then copied).
    static func telegramProject(at path: String) throws -> ReviewProject {
        lock.lock()
        defer { lock.unlock() }
        if template == nil {
            let folder = try TemporaryDirectory()
            let file = folder.path("telegram.sverka")
            let loader = DocumentLoader()
            _ = try ReviewProject.create(at: file, source: try loader.load(path: TestPaths.russianTelegram, language: "ru"),
                                         target: try loader.load(path: TestPaths.englishTelegram, language: "en"), policy: policy)
            templateFolder = folder
            template = file
        }
        try FileManager.default.copyItem(atPath: template!, toPath: path)
        return try ReviewProject.open(at: path)
    }

    /// Stops the server and removes the project.
    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(at: directory)
    }

    /// `GET path` with the token in the header.
    func get(_ path: String, headers: [(String, String)] = []) async throws -> HTTPTestClient.Response {
        try await HTTPTestClient.send(port: port, method: "GET", path: path, headers: [("X-Sverka-Token", token)] + headers)
    }

    /// `POST path` with the token and a JSON body.
    func post(_ path: String, _ json: Any, headers: [(String, String)] = []) async throws -> HTTPTestClient.Response {
        try await HTTPTestClient.sendJSON(port: port, path: path, headers: [("X-Sverka-Token", token)] + headers, json: json)
    }

    /// The state the API answers, decoded.
    func state() async throws -> ReviewState {
        let response = try await get("/api/state")
        #expect(response.status == 200, "\(response)")
        return try JSONDecoder().decode(ReviewState.self, from: response.body)
    }

    /// Applies `action` (its JSON object) on `version` (the current one when nil); the answer.
    @discardableResult
    func act(_ action: [String: Any], version: Int? = nil) async throws -> HTTPTestClient.Response {
        var body = action
        if let version {
            body["expectedVersion"] = version
        } else {
            body["expectedVersion"] = try await state().version
        }
        return try await post("/api/actions", body)
    }

    /// Applies `action` and decodes the new state (the test fails unless the answer is 200).
    func applied(_ action: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) async throws -> ReviewState {
        let response = try await act(action)
        try #require(response.status == 200, "\(action): \(response)", sourceLocation: sourceLocation)
        return try JSONDecoder().decode(ReviewState.self, from: response.body)
    }
}
