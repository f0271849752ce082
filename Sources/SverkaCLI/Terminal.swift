import Foundation

/// Facts about where standard output goes.
enum Terminal {
    /// Whether standard output is a terminal that takes colour (not piped, `NO_COLOR` unset, `TERM` not dumb).
    static var isColourCapable: Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
