import Foundation
import Testing
@testable import SverkaEval

@Suite struct PairsFormatTests {
    @Test func parsesAllBeadShapes() throws {
        let text = "[0]:[0, 1]\n[1,2]:[2]\n[3]:[]\n[]:[3]\n[ 4 , 5 ]:[ 4 ]\n"
        let beads = try PairsFormat.parse(text)
        #expect(beads == [
            IndexBead(source: [0], target: [0, 1]),
            IndexBead(source: [1, 2], target: [2]),
            IndexBead(source: [3], target: []),
            IndexBead(source: [], target: [3]),
            IndexBead(source: [4, 5], target: [4]),
        ])
    }

    @Test func parsesScores() throws {
        let beads = try PairsFormat.parse("[0]:[0]:0.8731\n[1, 2]:[1]: -0.25\n[]:[2]:0.000000\n[3]:[3]:1e-3")
        #expect(beads.map(\.score) == [0.8731, -0.25, 0, 0.001])
        #expect(beads[1].source == [1, 2])
    }

    @Test func skipsBlankLinesAndAcceptsCRLF() throws {
        let beads = try PairsFormat.parse("\n[0]:[0]\r\n\r\n   \n[1]:[1]\r\n\n")
        #expect(beads == [IndexBead(source: [0], target: [0]), IndexBead(source: [1], target: [1])])
        #expect(try PairsFormat.parse("").isEmpty)
        #expect(try PairsFormat.parse("\n \n").isEmpty)
    }

    @Test(arguments: [
        ("[0]:[1", "expected ']'"),
        ("[0]-[1]", "expected ':'"),
        ("0:[1]", "expected '['"),
        ("[a]:[1]", "expected a non-negative integer index"),
        ("[-1]:[0]", "expected a non-negative integer index"),
        ("[0,]:[1]", "expected a non-negative integer index"),
        ("[0 1]:[1]", "expected ']'"),
        ("[0]:[1]:abc", "expected a finite number as the score"),
        ("[0]:[1]:", "expected a finite number as the score"),
        ("[0]:[1]:nan", "expected a finite number as the score"),
        ("[0]:[1] x", "unexpected text after the bead"),
        ("[99999999999999999999]:[1]", "index too large"),
    ])
    func rejectsMalformedLinesWithTheirNumber(line: String, reason: String) {
        let text = "[0]:[0]\n\n\(line)\n[2]:[2]\n"
        #expect(throws: PairsFormatError(line: 3, text: line, reason: reason)) {
            try PairsFormat.parse(text)
        }
    }

    @Test func errorDescriptionNamesLineAndText() {
        let error = PairsFormatError(line: 7, text: "[0]:[1", reason: "expected ']'")
        #expect(error.description == "line 7: expected ']': [0]:[1")
    }

    @Test func formatsCanonically() {
        let beads = [
            IndexBead(source: [0, 1], target: [2]),
            IndexBead(source: [3], target: []),
            IndexBead(source: [], target: [7], score: 0.5),
            IndexBead(source: [4], target: [8], score: 0.87314),
            IndexBead(source: [5], target: [9], score: .nan),
        ]
        #expect(PairsFormat.format(beads) == "[0,1]:[2]\n[3]:[]\n[]:[7]:0.5000\n[4]:[8]:0.8731\n[5]:[9]\n")
        #expect(PairsFormat.format([]) == "")
    }

    @Test func roundTrips() throws {
        let text = "[0]:[0, 1]\n\n[1,2]:[2]:0.8731\n[3]:[]\n[]:[3]:0.0000\n"
        let beads = try PairsFormat.parse(text)
        let canonical = PairsFormat.format(beads)
        #expect(canonical == "[0]:[0,1]\n[1,2]:[2]:0.8731\n[3]:[]\n[]:[3]:0.0000\n")
        #expect(try PairsFormat.parse(canonical) == beads)
        #expect(PairsFormat.format(try PairsFormat.parse(canonical)) == canonical)
    }

    @Test("scores have four decimals exactly as %.4f writes them, halfway cases and extremes included")
    func fixedPointMatchesPrintf() {
        var values: [Double] = [0, 1, 0.5, 0.00005, 0.00015, 0.99995, 0.12345, 0.98765, -0.00004, 1e-300, 123456.78905,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(Double.random(in: 0...1, using: &generator)) }
        for k in 0...20_000 { values.append(Double(k) / 20_000) }
        for value in values {
            #expect(PairsFormat.fixedPoint(value) == String(format: "%.4f", value), "\(value)")
        }
    }
}
