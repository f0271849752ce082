import Foundation
import Testing
import SverkaTestSupport

@Suite("sverka review in a real browser (headless Chromium through Selenium)")
struct ReviewBrowserTests {
    /// The browser test script.
    static let script = TestPaths.root.appendingPathComponent("Scripts/test_review_browser.py").path
    /// Where the screenshot is left for people to look at.
    static let screenshot = "/tmp/sverka-review.png"

    /// Runs `python3 arguments…`.
    static func python(_ arguments: [String]) throws -> SverkaProcess.Result {
        try SverkaProcess.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
    }

    /// Whether chromium, chromedriver, selenium and translate-toolkit are there (the script says).
    static let toolsPresent = (try? python([script, "--check-tools"]).status) == 0

    @Test("The editor on the telegram: merge, split, confirm, edit (markup stays text), undo, redo, re-align, map navigation, TMX export read back by translate-toolkit, screenshot with both columns and the map",
          .enabled(if: toolsPresent || TestPaths.inCI,
                   "chromium, chromedriver, selenium or translate-toolkit missing (Scripts/install-test-tools.sh installs them); skipping"))
    func editor() throws {
        let sverka = try SverkaProcess.executable()
        try? FileManager.default.removeItem(atPath: Self.screenshot)
        let result = try Self.python([Self.script, "--sverka", sverka.path, "--screenshot", Self.screenshot])
        #expect(result.status == 0, "\(result)")
        let summary = result.stdout.split(separator: "\n").last { $0.hasPrefix("test_review_browser:") }
        #expect(summary?.hasSuffix(" 0 failed") == true, "\(result)")
        #expect(!result.stdout.contains("FAIL "), "\(result)")
        #expect(FileManager.default.fileExists(atPath: Self.screenshot))
    }
}
