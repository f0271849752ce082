import Sverka

/// Two documents and a pipeline, made from a fuzzer's bytes: the shared front half of the
/// alignment and writer targets.
///
/// The first byte chooses the run: bits 0–2 the language pair (``pairs``), bit 3 the flat
/// sentence search, bit 4 sentence output, bit 5 no archival clean-up, bit 6 pre-segmented
/// input, bit 7 beads of one unit a side. The rest is the two texts (see ``FuzzInput/texts``).
public struct AlignmentRecipe {
    /// Language pairs (source, target): the usual ones, the same language twice, scripts far apart.
    public static let pairs = [("ru", "en"), ("en", "ru"), ("de", "fr"), ("en", "en"), ("ru", "ru"),
                               ("ar", "he"), ("ja", "en"), ("und", "und")]

    /// The original, segmented.
    public let source: Document
    /// The translation, segmented.
    public let target: Document
    /// The pipeline the options describe.
    public let pipeline: AlignmentPipeline

    /// The recipe in `data`.
    public init(_ data: [UInt8]) {
        var input = FuzzInput(data)
        let options = input.option()
        let (sourceLanguage, targetLanguage) = Self.pairs[Int(options & 7)]
        let mode: DocumentSegmenter.Mode = options & 64 != 0 ? .presegmented : .running
        let (sourceText, targetText) = input.texts
        source = Self.segment(sourceText, name: "source.txt", language: sourceLanguage, mode: mode)
        target = Self.segment(targetText, name: "target.txt", language: targetLanguage, mode: mode)
        let maxBead = options & 128 != 0 ? 1 : 3
        pipeline = AlignmentPipeline(
            strategy: options & 8 != 0 ? .sentencesOnly : .twoLevel,
            outputLevel: options & 16 != 0 ? .sentence : .paragraph,
            settings: AlignerSettings(shapes: BeadShapes(maxSide: maxBead, maxTotal: maxBead + 1)),
            cleaner: ArchivalCleaner(removesFurniture: options & 32 == 0, joinsBrokenParagraphs: options & 32 == 0))
    }

    /// `text` segmented as `language`.
    static func segment(_ text: String, name: String, language: String, mode: DocumentSegmenter.Mode) -> Document {
        guard let segmenter = try? DocumentSegmenter(language: language, mode: mode) else {
            FuzzFailure.fail("align", "ICU has no sentence iterator for \(language)")
        }
        return segmenter.segment(DecodedText(name: name, text: text))
    }

    /// The pipeline run on the two documents; a thrown error is a finding (the input was text).
    public func run() -> AlignmentPipeline.Output {
        do {
            return try pipeline.run(source: source, target: target)
        } catch {
            FuzzFailure.fail("align", "the pipeline threw: \(error)")
        }
    }
}
