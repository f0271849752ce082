import CSverkaICU

/// An ICU sentence or word break iterator for one locale.
///
/// Not thread-safe: give each thread its own. Reusable for any number of texts.
package final class BreakIterator {
    /// What the iterator splits text into.
    package enum Kind: Int32, Sendable {
        case sentence = 0
        case word = 1
    }

    /// One segment found by the iterator: UTF-16 offsets into the text and ICU's rule status.
    package struct Segment: Equatable, Sendable {
        /// Start offset in UTF-16 code units.
        package let start: Int
        /// End offset (exclusive) in UTF-16 code units.
        package let end: Int
        /// ICU's rule status for the segment. For words: 0–99 none (spaces, punctuation),
        /// 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideographic.
        package let status: Int32
    }

    private let handle: OpaquePointer
    /// The kind of boundary this iterator finds.
    package let kind: Kind
    /// The locale it was opened for.
    package let locale: String

    /// Opens an iterator; throws the ICU error if ICU cannot (an unknown locale falls back to root).
    package init(kind: Kind, locale: String) throws {
        var status: Int32 = 0
        guard let handle = sv_breaker_open(kind.rawValue, locale, &status) else {
            throw ICUError(code: status)
        }
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    deinit { sv_breaker_close(handle) }

    /// The segments of `units`, in order, covering it exactly (empty for empty text).
    package func segments(of units: [UInt16]) -> [Segment] {
        guard !units.isEmpty else { return [] }
        var capacity = kind == .sentence ? units.count / 16 + 8 : units.count / 2 + 8
        for _ in 0..<4 {
            var boundaries = [Int32](repeating: 0, count: capacity)
            var statuses = [Int32](repeating: 0, count: capacity)
            let count = withUTF16Pointer(units) { text, length in
                sv_breaker_run(handle, text, length, &boundaries, &statuses, Int32(capacity))
            }
            if count < 0 { return [Segment(start: 0, end: units.count, status: 0)] }
            if Int(count) <= capacity {
                var result: [Segment] = []
                result.reserveCapacity(Int(count))
                var start = 0
                for i in 0..<Int(count) {
                    let end = Int(boundaries[i])
                    result.append(Segment(start: start, end: end, status: statuses[i]))
                    start = end
                }
                return result
            }
            capacity = Int(count) + 8
        }
        return [Segment(start: 0, end: units.count, status: 0)]
    }
}
