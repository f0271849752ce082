extension String {
    /// A string from UTF-16 code units, lone surrogates replaced by U+FFFD (as
    /// `String(decoding:as: UTF16.self)` does), transcoded in one pass into the string's UTF-8
    /// storage: several times faster than the standard library's generic path, which matters when
    /// every sentence and token of a book comes back from ICU as UTF-16.
    public init<C: Collection>(utf16Units units: C) where C.Element == UInt16 {
        let fast = UTF16Transcoding.string(units)
        self = fast ?? String(decoding: units, as: UTF16.self)
    }
}

extension Array where Element == UInt16 {
    /// The UTF-16 code units of `text` (as `Array(text.utf16)`), decoded in one pass from the
    /// string's UTF-8 storage: the standard library's path counts the units first and, on long
    /// non-ASCII strings, builds index breadcrumbs to do so.
    public init(utf16Of text: String) {
        var text = text
        self = text.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { out, written in
                written = UTF16Transcoding.decode(bytes, into: out)
            }
        }
    }
}

/// The UTF-16 → UTF-8 loop behind ``Swift/String/init(utf16Units:)``.
enum UTF16Transcoding {
    /// The string of `units`, or nil when they are not stored contiguously.
    static func string<C: Collection>(_ units: C) -> String? where C.Element == UInt16 {
        units.withContiguousStorageIfAvailable { buffer in
            // Exact size first: the strings live on (sentences of a book), so no slack.
            String(unsafeUninitializedCapacity: max(utf8Count(buffer), 1)) { out in
                transcode(buffer, into: out)
            }
        }
    }


    /// Writes the UTF-16 form of `input` (valid UTF-8, as a string's storage is) into `out`, which
    /// holds at least `input.count` units; returns the number of units written.
    static func decode(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt16>) -> Int {
        var written = 0
        var k = 0
        let count = input.count
        while k < count {
            let lead = UInt32(input[k])
            if lead < 0x80 {
                out[written] = UInt16(lead)
                written += 1
                k += 1
            } else if lead < 0xE0 {
                out[written] = UInt16((lead & 0x1F) << 6 | UInt32(input[k + 1]) & 0x3F)
                written += 1
                k += 2
            } else if lead < 0xF0 {
                out[written] = UInt16((lead & 0x0F) << 12 | (UInt32(input[k + 1]) & 0x3F) << 6 | UInt32(input[k + 2]) & 0x3F)
                written += 1
                k += 3
            } else {
                let scalar = (lead & 0x07) << 18 | (UInt32(input[k + 1]) & 0x3F) << 12
                    | (UInt32(input[k + 2]) & 0x3F) << 6 | UInt32(input[k + 3]) & 0x3F
                let offset = scalar - 0x10000
                out[written] = UInt16(0xD800 + (offset >> 10))
                out[written + 1] = UInt16(0xDC00 + (offset & 0x3FF))
                written += 2
                k += 4
            }
        }
        return written
    }

    /// Bytes of the UTF-8 form of `input` (a lone surrogate counts 3, for U+FFFD).
    static func utf8Count(_ input: UnsafeBufferPointer<UInt16>) -> Int {
        var bytes = 0
        var k = 0
        while k < input.count {
            let unit = input[k]
            k += 1
            if unit < 0x80 {
                bytes += 1
            } else if unit < 0x800 {
                bytes += 2
            } else if unit < 0xDC00, unit >= 0xD800, k < input.count, input[k] & 0xFC00 == 0xDC00 {
                bytes += 4
                k += 1
            } else {
                bytes += 3
            }
        }
        return bytes
    }

    /// Writes `input` as UTF-8 into `out` (which holds ``utf8Count(_:)`` bytes); returns the
    /// number of bytes written.
    static func transcode(_ input: UnsafeBufferPointer<UInt16>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        var k = 0
        let count = input.count
        @inline(__always) func put(_ byte: UInt32) {
            out[written] = UInt8(truncatingIfNeeded: byte)
            written += 1
        }
        while k < count {
            let unit = UInt32(input[k])
            k += 1
            if unit < 0x80 {
                put(unit)
            } else if unit < 0x800 {
                put(0xC0 | unit >> 6)
                put(0x80 | unit & 0x3F)
            } else if unit & 0xF800 != 0xD800 {
                put(0xE0 | unit >> 12)
                put(0x80 | unit >> 6 & 0x3F)
                put(0x80 | unit & 0x3F)
            } else if unit < 0xDC00, k < count, input[k] & 0xFC00 == 0xDC00 {
                let scalar = 0x10000 + ((unit - 0xD800) << 10) + (UInt32(input[k]) - 0xDC00)
                k += 1
                put(0xF0 | scalar >> 18)
                put(0x80 | scalar >> 12 & 0x3F)
                put(0x80 | scalar >> 6 & 0x3F)
                put(0x80 | scalar & 0x3F)
            } else {
                // A lone surrogate: U+FFFD.
                put(0xEF)
                put(0xBF)
                put(0xBD)
            }
        }
        return written
    }
}
