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
        guard area.width > 0, area.height > 0, let latest = points.lazy.map(\.position).max() else { return }
        // The points in view found and scaled without copying them: a row's series is drawn every frame.
        func shown(_ p: (position: Int, value: Double)) -> Bool { latest - p.position < area.width && p.value.isFinite }
        var lo = Double.infinity, hi = -Double.infinity
        for p in points where shown(p) {
            if p.value < lo { lo = p.value }
            if p.value > hi { hi = p.value }
        }
        guard lo <= hi else { return }
        let levels = glyphs.sparkLevels
        for p in points where shown(p) {
            let level = hi > lo ? Int(rounding: (p.value - lo) / (hi - lo) * Double(levels.count - 1), within: 0...(levels.count - 1))
                                : levels.count / 2
            buffer.put(levels[level], x: area.maxX - 1 - (latest - p.position), y: area.y, style: style, clip: area)
        }
    }
}
