import Sverka

extension String {
    /// The string without leading and trailing white space as ``MarkupMask`` counts it.
    var trimmingWhitespace: String {
        let units = Array(utf16)
        guard let start = units.firstIndex(where: { !MarkupMask.isWhitespace($0) }),
              let end = units.lastIndex(where: { !MarkupMask.isWhitespace($0) }) else { return "" }
        return String(decoding: units[start...end], as: UTF16.self)
    }
}
