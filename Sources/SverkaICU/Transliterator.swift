import CSverkaICU

/// An ICU transliterator, such as `Russian-Latin/BGN; Latin-ASCII` for matching Cyrillic names
/// against their English renderings.
///
/// Not thread-safe: give each thread its own.
public final class Transliterator {
    private let handle: OpaquePointer
    /// The ICU transform id it was opened with.
    public let id: String

    /// Opens the transform `id`; throws the ICU error when ICU does not know it.
    public init(id: String) throws {
        var status: Int32 = 0
        guard let handle = sv_translit_open(id, &status) else { throw ICUError(code: status) }
        self.handle = handle
        self.id = id
    }

    deinit { sv_translit_close(handle) }

    /// `text` transliterated; returns the input unchanged if ICU fails.
    public func transform(_ text: String) -> String {
        let units = [UInt16](utf16Of: text)
        // The output buffer starts at 4 units per unit, and ICU lengths are 32-bit.
        guard !units.isEmpty, units.count <= (Int(Int32.max) - 16) / 4,
              let result = try? withUTF16Pointer(units, { source, length in
                  try fillUTF16(initialCapacity: units.count * 4 + 16) { sv_translit_run(handle, source, length, $0, $1) }
              })
        else { return text }
        return String(utf16Units: result)
    }
}
