import Foundation
import SverkaBatch

/// Shows on standard error how far a batch has got, and writes the batch's per-pair messages there
/// so they do not tangle with the progress display:
/// - on a terminal, a bar with done/total, rate and ETA, redrawn in place;
/// - otherwise (a log file, a cluster's job output) a plain line every `every` pairs or every
///   `interval` seconds, whichever comes first;
/// - nothing with `--quiet` (error lines and the summary still appear).
///
/// It keeps the counts the final summary reports. A class because the workers and a timer share
/// it; every access holds its lock.
final class ProgressReporter: @unchecked Sendable {
    /// How progress is shown.
    enum Style: Sendable {
        /// A bar redrawn in place (standard error is a terminal).
        case bar
        /// Plain lines (standard error is a file or a pipe).
        case lines
        /// Nothing.
        case silent
    }

    private let style: Style
    private let total: Int?
    private let interval: Double
    private let every: Int
    private let label: String
    private let lock = NSLock()
    private let started: Double
    private var summary = BatchSummary()
    private var lastDraw = -Double.infinity
    private var lastLine: Double
    private var barShown = false
    private var timer: DispatchSourceTimer?

    /// A reporter for `total` pairs (nil: unknown, a stream) listed in `label` (the manifest's
    /// name in error lines).
    init(style: Style, total: Int?, interval: Double, every: Int, label: String) {
        self.style = style
        self.total = total
        self.interval = interval
        self.every = every
        self.label = label
        started = Self.now
        lastLine = started
    }

    /// The style for standard error as it is: a bar on a terminal (unless `TERM=dumb`), else lines.
    static func style(quiet: Bool) -> Style {
        if quiet { return .silent }
        let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
        return isatty(STDERR_FILENO) == 1 && !dumb ? .bar : .lines
    }

    /// Seconds on a monotonic clock.
    private static var now: Double { ProcessInfo.processInfo.systemUptime }

    /// Starts redrawing the bar (rate, ETA) and timing the plain lines while pairs are running.
    func start() {
        guard style != .silent else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        let period = style == .bar ? 0.5 : min(1, interval)
        timer.schedule(deadline: .now() + period, repeating: period)
        timer.setEventHandler { [weak self] in self?.tick() }
        lock.lock()
        self.timer = timer
        lock.unlock()
        timer.resume()
    }

    /// Counts a finished pair, writes its error line if it failed, and updates the display.
    func record(_ outcome: BatchOutcome) {
        lock.lock()
        defer { lock.unlock() }
        summary.count(outcome.status)
        for warning in outcome.warnings { emit("sverka: warning: \(warning)") }
        if outcome.status == .error {
            emit("sverka: error: \(label):\(outcome.line): \(outcome.error ?? "failed")")
        }
        let now = Self.now
        switch style {
        case .bar:
            if now - lastDraw >= 0.1 || summary.done == total { drawBar(now) }
        case .lines:
            if (every > 0 && summary.done % every == 0) || now - lastLine >= interval { printLine(now) }
        case .silent:
            break
        }
    }

    /// Writes a warning line.
    func warn(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        emit("sverka: warning: \(message)")
    }

    /// Stops the display (the bar is cleared) and returns the counts and the seconds elapsed.
    func finish() -> (summary: BatchSummary, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        if barShown {
            Self.write("\r\u{1B}[K")
            barShown = false
        }
        return (summary, Self.now - started)
    }

    /// The timer's beat: redraws the bar, or writes a line when `interval` has passed.
    private func tick() {
        lock.lock()
        defer { lock.unlock() }
        guard timer != nil else { return }
        let now = Self.now
        switch style {
        case .bar: drawBar(now)
        case .lines: if now - lastLine >= interval { printLine(now) }
        case .silent: break
        }
    }

    /// Writes `line`, keeping the bar below it (the lock held).
    private func emit(_ line: String) {
        if barShown { Self.write("\r\u{1B}[K") }
        Self.write(line + "\n")
        if barShown { drawBar(Self.now) }
    }

    /// Redraws the bar in place (the lock held).
    private func drawBar(_ now: Double) {
        let width = 30
        var bar = ""
        if let total, total > 0 {
            let filled = min(width, summary.done * width / total)
            bar = "[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled) + "] "
        }
        Self.write("\r\u{1B}[K" + bar + status(now))
        barShown = true
        lastDraw = now
    }

    /// Writes a plain progress line (the lock held).
    private func printLine(_ now: Double) {
        Self.write("sverka: batch: " + status(now) + "\n")
        lastLine = now
    }

    /// `45/100 pairs, 2 failed, 3 skipped, 3.20 pairs/s, ETA 17.0 s`.
    private func status(_ now: Double) -> String {
        let elapsed = now - started
        let rate = summary.rate(seconds: elapsed)
        var parts = [total.map { "\(summary.done)/\($0) pairs" } ?? "\(summary.done) pairs"]
        if summary.failed > 0 { parts.append("\(summary.failed) failed") }
        if summary.skipped > 0 { parts.append("\(summary.skipped) skipped") }
        parts.append(String(format: "%.2f pairs/s", rate))
        if let total {
            let remaining = total - summary.done
            parts.append(remaining == 0 ? "done" : rate > 0 ? "ETA " + BatchSummary.duration(Double(remaining) / rate) : "ETA --")
        }
        parts.append("elapsed " + BatchSummary.duration(elapsed))
        return parts.joined(separator: ", ")
    }

    /// Writes `text` to standard error.
    private static func write(_ text: String) {
        StandardStreams.error(text)
    }
}
