import Sverka

extension String {
    /// The string without leading and trailing white space as ``TextNormalization/isWhitespace(_:)`` counts it.
    var trimmingWhitespace: String {
        let units = Array(utf16)
        guard let start = units.firstIndex(where: { !TextNormalization.isWhitespace($0) }),
              let end = units.lastIndex(where: { !TextNormalization.isWhitespace($0) }) else { return "" }
        return String(decoding: units[start...end], as: UTF16.self)
    }
}
