import Foundation
import SverkaSegment

/// The distinct words of the texts one ``Tokenizer`` reads, numbered in order of first sight by
/// their UTF-16 code units, each with its text and lower-case form: a word seen before costs one
/// lookup, and whatever is derived from a word (its anchor, its stem) is derived once per word.
///
/// Not thread-safe (it owns the tokenizer): one per thread. (Its tables are read without
/// exclusivity checks, which cost more than a lookup.)
public final class WordIndex {
    /// The tokenizer whose word tokens are numbered.
    public let tokenizer: Tokenizer
    /// The code units of every word, word after word (word `k` at `keyStarts[k]..<keyStarts[k+1]`).
    @exclusivity(unchecked) private var keyUnits: [UInt16] = []
    @exclusivity(unchecked) private var keyStarts: [Int] = [0]
    /// Open-addressing hash table of word ids (−1: empty), a power of two at most half full.
    @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 1024)
    /// Each word as written, by id.
    @exclusivity(unchecked) public private(set) var texts: [String] = []
    /// Each word lower-cased as ``Token/lower`` is, by id.
    @exclusivity(unchecked) public private(set) var lowerForms: [String] = []

    /// An index of the words `tokenizer` finds.
    public init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
    }

    /// An index of the words of `language` (an ICU locale id); throws if ICU has no word
    /// iterator for it.
    public convenience init(language: String) throws {
        self.init(tokenizer: try Tokenizer(language: language))
    }

    /// Number of distinct words seen.
    public var count: Int { texts.count }

    /// The id of the word token at `span` of `units` (a text's UTF-16), numbered when new.
    public func id(of span: TokenSpan, in units: [UInt16]) -> Int32 {
        let slot = units.withUnsafeBufferPointer { find(UnsafeBufferPointer(rebasing: $0[span.range])) }
        if slots[slot] >= 0 { return slots[slot] }
        let token = tokenizer.token(span, in: units)
        let id = Int32(texts.count)
        slots[slot] = id
        keyUnits.append(contentsOf: units[span.range])
        keyStarts.append(keyUnits.count)
        texts.append(token.text)
        lowerForms.append(token.lower)
        if texts.count * 2 > slots.count { grow() }
        return id
    }

    /// The slot holding the word `key`, or the empty slot where it belongs.
    private func find(_ key: UnsafeBufferPointer<UInt16>) -> Int {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyUnits.withUnsafeBufferPointer { stored in
                keyStarts.withUnsafeBufferPointer { starts in
                    while true {
                        let id = Int(slots[slot])
                        if id < 0 { return slot }
                        let start = starts[id]
                        if starts[id + 1] - start == key.count
                            && memcmp(stored.baseAddress! + start, key.baseAddress!, key.count * 2) == 0 {
                            return slot
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Doubles the table and places every word again.
    private func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        keyUnits.withUnsafeBufferPointer { stored in
            for id in 0..<texts.count {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: stored[keyStarts[id]..<keyStarts[id + 1]])) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id)
            }
        }
    }

    /// FNV-1a over the code units, folded to a non-negative Int.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt16>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for unit in key { h = (h ^ UInt64(unit)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: (h ^ h >> 29) & 0x7FFF_FFFF_FFFF_FFFF)
    }

    /// The ids of the word tokens of `text`, in order (repeats kept).
    public func ids(of text: String) -> [Int32] {
        let units = [UInt16](utf16Of: text)
        return tokenizer.spans(of: units).filter { $0.kind == .word }.map { id(of: $0, in: units) }
    }

    /// Word `id` as a word token (with an empty range: a word, not a place in a text).
    public func token(_ id: Int32) -> Token {
        Token(text: texts[Int(id)], lower: lowerForms[Int(id)], kind: .word, range: 0..<0)
    }
}
