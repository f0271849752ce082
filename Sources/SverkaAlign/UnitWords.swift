import Dispatch
import Foundation
import SverkaSegment

/// The word tokens of a list of units in one language (a document's sentences), each distinct
/// word stored once: what the features step reads of every unit, kept so that other evidence (a
/// dictionary's stems) is computed per distinct word without tokenising the texts again.
///
/// Unit `k`'s words are `wordIDs[wordStarts[k]..<wordStarts[k+1]]`, in text order with repeats;
/// a word id indexes `lowerForms`. Two ids never share a lower-case form.
public struct UnitWords: Sendable {
    /// The language (an ICU locale id) whose tokenizer made the words.
    public let language: String
    /// Each distinct word lower-cased (``Token/lower``), by id.
    public let lowerForms: [String]
    /// Offsets into `wordIDs`; `count + 1` entries.
    public let wordStarts: [Int]
    /// The word ids of all units, unit after unit.
    public let wordIDs: [Int32]

    /// Number of units.
    public var count: Int { wordStarts.count - 1 }

    /// The word ids of unit `k`, in text order.
    public func words(of k: Int) -> ArraySlice<Int32> {
        wordIDs[wordStarts[k]..<wordStarts[k + 1]]
    }

    /// One piece of a side read by one ``WordIndex``: the index's lower-case forms and the word
    /// ids (in that index) of consecutive units.
    struct Piece {
        let lowerForms: [String]
        let wordStarts: [Int]
        let wordIDs: [Int32]
    }

    /// The pieces of one side joined in order, words renumbered into one table (by the code
    /// units of their lower-case forms, so that two ids never share one).
    init(language: String, pieces: [Piece]) {
        var ids: [CodeUnits: Int32] = [:]
        var lowerForms: [String] = []
        var wordStarts = [0]
        var wordIDs: [Int32] = []
        wordStarts.reserveCapacity(pieces.reduce(1) { $0 + $1.wordStarts.count - 1 })
        wordIDs.reserveCapacity(pieces.reduce(0) { $0 + $1.wordIDs.count })
        for piece in pieces {
            var global = [Int32](repeating: -1, count: piece.lowerForms.count)
            for id in piece.wordIDs where global[Int(id)] < 0 {
                let lower = piece.lowerForms[Int(id)]
                let key = CodeUnits(Array(lower.utf16)[...])
                if let known = ids[key] {
                    global[Int(id)] = known
                } else {
                    global[Int(id)] = Int32(lowerForms.count)
                    ids[key] = Int32(lowerForms.count)
                    lowerForms.append(lower)
                }
            }
            for k in 0..<(piece.wordStarts.count - 1) {
                for id in piece.wordIDs[piece.wordStarts[k]..<piece.wordStarts[k + 1]] { wordIDs.append(global[Int(id)]) }
                wordStarts.append(wordIDs.count)
            }
        }
        self.language = language
        self.lowerForms = lowerForms
        self.wordStarts = wordStarts
        self.wordIDs = wordIDs
    }

    /// Fewest units worth tokenising on several threads (each makes its own ICU iterator).
    static let parallelUnits = 2_000

    /// The words of `texts` in `language`, read on up to `threads` threads (nil: the active
    /// processors). Throws if ICU has no word iterator for the language.
    public init(tokenizing texts: [String], language: String, threads: Int? = nil) throws {
        let first = try WordIndex(language: language)
        let chunks = texts.count >= Self.parallelUnits ? max(threads ?? ProcessInfo.processInfo.activeProcessorCount, 1) : 1
        let size = max((texts.count + chunks - 1) / chunks, 1)
        let starts = Array(stride(from: 0, to: texts.count, by: size))
        var pieces = [Piece?](repeating: nil, count: starts.count)
        pieces.withUnsafeMutableBufferPointer { out in
            let out = out
            let read = { (chunk: Int) in
                // The language was checked with `first`, so an index for it cannot fail here.
                guard let index = starts.count == 1 ? first : try? WordIndex(language: language) else { return }
                var wordStarts = [0]
                var wordIDs: [Int32] = []
                for text in texts[starts[chunk]..<min(starts[chunk] + size, texts.count)] {
                    wordIDs += index.ids(of: text)
                    wordStarts.append(wordIDs.count)
                }
                out[chunk] = Piece(lowerForms: index.lowerForms, wordStarts: wordStarts, wordIDs: wordIDs)
            }
            if starts.count > 1 {
                DispatchQueue.concurrentPerform(iterations: starts.count, execute: read)
            } else {
                starts.indices.forEach(read)
            }
        }
        self.init(language: language, pieces: pieces.compactMap { $0 })
    }
}
