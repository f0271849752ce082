import SverkaAlign
import SverkaICU
import SverkaSegment

/// Turns unit texts into bags of stems: ICU word tokens, lower-cased with ICU, Snowball-stemmed.
/// Words without letters and one-letter words are left out.
///
/// Not thread-safe (ICU and Snowball objects): one per thread.
package final class StemmedUnits {
    let tokenizer: Tokenizer
    /// The language of the texts.
    package var language: String { tokenizer.language }
    private let stemmer: Stemmer?
    private var cache: [String: String] = [:]

    /// A stemmer of `language` texts (words are only lower-cased when Snowball has no stemmer for it).
    package init(language: String) throws {
        tokenizer = try Tokenizer(language: language)
        stemmer = Stemmer(language: language)
    }

    /// The stems of `text`, in order (repeats kept).
    package func stems(of text: String) -> [String] {
        tokenizer.tokens(of: text).compactMap(stem(of:))
    }

    /// The stem of a word token, nil for other tokens and one-letter words.
    private func stem(of token: Token) -> String? {
        guard token.kind == .word, token.lower.count >= 2 else { return nil }
        return stem(token.lower)
    }

    /// The id in `ids` of the stem of a word token whose lower-case form is `lower`; −1 when the
    /// stem is unknown or the word has one letter.
    func knownStemID(ofLowerCase lower: String, ids: [String: Int32]) -> Int32 {
        guard lower.count >= 2 else { return -1 }
        return ids[stem(lower)] ?? -1
    }

    /// The stem of a lower-case word (cached).
    package func stem(_ lower: String) -> String {
        if let cached = cache[lower] { return cached }
        let stem = stemmer?.stem(lower) ?? lower
        if cache.count < 500_000 { cache[lower] = stem }
        return stem
    }
}
