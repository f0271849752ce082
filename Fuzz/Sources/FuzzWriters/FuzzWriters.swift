import CFuzzDriver
import SverkaFuzzChecks

/// libFuzzer's per-input entry point: runs ``WriterCheck`` on the bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    WriterCheck.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// The program's entry point (SwiftPM links `main` as an alias of `FuzzWriters_main`):
/// hands the command line to libFuzzer.
@_cdecl("FuzzWriters_main")
public func fuzzWritersMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzz(data, size) }
}
