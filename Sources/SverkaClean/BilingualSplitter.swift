import SverkaICU
import SverkaIngest
import SverkaSegment

/// Separates a document that holds a catalogue header, an original and its translation in one
/// file (as archive sites publish them) into those three parts, by the script of each paragraph.
///
/// Each paragraph is labelled by its letters (ICU Script property): mostly in the original's
/// script, mostly in the translation's, or neutral (no letters: numbers, rules, `[...]`). The file is
/// cut into three runs — front matter, original, translation — choosing the two cut points that
/// minimise the letters found in the wrong run (the front matter counts as the translation's script:
/// catalogue headers are written in the reader's language). Neutral paragraphs go with their
/// neighbours. The parts are exact slices of the file, so nothing is lost and line numbers hold.
public struct BilingualSplitter: Sendable {
    /// The three parts, as paragraph ranges of the segmented file.
    public struct Split: Equatable, Sendable {
        /// Catalogue header paragraphs (may be empty).
        public let front: Range<Int>
        /// The original.
        public let original: Range<Int>
        /// The translation.
        public let translation: Range<Int>
        /// The original's script and language guess (e.g. Cyrillic, `ru`).
        public let originalScript: Script
        /// The translation's script (e.g. Latin).
        public let translationScript: Script
        /// Language codes guessed from the scripts.
        public let originalLanguage: String
        /// Language code of the translation.
        public let translationLanguage: String
    }

    /// Why a file cannot be split.
    public enum SplitError: Error, Equatable, CustomStringConvertible {
        /// The file has paragraphs in fewer than two scripts.
        case oneScript(name: String)

        public var description: String {
            switch self {
            case .oneScript(let name):
                return "\(name): all paragraphs are in one script; cannot tell the original from the translation (give two files)"
            }
        }
    }

    /// A splitter.
    public init() {}

    /// The split of `document` (segmented with any language; only paragraphs are used).
    public func split(_ document: Document) throws -> Split {
        let counts = document.paragraphs.map { LanguageGuesser.scriptCounts($0.plain) }
        var totals: [Script: Int] = [:]
        for count in counts { for (script, n) in count where script != .common { totals[script, default: 0] += n } }
        let scripts = totals.sorted { $0.value > $1.value }.map(\.key)
        guard scripts.count >= 2 else { throw SplitError.oneScript(name: document.name) }
        // Try both orders of the two main scripts; keep the cheaper.
        var best: (cost: Int, split: Split)?
        for (original, translation) in [(scripts[0], scripts[1]), (scripts[1], scripts[0])] {
            let candidate = bestCuts(counts: counts, original: original, translation: translation)
            // Equal costs: the reading with the shorter front matter wins (a header is short).
            if best == nil || candidate.cost < best!.cost || (candidate.cost == best!.cost && candidate.a < best!.split.front.count) {
                best = (candidate.cost, Split(
                    front: 0..<candidate.a, original: candidate.a..<candidate.b,
                    translation: candidate.b..<counts.count,
                    originalScript: original, translationScript: translation,
                    originalLanguage: Self.language(of: original), translationLanguage: Self.language(of: translation)))
            }
        }
        return best!.split
    }

    /// The three parts of `decoded` as texts of their own (named `NAME#front` and so on), each an
    /// exact slice of the file with its first line number kept. The original carries the file's
    /// warnings, so they are told once.
    public func parts(of decoded: DecodedText, split: Split, document: Document) -> (front: DecodedText?, original: DecodedText, translation: DecodedText) {
        let units = [UInt16](utf16Of: decoded.text)
        func part(_ range: Range<Int>, _ label: String) -> DecodedText? {
            guard let first = range.first, let last = range.last else { return nil }
            let span = document.paragraphs[first].range.lowerBound..<document.paragraphs[last].range.upperBound
            return DecodedText(name: decoded.name + "#" + label, text: String(utf16Units: units[span]),
                               encoding: decoded.encoding, encodingWasDetected: decoded.encodingWasDetected,
                               firstLine: document.paragraphs[first].line, warnings: label == "original" ? decoded.warnings : [])
        }
        let empty = { (label: String) in
            DecodedText(name: decoded.name + "#" + label, text: "", encoding: decoded.encoding, firstLine: 1)
        }
        return (part(split.front, "front"),
                part(split.original, "original") ?? empty("original"),
                part(split.translation, "translation") ?? empty("translation"))
    }

    /// Cut points `a ≤ b` minimising letters of the wrong script: front `[0,a)` and translation
    /// `[b,n)` should be `translation`, the original `[a,b)` should be `original`. Linear: for each
    /// `b` the best `a` is the running minimum of `original(0..<a) − translation(0..<a)`.
    func bestCuts(counts: [[Script: Int]], original: Script, translation: Script) -> (a: Int, b: Int, cost: Int) {
        let n = counts.count
        var inOriginal = [0]
        var inTranslation = [0]
        for count in counts {
            inOriginal.append(inOriginal.last! + (count[original] ?? 0))
            inTranslation.append(inTranslation.last! + (count[translation] ?? 0))
        }
        var best = (a: 0, b: 0, cost: Int.max)
        var bestA = 0
        for b in 0...n {
            if inOriginal[b] - inTranslation[b] < inOriginal[bestA] - inTranslation[bestA] { bestA = b }
            let cost = inOriginal[bestA] - inTranslation[bestA] + inTranslation[b] + inOriginal[n] - inOriginal[b]
            if cost <= best.cost { best = (bestA, b, cost) }
        }
        return best
    }

    /// A representative language for a script.
    static func language(of script: Script) -> String {
        switch script {
        case .cyrillic: return "ru"
        case .latin: return "en"
        case .greek: return "el"
        case .arabic: return "ar"
        case .hebrew: return "he"
        case .han: return "zh"
        case .common, .other: return "und"
        }
    }
}
