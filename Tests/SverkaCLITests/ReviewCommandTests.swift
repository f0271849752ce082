import Foundation
import Testing
import SverkaTestSupport

/// `sverka review` as a process: the URL it prints, the project it saves, a SIGKILL between
/// actions, reopening, Ctrl-C, and the refusals of its command line.
@Suite("sverka review (process)", .serialized)
struct ReviewCommandTests {
    /// A `sverka review …` running in the background, its output in files.
    final class Server {
        let process = Process()
        let stdout: URL
        let stderr: URL
        private(set) var port = 0
        private(set) var token = ""

        init(_ arguments: [String], in directory: URL) throws {
            stdout = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
            stderr = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
            _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
            process.executableURL = try SverkaProcess.executable()
            process.arguments = ["review"] + arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["DISPLAY"] = nil
            environment["WAYLAND_DISPLAY"] = nil
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: stdout)
            process.standardError = try FileHandle(forWritingTo: stderr)
            try process.run()
        }

        var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
        var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

        /// Waits for the URL line; fails the test when the process ends or 60 s pass first.
        func waitForURL(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                if let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Sverka review: ") }),
                   let url = URL(string: String(line.dropFirst("Sverka review: ".count))),
                   let port = url.port, let query = url.query, query.hasPrefix("token=") {
                    self.port = port
                    self.token = String(query.dropFirst("token=".count))
                    return
                }
                if !process.isRunning { break }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("no URL from sverka review: stdout \(output) stderr \(errors)", sourceLocation: sourceLocation)
            throw HTTPTestClient.Failure(description: "no URL")
        }

        func get(_ path: String) throws -> HTTPTestClient.Response {
            try HTTPTestClient.send(port: port, method: "GET", path: path, headers: [("X-Sverka-Token", token)])
        }

        func post(_ json: [String: Any]) throws -> HTTPTestClient.Response {
            try HTTPTestClient.sendJSON(port: port, path: "/api/actions", headers: [("X-Sverka-Token", token)], json: json)
        }

        /// Sends `signal` and waits (at most 30 s) for the process to end.
        func stop(_ signal: Int32) {
            kill(process.processIdentifier, signal)
            let deadline = Date().addingTimeInterval(30)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    static let telegram = [TestPaths.russianTelegram, TestPaths.englishTelegram]

    @Test("Actions survive SIGKILL: reopened with --project, the state is exactly the last answered one; Ctrl-C stops cleanly")
    func killAndReopen() throws {
        let directory = try TemporaryDirectory()
        let project = directory.url.appendingPathComponent("telegram.sverka").path
        let first = try Server(Self.telegram + ["--project", project, "--no-open", "--port", "0", "--no-dictionary"], in: directory.url)
        defer { if first.process.isRunning { first.stop(SIGKILL) } }
        try first.waitForURL()
        #expect(first.output.contains("Project: \(project)"))
        #expect(first.token.count == 64)
        let initial = try #require(first.get("/api/state").json)
        let beads = try #require(initial["beads"] as? [[String: Any]])
        let bead = try #require(beads.first { ($0["source"] as? [Int])?.isEmpty == false && ($0["target"] as? [Int])?.isEmpty == false })
        let beadID = try #require(bead["id"] as? Int)
        let unit = try #require((bead["target"] as? [Int])?.first)
        var version = try #require(initial["version"] as? Int)
        for action: [String: Any] in [["action": "confirm", "bead": beadID],
                                      ["action": "edit", "side": "target", "unit": unit, "text": "Edited before the kill"],
                                      ["action": "merge", "bead": beadID, "direction": "next"]] {
            var body = action
            body["expectedVersion"] = version
            let answer = try first.post(body)
            #expect(answer.status == 200, "\(action): \(answer)")
            version = try #require(answer.json?["version"] as? Int)
        }
        let last = try first.get("/api/state")
        first.stop(SIGKILL)
        #expect(first.process.terminationReason == .uncaughtSignal)

        // Creating again over the project is refused: a project is never replaced.
        let again = try SverkaProcess.run(["review"] + Self.telegram + ["--project", project, "--no-open", "--no-dictionary"])
        #expect(again.status == 2, "\(again)")
        #expect(again.stderr.contains("exists"), "\(again)")

        let second = try Server(["--project", project, "--no-open", "--port", "0", "--no-dictionary"], in: directory.url)
        defer { if second.process.isRunning { second.stop(SIGKILL) } }
        try second.waitForURL()
        #expect(second.token != first.token)
        let reopened = try second.get("/api/state")
        #expect(reopened.status == 200)
        let before = try JSONSerialization.jsonObject(with: last.body) as? NSDictionary
        let after = try JSONSerialization.jsonObject(with: reopened.body) as? NSDictionary
        #expect(before != nil && before == after, "the reopened state differs from the last saved one")
        #expect(reopened.text.contains("Edited before the kill"))
        // The old session's token does not open the new one.
        let oldToken = try HTTPTestClient.send(port: second.port, method: "GET", path: "/api/state", headers: [("X-Sverka-Token", first.token)])
        #expect(oldToken.status == 403)

        second.stop(SIGINT)
        #expect(second.process.terminationReason == .exit)
        #expect(second.process.terminationStatus == 0, "stderr: \(second.errors)")
        #expect(second.errors.contains("review stopped"), "stderr: \(second.errors)")
    }

    @Test("A bilingual file opens too; the default project lies beside it as FILE.sverka")
    func bilingualFile() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.url.appendingPathComponent("telegram.md")
        try FileManager.default.copyItem(atPath: TestPaths.wholeTelegram, toPath: copy.path)
        let server = try Server([copy.path, "--no-open", "--port", "0", "--no-dictionary"], in: directory.url)
        defer { if server.process.isRunning { server.stop(SIGKILL) } }
        try server.waitForURL()
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("telegram.sverka").path))
        let state = try #require(server.get("/api/state").json)
        #expect((state["sourceUnits"] as? [Any])?.isEmpty == false)
        #expect((state["targetUnits"] as? [Any])?.isEmpty == false)
        server.stop(SIGTERM)
        #expect(server.process.terminationStatus == 0, "stderr: \(server.errors)")
    }

    @Test("Usage errors: nothing to review, three files, a bad port, standard input; a missing project")
    func usage() throws {
        for arguments in [["review"], ["review", "a", "b", "c"], ["review"] + Self.telegram + ["--port", "70000"],
                          ["review", "-", TestPaths.englishTelegram]] {
            let result = try SverkaProcess.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr.hasPrefix("sverka: error: "), "\(result)")
        }
        let missing = try SverkaProcess.run(["review", "--project", "/nonexistent/x.sverka", "--no-open"])
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr.split(separator: "\n").count == 1, "\(missing)")
    }
}
