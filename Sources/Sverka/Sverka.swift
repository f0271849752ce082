// The Sverka library: one import for the whole pipeline, each stage a module of its own.
//
//   SverkaIngest    bytes → text (BOM, charset detection, strict decoding, NFC)
//   SverkaReaders   DOCX, ODT, HTML, EPUB → the same text (libxml2, ZIPFoundation); a PDF's text layer (poppler), pages as form feeds
//   SverkaSegment   text → paragraphs, sentences, tokens
//   SverkaClean     bilingual split, page furniture, paragraphs joined across pages, omission markers
//   SverkaAlign     cost model, search, confidences, moved units
//   SverkaLexicon   lexical evidence: dictionaries, Snowball stems, a lexicon learnt from the document
//   SverkaEmbeddings  optional sentence embeddings from an OpenAI-compatible server: evidence and meaning scores
//   SverkaDiagnose  divergences: untranslated, added, moved, partial, numbers, names, …
//   SverkaWrite     report, pairs, TSV, TMX, JSON, Moses, HTML, XLIFF, XLSX; segmentation
//   SverkaEval      beads scored against gold beads
//   SverkaICU       the Swift face of system ICU
//
// This module adds the default policy (AlignmentPolicy, AlignmentPipeline.standard), the flow for
// one pair (AlignmentPipeline), reading texts (DocumentLoader), the output formats (OutputFormat),
// the self-check (AlignmentVerifier), the checks of an already aligned file (TranslationMemoryReader,
// TranslationMemoryChecker) and the version (SverkaRelease). It re-exports the stages whose
// types its API uses; SverkaEval (gold scoring) and SverkaBatch (many pairs) are products of their
// own. Types that only the stages share (window tables, corridors, feature builders, markup masks…)
// have `package` access.
@_exported import SverkaAlign
@_exported import SverkaClean
@_exported import SverkaDiagnose
@_exported import SverkaEmbeddings
@_exported import SverkaICU
@_exported import SverkaIngest
@_exported import SverkaLexicon
@_exported import SverkaReaders
@_exported import SverkaSegment
@_exported import SverkaWrite
