import CSverkaICU

/// The writing system of a character, from ICU's Script property (ISO 15924).
public enum Script: Equatable, Hashable, Sendable {
    case latin
    case cyrillic
    case greek
    case arabic
    case hebrew
    case han
    /// Shared by all scripts: digits, punctuation, spaces (`Zyyy`) or combining marks (`Zinh`).
    case common
    /// Any other script, by its ISO 15924 code.
    case other(String)

    /// The script of `scalar`.
    public init(of scalar: Unicode.Scalar) {
        // Fast path for ASCII, which is most of what we see.
        if scalar.value < 0x80 {
            let v = scalar.value
            self = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) ? .latin : .common
            return
        }
        switch String(cString: sv_script_short_name(scalar.value)) {
        case "Latn": self = .latin
        case "Cyrl": self = .cyrillic
        case "Grek": self = .greek
        case "Arab": self = .arabic
        case "Hebr": self = .hebrew
        case "Hani": self = .han
        case "Zyyy", "Zinh", "Zzzz": self = .common
        case let code: self = .other(code)
        }
    }

    /// The script's English name (`Latin`, `Cyrillic`), or its ISO 15924 code.
    public var name: String {
        switch self {
        case .latin: return "Latin"
        case .cyrillic: return "Cyrillic"
        case .greek: return "Greek"
        case .arabic: return "Arabic"
        case .hebrew: return "Hebrew"
        case .han: return "Han"
        case .common: return "common"
        case .other(let code): return code
        }
    }
}
