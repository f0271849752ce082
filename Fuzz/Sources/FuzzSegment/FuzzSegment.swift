import CFuzzDriver
import SverkaFuzzChecks

/// libFuzzer's per-input entry point: runs ``SegmentationCheck`` on the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    SegmentationCheck.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// The program's entry point (SwiftPM links `main` as an alias of `FuzzSegment_main`):
/// hands the command line to libFuzzer.
@_cdecl("FuzzSegment_main")
public func fuzzSegmentMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) }
}
