import Foundation
import Testing
import Sverka
import SverkaTestSupport

/// The version comes from one place and agrees with the changelog.
@Suite("Version")
struct VersionTests {
    /// The version of the first release heading (`## [X.Y.Z] - DATE`) of `CHANGELOG.md`, skipping
    /// `[Unreleased]`.
    static func changelogVersion() throws -> String {
        let changelog = try String(contentsOf: TestPaths.root.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        for line in changelog.split(separator: "\n") where line.hasPrefix("## [") {
            let name = line.dropFirst(4).prefix { $0 != "]" }
            if name.lowercased() != "unreleased" { return String(name) }
        }
        throw VersionMissing()
    }

    /// No release heading in the changelog.
    struct VersionMissing: Error, CustomStringConvertible {
        var description: String { "CHANGELOG.md names no release (`## [X.Y.Z] - DATE`)" }
    }

    @Test("sverka --version prints the version of the changelog's newest release")
    func versionMatchesChangelog() throws {
        let expected = try Self.changelogVersion()
        #expect(expected.split(separator: ".").count == 3 && expected.allSatisfy { $0.isNumber || $0 == "." },
                "not a version: \(expected)")
        let run = try SverkaProcess.run(["--version"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == expected)
        #expect(SverkaRelease.version == expected)
    }

    @Test("the JSON output records the same version as its tool's")
    func jsonNamesTheVersion() throws {
        let run = try SverkaProcess.run(["align", TestPaths.russianTelegram, TestPaths.englishTelegram, "--format", "json", "--no-dictionary"])
        #expect(run.status == 0, "\(run)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let tool = try #require(root["tool"] as? [String: Any])
        #expect(tool["version"] as? String == SverkaRelease.version)
    }
}
