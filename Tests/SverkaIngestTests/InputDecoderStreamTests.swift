import Foundation
import Testing
import SverkaTestSupport
@testable import SverkaIngest

/// The size limit holds while reading, for devices and pipes as for regular files.
@Suite("InputDecoder: devices and pipes")
struct InputDecoderStreamTests {
    @Test("/dev/zero stops at the limit with streamTooLarge")
    func devZero() {
        #expect(throws: InputError.streamTooLarge(path: "/dev/zero", limit: 4096)) {
            try InputDecoder(maxInputBytes: 4096).load(path: "/dev/zero")
        }
    }

    @Test("a pipe is read to its end under the limit, and refused past it")
    func pipe() throws {
        let text = "Первая строка.\nВторая строка.\n"
        for (limit, refused) in [(1000, false), (10, true)] {
            let pipe = Pipe()
            pipe.fileHandleForWriting.write(Data(text.utf8))
            try pipe.fileHandleForWriting.close()
            let descriptor = pipe.fileHandleForReading.fileDescriptor
            let decoder = InputDecoder(maxInputBytes: limit)
            if refused {
                #expect(throws: InputError.streamTooLarge(path: "standard input", limit: 10)) {
                    try decoder.load(descriptor: descriptor, name: "standard input")
                }
            } else {
                let decoded = try decoder.load(descriptor: descriptor, name: "standard input")
                #expect(decoded.text == text && decoded.name == "standard input")
            }
        }
    }

    @Test("a regular file over the limit is still refused before reading, with its size")
    func regularFile() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.file("x.txt", text: String(repeating: "a", count: 50))
        #expect(throws: InputError.tooLarge(path: path, bytes: 50, limit: 20)) { try InputDecoder(maxInputBytes: 20).load(path: path) }
        #expect(try InputDecoder(maxInputBytes: 50).load(path: path).text.count == 50)
    }

    @Test("the message of streamTooLarge is one line naming the limit and the option")
    func message() {
        #expect(InputError.streamTooLarge(path: "/dev/zero", limit: 100).description
                == "/dev/zero: more than the limit of 100 bytes was read (raise it with --max-input-size)")
    }
}
