import Testing
@testable import SverkaAlign

@Suite("WindowTable")
struct WindowTableTests {
    let units: [[Int32]] = [[1, 3, 3], [], [2, 3], [0, 9]]

    @Test("windows are the sorted multiset unions of consecutive units, clipped at the end")
    func multisets() {
        let table = WindowTable(count: units.count, width: 2) { units[$0][...] }
        #expect(Array(table.window(0)) == [1, 3, 3])
        #expect(Array(table.window(1)) == [2, 3])
        #expect(Array(table.window(2)) == [0, 2, 3, 9])
        #expect(Array(table.window(3)) == [0, 9])
    }

    @Test("unique windows keep each id once")
    func sets() {
        let table = WindowTable(count: units.count, width: 3, unique: true) { units[$0][...] }
        #expect(Array(table.window(0)) == [1, 2, 3])
        #expect(Array(table.window(1)) == [0, 2, 3, 9])
    }

    @Test("width 1 is each unit as it is; no units, no windows")
    func edges() {
        let table = WindowTable(count: units.count, width: 1) { units[$0][...] }
        #expect((0..<units.count).map { Array(table.window($0)) } == units)
        #expect(WindowTable(count: 0, width: 2) { _ in [] }.count == 0)
    }
}
