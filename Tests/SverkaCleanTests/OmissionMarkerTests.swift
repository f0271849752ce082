import Testing
@testable import SverkaClean

@Suite("OmissionMarker")
struct OmissionMarkerTests {
    @Test("markers", arguments: ["[...]", "[…]", "(...)", "…", "[ ... ]", "[пропуск]", "[omitted]", "[Text omitted]"])
    func markers(text: String) { #expect(OmissionMarker.isMarker(text)) }

    @Test("not markers", arguments: ["[Stalin]", "...and then", "[", "", "Wait...", "[1]", ".."])
    func notMarkers(text: String) { #expect(!OmissionMarker.isMarker(text)) }
}
