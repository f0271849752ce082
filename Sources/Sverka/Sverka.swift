// The Sverka library: one import for the whole pipeline.
//
//   ingest (SverkaIngest) → clean and segment (SverkaSegment) → score and align (SverkaAlign)
//   → evaluate (SverkaEval) → write (SverkaWrite)
@_exported import SverkaAlign
@_exported import SverkaClean
@_exported import SverkaDiagnose
@_exported import SverkaEval
@_exported import SverkaICU
@_exported import SverkaIngest
@_exported import SverkaLexicon
@_exported import SverkaSegment
@_exported import SverkaWrite

/// The version of Sverka, as written into every output that names its tool.
public let sverkaVersion = "0.1.0"
