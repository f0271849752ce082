import Foundation

/// How a check reports a broken promise: one line on standard error, then a trap, which libFuzzer
/// records as a crash and saves the input for.
public enum FuzzFailure {
    /// Reports `message` for the check `check` and stops the process.
    public static func fail(_ check: String, _ message: String) -> Never {
        FileHandle.standardError.write(Data("sverka fuzz \(check): \(message)\n".utf8))
        fatalError("\(check): \(message)")
    }

    /// Reports and stops when `problem` is not nil.
    public static func check(_ check: String, _ problem: @autoclosure () -> String?) {
        if let problem = problem() { fail(check, problem) }
    }
}
