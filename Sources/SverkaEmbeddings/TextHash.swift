/// A 128-bit FNV-1a hash of a string's UTF-8 bytes, as 32 hexadecimal digits: the disk cache's
/// file names (no cryptographic strength is needed, only a negligible chance of collision).
enum TextHash {
    /// The hash of `text`.
    static func hex(_ text: String) -> String {
        // FNV-1a with the 128-bit prime 2^88 + 2^8 + 0x3b, on (high, low) 64-bit halves.
        var high: UInt64 = 0x6c62272e07bb0142
        var low: UInt64 = 0x62b821756295c58d
        let primeLow: UInt64 = 0x13b   // prime = 2^88 + 0x13b
        for byte in text.utf8 {
            low ^= UInt64(byte)
            // (high, low) * prime mod 2^128 = (high, low) * 0x13b + (low << 88)
            let product = low.multipliedFullWidth(by: primeLow)
            let newHigh = high &* primeLow &+ product.high &+ (low << 24)
            low = product.low
            high = newHigh
        }
        return hex64(high) + hex64(low)
    }

    private static func hex64(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
