/// A one-row trend picture on a time grid: one cell per period, the latest at the right edge, a
/// missing period left blank (so irregular years never look regular), values scaled between the
/// minimum and maximum of what is shown.
public struct Sparkline: Widget {
    let points: [(position: Int, value: Double)]
    let glyphs: Glyphs
    let style: Style

    /// `points` are values at integer positions on the grid (period ordinals of one frequency);
    /// the last `area.width` positions up to the latest are drawn.
    public init(_ points: [(position: Int, value: Double)], glyphs: Glyphs, style: Style = .plain) {
        self.points = points
        self.glyphs = glyphs
        self.style = style
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0, let latest = points.map(\.position).max() else { return }
        let shown = points.filter { latest - $0.position < area.width && $0.value.isFinite }
        guard let lo = shown.map(\.value).min(), let hi = shown.map(\.value).max() else { return }
        let levels = glyphs.sparkLevels
        for p in shown {
            let level = hi > lo ? Int(rounding: (p.value - lo) / (hi - lo) * Double(levels.count - 1), within: 0...(levels.count - 1))
                                : levels.count / 2
            buffer.put(levels[level], x: area.maxX - 1 - (latest - p.position), y: area.y, style: style, clip: area)
        }
    }
}
