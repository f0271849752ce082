// swift-tools-version:5.9
//
// libFuzzer targets for Sverka, kept out of the main package so that its normal build is untouched.
// Each target is an executable linked with libFuzzer; `Scripts/fuzz.sh` builds them with
//   swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// and runs them. The checks themselves live in SverkaFuzzChecks, a plain library, so that
// `FuzzReplay` can run saved inputs through them in an ordinary (unsanitised) build.
//
// Only the library product `Sverka` of the main package is used (not the CLI and its
// swift-argument-parser dependency).
import PackageDescription

let fuzzTargets = ["FuzzIngest", "FuzzSegment", "FuzzAlign", "FuzzWriters"]

let package = Package(
    name: "SverkaFuzz",
    products: fuzzTargets.map { .executable(name: $0, targets: [$0]) } + [
        .executable(name: "FuzzReplay", targets: ["FuzzReplay"]),
    ],
    dependencies: [
        .package(name: "Sverka", path: ".."),
    ],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "SverkaFuzzChecks", dependencies: [.product(name: "Sverka", package: "Sverka")]),
        .executableTarget(name: "FuzzReplay", dependencies: ["SverkaFuzzChecks"]),
    ] + fuzzTargets.map {
        .executableTarget(name: $0, dependencies: ["CFuzzDriver", "SverkaFuzzChecks"])
    }
)
