import CSverkaICU

/// An error reported by system ICU: the raw `UErrorCode` and its symbolic name.
public struct ICUError: Error, Equatable, CustomStringConvertible {
    /// The ICU status code (positive; `U_ZERO_ERROR` is never an error).
    public let code: Int32

    /// Wraps a (positive) ICU status code.
    public init(code: Int32) { self.code = code }

    /// ICU's name for the code, such as `U_ILLEGAL_CHAR_FOUND`.
    public var name: String { String(cString: sv_error_name(code)) }

    public var description: String { name }
}

/// Version of the system ICU library Sverka is linked against, such as `"72.1"`.
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    sv_icu_version(&buffer, Int32(buffer.count))
    return String(cString: buffer)
}

/// Calls an ICU fill-a-buffer function with a growing buffer until its result fits.
///
/// `body` receives a buffer and its capacity in UTF-16 units and returns the length it needs,
/// or a negated ICU error. Returns the filled units; throws the ICU error.
func fillUTF16(initialCapacity: Int, _ body: (UnsafeMutablePointer<UInt16>, Int32) -> Int32) throws -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<8 {
        guard capacity <= Int(Int32.max) else { break } // ICU lengths are 32-bit
        var buffer = [UInt16](repeating: 0, count: capacity)
        let needed = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
            guard let base = pointer.baseAddress else { return -1 }
            return body(base, Int32(pointer.count))
        }
        if needed < 0 { throw ICUError(code: -needed) }
        if Int(needed) <= capacity {
            buffer.removeLast(capacity - Int(needed))
            return buffer
        }
        capacity = Int(needed) + 16
    }
    throw ICUError(code: 15) // U_BUFFER_OVERFLOW_ERROR: the needed size never settled
}

/// Runs `body` with a pointer to `units`; an empty array gets a valid one-element buffer,
/// because ICU rejects NULL text even when its length is 0.
func withUTF16Pointer<R>(_ units: [UInt16], _ body: (UnsafePointer<UInt16>, Int32) throws -> R) rethrows -> R {
    if units.isEmpty {
        let placeholder: [UInt16] = [0]
        return try placeholder.withUnsafeBufferPointer { try body($0.baseAddress!, 0) }
    }
    return try units.withUnsafeBufferPointer { try body($0.baseAddress!, Int32($0.count)) }
}
