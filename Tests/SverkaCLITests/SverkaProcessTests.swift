import Foundation
import Testing

@Suite("The sverka executable under test")
struct SverkaProcessTests {
    @Test("It is the one built with this test bundle, not a stale copy from another build folder")
    func builtAlongside() throws {
        let executable = try SverkaProcess.executable().resolvingSymlinksInPath()
        let directories = SverkaProcess.productDirectories.map { $0.resolvingSymlinksInPath().path }
        #expect(directories.contains(executable.deletingLastPathComponent().path), "\(executable.path) not in \(directories)")
    }
}
