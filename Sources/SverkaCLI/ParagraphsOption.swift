import ArgumentParser
import Sverka

/// `--paragraphs`: how the input marks its paragraphs, or `auto` to detect it for each file.
enum ParagraphsOption: String, ExpressibleByArgument, CaseIterable {
    case blankLines = "blank-lines"
    case lines
    case wrapped
    case auto

    /// The library's convention; nil for `auto`.
    var convention: ParagraphConvention? {
        switch self {
        case .blankLines: return .blankLines
        case .lines: return .lines
        case .wrapped: return .wrapped
        case .auto: return nil
        }
    }
}
