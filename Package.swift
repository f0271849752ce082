// swift-tools-version:6.0
//
// Sverka: a bilingual text aligner (original ↔ translation), paragraph then sentence level.
// The data flow, one module per stage:
//   SverkaIngest (bytes → text) → SverkaSegment (text → paragraphs, sentences, tokens)
//   → SverkaClean (split bilingual files, set page furniture aside, rejoin broken paragraphs)
//   → SverkaAlign (score + dynamic programming) → SverkaDiagnose (divergences) → SverkaEval (gold metrics)
//   → SverkaWrite (report, pairs, TSV, TMX, JSON, Moses, HTML, XLIFF, XLSX) → Sverka (umbrella) → SverkaBatch (many pairs,
//   JSON Lines) → SverkaCLI (`sverka`).
// CSverkaICU is the only place that touches system ICU (libicu-dev); SverkaICU wraps it in Swift.
// CSverkaStemmer wraps Snowball's libstemmer, CSverkaGzip zlib; SverkaLexicon builds the lexical
// evidence (dictionaries, stems, a self-trained lexicon) on them.
// SverkaTestSupport (under Tests/) holds what the test targets share: paths, eval-data presence, builders.
// The code is written in the Swift 5 language mode; it needs a Swift 6.0 or later toolchain.
import PackageDescription

let package = Package(
    name: "Sverka",
    products: [
        .library(name: "Sverka", targets: ["Sverka"]),
        .library(name: "SverkaBatch", targets: ["SverkaBatch"]),
        .library(name: "SverkaEval", targets: ["SverkaEval"]),
        .executable(name: "sverka", targets: ["SverkaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The XLSX review sheet is a zip of XML parts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `swift package generate-documentation --target Sverka` (the DocC catalogue in Sources/Sverka/Sverka.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
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
        .target(
            name: "SverkaWrite",
            dependencies: ["SverkaSegment", "SverkaAlign", "SverkaDiagnose", "SverkaEval",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
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
                "SverkaEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "SverkaTestSupport",
            dependencies: ["SverkaIngest", "SverkaSegment", "SverkaAlign"],
            path: "Tests/SverkaTestSupport"
        ),
        .testTarget(name: "SverkaICUTests", dependencies: ["SverkaICU", "SverkaTestSupport"]),
        .testTarget(name: "SverkaIngestTests", dependencies: ["SverkaIngest", "SverkaTestSupport"]),
        .testTarget(name: "SverkaSegmentTests", dependencies: ["SverkaSegment", "SverkaTestSupport"]),
        .testTarget(name: "SverkaAlignTests", dependencies: ["SverkaAlign", "SverkaTestSupport"]),
        .testTarget(name: "SverkaLexiconTests", dependencies: ["SverkaLexicon", "SverkaTestSupport"]),
        .testTarget(name: "SverkaCleanTests", dependencies: ["SverkaClean", "SverkaTestSupport"]),
        .testTarget(name: "SverkaDiagnoseTests", dependencies: ["SverkaDiagnose", "SverkaTestSupport"]),
        .testTarget(name: "SverkaEvalTests", dependencies: ["SverkaEval", "SverkaTestSupport"]),
        .testTarget(
            name: "SverkaWriteTests",
            dependencies: ["SverkaWrite", "SverkaTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "SverkaBatchTests", dependencies: ["Sverka", "SverkaBatch", "SverkaTestSupport"]),
        .testTarget(name: "SverkaCLITests", dependencies: ["Sverka", "SverkaEval", "SverkaTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
