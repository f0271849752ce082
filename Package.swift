// swift-tools-version:6.2
//
// Sverka: a bilingual text aligner (original ↔ translation), paragraph then sentence level.
// The data flow, one module per stage:
//   SverkaIngest (bytes → text) → SverkaSegment (text → paragraphs, sentences, tokens)
//   → SverkaClean (split bilingual files, set page furniture aside, rejoin broken paragraphs)
//   → SverkaAlign (score + dynamic programming) → SverkaDiagnose (divergences) → SverkaEval (gold metrics)
//   → SverkaWrite (report, pairs, TSV, TMX, JSON, Moses, HTML, XLIFF, XLSX) → Sverka (umbrella) → SverkaBatch (many pairs,
//   JSON Lines) → SverkaCLI (`sverka`). SverkaReviewServer serves `sverka review`'s editor (Hummingbird);
//   only it and the CLI depend on the web stack.
// CSverkaICU is the only place that touches system ICU (libicu-dev); SverkaICU wraps it in Swift.
// CSverkaXML wraps libxml2 (through the CLibXML2 system library) and SverkaReaders reads DOCX, ODT, HTML and
// EPUB into the same text a plain file gives (ZIPFoundation opens the archives).
// CSverkaPDF reads PDFs through poppler (the CPoppler system library), SverkaReaders turns them into text.
// CSverkaStemmer wraps Snowball's libstemmer, CSverkaGzip zlib; SverkaLexicon builds the lexical
// evidence (dictionaries, stems, a self-trained lexicon) on them.
// SverkaTestSupport (under Tests/) holds what the test targets share: paths, eval-data presence, builders.
// The code is written in the Swift 5 language mode; it needs a Swift 6.2 or later toolchain (Hummingbird 2.28
// declares tools version 6.2; its default traits are off: Sverka needs neither swift-configuration nor full Foundation there).
import PackageDescription

let package = Package(
    name: "Sverka",
    products: [
        .library(name: "Sverka", targets: ["Sverka"]),
        .library(name: "SverkaBatch", targets: ["SverkaBatch"]),
        .library(name: "SverkaEval", targets: ["SverkaEval"]),
        .library(name: "SverkaReview", targets: ["SverkaReview"]),
        .executable(name: "sverka", targets: ["SverkaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target Sverka` (the DocC catalogue in Sources/Sverka/Sverka.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Reads the zip archives of DOCX, ODT and EPUB (SverkaReaders), writes the XLSX review sheet (SverkaWrite).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The review project file (SverkaReview): SQLite, saved in one transaction after every action.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The review editor's local web server (SverkaReviewServer only: the library does not depend on it).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Hummingbird's own dependencies, named for the HTTP field names, the bound channel's port and the log level.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
        // PDF: poppler's GLib interface (libpoppler-glib-dev), found through pkg-config; only
        // CSverkaPDF's .c file includes its headers, SverkaReaders wraps it in Swift.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .target(name: "CSverkaPDF", dependencies: ["CPoppler"]),
        .target(name: "SverkaICU", dependencies: ["CSverkaICU"]),
        // The system libxml2 (libxml2-dev), found by pkg-config; only CSverkaXML's C files include it.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CSverkaXML", dependencies: ["CLibXML2"]),
        .target(
            name: "SverkaReaders",
            dependencies: ["CSverkaXML", "CSverkaPDF", "SverkaIngest", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "SverkaIngest", dependencies: ["SverkaICU"]),
        .target(name: "SverkaSegment", dependencies: ["SverkaICU", "SverkaIngest"]),
        .target(name: "SverkaAlign", dependencies: ["SverkaICU", "SverkaSegment"]),
        .target(
            name: "SverkaLexicon",
            dependencies: ["CSverkaStemmer", "CSverkaGzip", "SverkaICU", "SverkaSegment", "SverkaAlign"]
        ),
        .target(name: "SverkaClean", dependencies: ["SverkaICU", "SverkaSegment", "SverkaAlign"]),
.target(name: "SverkaDiagnose", dependencies: ["SverkaICU", "SverkaSegment", "SverkaAlign"]),
        // Sentence embeddings from an OpenAI-compatible server (URLSession): evidence, disk cache, meaning scores.
        .target(name: "SverkaEmbeddings", dependencies: ["SverkaAlign"]),
        .target(name: "SverkaEval", dependencies: []),
        .target(
            name: "SverkaWrite",
            dependencies: ["SverkaSegment", "SverkaAlign", "SverkaDiagnose", "SverkaEval",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "Sverka",
            dependencies: ["SverkaIngest", "SverkaReaders", "SverkaSegment", "SverkaClean", "SverkaAlign", "SverkaLexicon", "SverkaDiagnose", "SverkaEmbeddings", "SverkaEval", "SverkaWrite"]
        ),
        .target(name: "SverkaBatch", dependencies: ["Sverka"]),
        // The review project: an alignment a person corrects (actions, undo, re-align around confirmed
        // beads), kept in an SQLite file through GRDB; no web stack here.
        .target(name: "SverkaReview", dependencies: ["Sverka", .product(name: "GRDB", package: "GRDB.swift")]),
        // `sverka review`: the editor's page and JSON API over a review project, served by Hummingbird.
        .target(
            name: "SverkaReviewServer",
            dependencies: ["Sverka", "SverkaReview", "SverkaWrite", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "SverkaCLI",
            dependencies: [
                "Sverka",
                "SverkaBatch",
                "SverkaEval",
                "SverkaReview",
                "SverkaReviewServer",
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
        .testTarget(
            name: "SverkaReadersTests",
            dependencies: ["SverkaReaders", "SverkaSegment", "SverkaTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "SverkaSegmentTests", dependencies: ["SverkaSegment", "SverkaTestSupport"]),
        .testTarget(name: "SverkaAlignTests", dependencies: ["SverkaAlign", "SverkaTestSupport"]),
        .testTarget(name: "SverkaLexiconTests", dependencies: ["SverkaLexicon", "SverkaTestSupport"]),
        .testTarget(name: "SverkaCleanTests", dependencies: ["SverkaClean", "SverkaTestSupport"]),
        .testTarget(name: "SverkaDiagnoseTests", dependencies: ["SverkaDiagnose", "SverkaTestSupport"]),
        .testTarget(name: "SverkaEmbeddingsTests", dependencies: ["Sverka", "SverkaEmbeddings", "SverkaTestSupport"]),
        .testTarget(name: "SverkaEvalTests", dependencies: ["SverkaEval", "SverkaTestSupport"]),
        .testTarget(
            name: "SverkaWriteTests",
            dependencies: ["SverkaWrite", "SverkaTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "SverkaBatchTests", dependencies: ["Sverka", "SverkaBatch", "SverkaTestSupport"]),
        .testTarget(name: "SverkaReviewTests", dependencies: ["Sverka", "SverkaReview", "SverkaTestSupport"]),
        .testTarget(name: "SverkaCLITests", dependencies: ["Sverka", "SverkaEval", "SverkaReview", "SverkaTestSupport"]),
        .testTarget(name: "SverkaReviewServerTests", dependencies: ["SverkaReviewServer", "SverkaReview", "Sverka", "SverkaTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
