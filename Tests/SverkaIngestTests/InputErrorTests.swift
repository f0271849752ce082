import Testing
@testable import SverkaIngest

@Suite("InputError messages")
struct InputErrorTests {
    @Test("Each message is one line that names the file (and line) first", arguments: [
        (InputError.fileNotFound(path: "a.md"), "a.md: no such file"),
        (.unreadable(path: "d", reason: "it is a directory"), "d: cannot read the file (it is a directory)"),
        (.empty(path: "e.md"), "e.md: the file is empty"),
        (.binary(path: "b.bin", line: 3), "b.bin:3: binary data (NUL or control bytes), not a text file"),
        (.invalidEncoding(path: "r.md", encoding: "UTF-8", line: 66, byteOffset: 4321),
         "r.md:66: invalid UTF-8 byte sequence at byte 4321; name the right encoding with --encoding"),
        (.undetectableEncoding(path: "u.md"), "u.md: cannot tell the text encoding; name it with --encoding"),
        (.tooLarge(path: "t.md", bytes: 12692, limit: 1000),
         "t.md: the file has 12692 bytes, more than the limit of 1000 (raise it with --max-input-size)"),
    ])
    func messages(error: InputError, expected: String) {
        #expect(error.description == expected)
        #expect(!error.description.contains("\n"))
    }

    @Test("The unknown-encoding message names the encoding and suggests real ones")
    func unknownEncoding() {
        let message = InputError.unknownEncoding(name: "koi-8").description
        #expect(message.hasPrefix("unknown encoding 'koi-8'"))
        #expect(message.contains("KOI8-R"))
    }
}
