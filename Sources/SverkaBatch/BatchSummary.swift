import Foundation

/// The counts of a batch run so far, and the lines that report them.
public struct BatchSummary: Equatable, Sendable {
    /// Pairs aligned.
    public var ok = 0
    /// Pairs that failed.
    public var failed = 0
    /// Pairs skipped by `--resume`.
    public var skipped = 0

    /// No pairs yet.
    public init() {}

    /// Pairs finished one way or another.
    public var done: Int { ok + failed + skipped }
    /// Pairs actually aligned or attempted (the rate counts these).
    public var processed: Int { ok + failed }

    /// Counts one more pair.
    public mutating func count(_ status: BatchOutcome.Status) {
        switch status {
        case .ok: ok += 1
        case .error: failed += 1
        case .skipped: skipped += 1
        }
    }

    /// Pairs aligned per second after `seconds`.
    public func rate(seconds: Double) -> Double {
        seconds > 0 ? Double(processed) / seconds : 0
    }

    /// The final line: `N pairs: a ok, b failed, c skipped in T s (R pairs/s)`.
    public func line(seconds: Double) -> String {
        "\(done) pair\(done == 1 ? "" : "s"): \(ok) ok, \(failed) failed, \(skipped) skipped in "
            + Self.duration(seconds) + String(format: " (%.2f pairs/s)", rate(seconds: seconds))
    }

    /// `12.3 s`, `4m05s`, `2h03m`.
    public static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3600, whole % 3600 / 60)
    }
}
