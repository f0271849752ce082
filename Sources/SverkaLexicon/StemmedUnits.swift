import SverkaICU
import SverkaSegment

/// Turns unit texts into bags of stems: ICU word tokens, lower-cased with ICU, Snowball-stemmed.
/// Words without letters and one-letter words are left out.
///
/// Not thread-safe (ICU and Snowball objects): one per thread.
public final class StemmedUnits {
    private let tokenizer: Tokenizer
    private let stemmer: Stemmer?
    private var cache: [String: String] = [:]

    /// A stemmer of `language` texts (words are only lower-cased when Snowball has no stemmer for it).
    public init(language: String) throws {
        tokenizer = try Tokenizer(language: language)
        stemmer = Stemmer(language: language)
    }

    /// The stems of `text`, in order (repeats kept).
    public func stems(of text: String) -> [String] {
        tokenizer.tokens(of: text).compactMap { token -> String? in
            guard token.kind == .word, token.lower.count >= 2 else { return nil }
            return stem(token.lower)
        }
    }

    /// The stem of a lower-case word (cached).
    public func stem(_ lower: String) -> String {
        if let cached = cache[lower] { return cached }
        let stem = stemmer?.stem(lower) ?? lower
        if cache.count < 500_000 { cache[lower] = stem }
        return stem
    }
}
