import Foundation
import Testing
import SverkaTestSupport

/// Another package can depend on Sverka and align two strings with its documented API. Building a
/// second copy of Sverka takes minutes, so this runs under CI (or with SVERKA_DEPENDENT_PACKAGE=1).
@Suite("A package depending on Sverka")
struct DependentPackageTests {
    static let enabled = TestPaths.inCI || ProcessInfo.processInfo.environment["SVERKA_DEPENDENT_PACKAGE"] == "1"

    /// The whole program of the dependent package: the library's API only.
    static let program = """
        import Sverka

        let loader = DocumentLoader()
        let ru = try loader.load(text: "Противник бомбит аэродромы.\\n\\nКопии направлены в Москву.", name: "ru", language: "ru")
        let en = try loader.load(text: "The enemy bombs the airfields.\\n\\nCopies were sent to Moscow.", name: "en", language: "en")
        let output = try AlignmentPipeline.standard(sourceLanguage: "ru", targetLanguage: "en").run(source: ru, target: en)
        for bead in output.units.alignment?.beads ?? [] {
            print(output.units.sourceText(bead), "|", output.units.targetText(bead))
        }
        """

    @Test("builds with Sverka as a path dependency (no unsafe flags) and aligns two strings", .enabled(if: enabled, "set CI or SVERKA_DEPENDENT_PACKAGE=1 to build a package depending on Sverka"))
    func buildsAndAligns() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Sources/Throwaway"), withIntermediateDirectories: true)
        try folder.file("Package.swift", text: """
            // swift-tools-version:6.0
            import PackageDescription
            let package = Package(
                name: "Throwaway",
                dependencies: [.package(path: "\(TestPaths.root.path)")],
                targets: [.executableTarget(name: "Throwaway", dependencies: [.product(name: "Sverka", package: "\(TestPaths.root.lastPathComponent)")])]
            )
            """)
        try folder.file("Sources/Throwaway/main.swift", text: Self.program)
        #expect(Self.program.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count <= 10)

        let build = try SverkaProcess.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["swift", "build"], in: folder.url)
        #expect(build.status == 0, "\((build.stdout + build.stderr).suffix(3000))")
        guard build.status == 0 else { return }
        let run = try SverkaProcess.run(program: folder.url.appendingPathComponent(".build/debug/Throwaway"), [], in: folder.url)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Противник бомбит аэродромы. | The enemy bombs the airfields."), "\(run)")
        #expect(run.stdout.contains("Копии направлены в Москву. | Copies were sent to Moscow."), "\(run)")
    }
}
