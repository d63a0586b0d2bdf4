import VigiaCore

/// The characters widgets draw with: box drawing, blocks and braille when the terminal can
/// show them, plain ASCII otherwise (`--ascii`, or a non-UTF-8 locale).
public struct Glyphs: Sendable, Hashable {
    public let unicode: Bool

    public static let unicode = Glyphs(unicode: true)
    public static let ascii = Glyphs(unicode: false)

    public var horizontal: String { unicode ? "─" : "-" }
    public var vertical: String { unicode ? "│" : "|" }
    public var ellipsis: String { unicode ? "…" : "~" }
    public var up: String { unicode ? "▲" : "^" }
    public var down: String { unicode ? "▼" : "v" }
    public var flag: String { unicode ? "⚑" : "!" }
    public var bullet: String { unicode ? "•" : "*" }
    public var arrow: String { unicode ? "→" : "->" }
    public var dash: String { unicode ? "—" : "-" }
    /// After a status that rests on a margin of a few percent.
    /// The status changed since the last review. Not "*" in ASCII: that marks illustrative targets.
    public var changed: String { unicode ? "Δ" : "d" }
    /// The data is older than its source's schedule allows (the stale-data flag).
    public var stale: String { unicode ? "◷" : "!" }   // not ⌛: an emoji, two cells wide in some terminals
    public var borderline: String { unicode ? "≈" : "~=" }
    /// The tag of a series break on a chart: not a number, so it never reads as an event.
    public var seriesBreak: String { unicode ? "╳" : "#" }
    /// The vertical rules that mark an event or a break across a chart's plot.
    public var eventRule: String { unicode ? "┊" : ":" }
    public var breakRule: String { unicode ? "│" : "|" }

    /// Before a value whose grade is below high (docs/assessment.md, "Grades"); a high one is unmarked.
    /// Not "~" in ASCII (moderate, borderline); "?" reads the same in both.
    public func grade(_ confidence: Confidence) -> String {
        switch confidence {
        case .high: ""
        case .medium: unicode ? "◦" : "'"
        case .low: "?"
        }
    }

    /// Sparkline levels, lowest first.
    public var sparkLevels: [String] {
        unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", "-", "~", "=", "+", "*", "#"]
    }

    /// Progress bar: full cell, empty cell, and partial eighths (unicode only).
    public var barFull: String { unicode ? "█" : "#" }
    public var barEmpty: String { unicode ? "░" : "." }
    public var barEighths: [String] { unicode ? ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] : [""] }

    /// Each status has its own symbol, so the dashboard reads without colour.
    public func symbol(_ status: ProgressStatus) -> String {
        switch status {
        case .met: unicode ? "✔" : "+"
        case .onTrack: unicode ? "●" : "o"
        case .moderate: unicode ? "◐" : "~"
        case .insufficient: unicode ? "▽" : "v"
        case .movingAway: unicode ? "✖" : "x"
        case .noTarget: unicode ? "○" : "n"   // not "-": that is "no value"
        case .notAssessable: "?"
        }
    }
}
