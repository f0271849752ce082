/// Escaping of text for XML 1.0 and HTML output (TMX, the HTML report): markup characters become
/// entity references, and characters XML 1.0 forbids become U+FFFD, so that no input can make the
/// output ill-formed.
///
/// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Everything else
/// — the other C0 controls, U+FFFE, U+FFFF and lone surrogates — is replaced by U+FFFD (a Swift
/// `String` cannot hold a lone surrogate: decoding invalid UTF-16 already yields U+FFFD, which is
/// allowed and passes through unchanged). The C1 controls and non-characters such as U+FDD0 are
/// allowed by XML 1.0 and are kept.
package enum XMLEscaping {
    /// The character written in place of one XML 1.0 forbids.
    package static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows `scalar` in a document.
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` for element content: `&`, `<`, `>` as `&amp;`, `&lt;`, `&gt;`; CR as `&#13;` (a raw CR
    /// would be read back as LF); forbidden characters as U+FFFD. Quotes are left alone.
    package static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` for an attribute value in double or single quotes: as ``text(_:)``, and also `"` as
    /// `&quot;`, `'` as `&apos;` (`&#39;` is not used: `&apos;` is valid in XML and HTML5 alike), and
    /// tab, LF and CR as character references, which attribute-value normalisation would otherwise
    /// turn into spaces.
    package static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// `text` with each character XML 1.0 forbids replaced by U+FFFD, nothing else changed.
    package static func replacingForbidden(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(out)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where inAttribute: out += "&quot;"
            case "'" where inAttribute: out += "&apos;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            default: out.unicodeScalars.append(isAllowed(scalar) ? scalar : replacement)
            }
        }
        return out
    }
}
