// swift-tools-version:5.9
//
// Sverka: a bilingual text aligner (original ↔ translation), paragraph then sentence level.
// The data flow, one module per stage:
//   SverkaIngest (bytes → text) → SverkaSegment (text → paragraphs, sentences, tokens)
//   → SverkaClean (split bilingual files, set page furniture aside, rejoin broken paragraphs)
//   → SverkaAlign (score + dynamic programming) → SverkaDiagnose (divergences) → SverkaEval (gold metrics)
//   → SverkaWrite (pairs, TSV, report, JSON) → Sverka (umbrella) → SverkaBatch (many pairs, JSON Lines)
//   → SverkaCLI (`sverka`).
// CSverkaICU is the only place that touches system ICU (libicu-dev); SverkaICU wraps it in Swift.
// CSverkaStemmer wraps Snowball's libstemmer, CSverkaGzip zlib; SverkaLexicon builds the lexical
// evidence (dictionaries, stems, a self-trained lexicon) on them.
import PackageDescription

let package = Package(
    name: "Sverka",
    products: [
        .library(name: "Sverka", targets: ["Sverka"]),
        .library(name: "SverkaBatch", targets: ["SverkaBatch"]),
        .executable(name: "sverka", targets: ["SverkaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CSverkaICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(name: "CSverkaStemmer", linkerSettings: [.linkedLibrary("stemmer")]),
        .target(name: "CSverkaGzip", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "SverkaICU", dependencies: ["CSverkaICU"]),
        .target(name: "SverkaIngest", dependencies: ["SverkaICU"]),
        .target(name: "SverkaSegment", dependencies: ["SverkaICU", "SverkaIngest"]),
        .target(name: "SverkaAlign", dependencies: ["SverkaICU", "SverkaSegment"]),
        .target(
            name: "SverkaLexicon",
            dependencies: ["CSverkaStemmer", "CSverkaGzip", "SverkaICU", "SverkaSegment", "SverkaAlign"]
        ),
        .target(name: "SverkaClean", dependencies: ["SverkaICU", "SverkaSegment", "SverkaAlign"]),
        .target(name: "SverkaDiagnose", dependencies: ["SverkaICU", "SverkaSegment", "SverkaAlign"]),
        .target(name: "SverkaEval", dependencies: []),
        .target(name: "SverkaWrite", dependencies: ["SverkaSegment", "SverkaAlign", "SverkaDiagnose", "SverkaEval"]),
        .target(
            name: "Sverka",
            dependencies: ["SverkaIngest", "SverkaSegment", "SverkaClean", "SverkaAlign", "SverkaLexicon", "SverkaDiagnose", "SverkaEval", "SverkaWrite"]
        ),
        .target(name: "SverkaBatch", dependencies: ["Sverka"]),
        .executableTarget(
            name: "SverkaCLI",
            dependencies: [
                "Sverka",
                "SverkaBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SverkaICUTests", dependencies: ["SverkaICU"]),
        .testTarget(name: "SverkaIngestTests", dependencies: ["SverkaIngest"]),
        .testTarget(name: "SverkaSegmentTests", dependencies: ["SverkaSegment"]),
        .testTarget(name: "SverkaAlignTests", dependencies: ["SverkaAlign"]),
        .testTarget(name: "SverkaLexiconTests", dependencies: ["SverkaLexicon"]),
        .testTarget(name: "SverkaCleanTests", dependencies: ["SverkaClean"]),
        .testTarget(name: "SverkaDiagnoseTests", dependencies: ["SverkaDiagnose"]),
        .testTarget(name: "SverkaEvalTests", dependencies: ["SverkaEval"]),
        .testTarget(name: "SverkaWriteTests", dependencies: ["SverkaWrite"]),
        .testTarget(name: "SverkaBatchTests", dependencies: ["Sverka", "SverkaBatch"]),
        .testTarget(name: "SverkaCLITests", dependencies: ["Sverka"]),
    ]
)
