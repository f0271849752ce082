import Foundation

/// Reads a file handle (standard input) line by line as the data arrives, so that a stream of
/// JSON Lines records is processed while it is still being written.
public struct BatchLineReader {
    /// Where the lines come from.
    public let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false

    /// A reader of `handle`.
    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line, without its `\n` (or `\r\n`); the last line may lack one. Nil at the end.
    public mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            scanned = buffer.count
            let chunk = handle.availableData
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
