/// A one-row trend picture: the last values, scaled between their own minimum and maximum.
public enum Sparkline {
    public static func render(_ values: [Double], into buffer: inout Buffer, area: Rect, glyphs: Glyphs,
                              style: Style = .plain) {
        guard area.width > 0, area.height > 0 else { return }
        let shown = Array(values.suffix(area.width))
        guard let lo = shown.min(), let hi = shown.max() else { return }
        let levels = glyphs.sparkLevels
        for (i, v) in shown.enumerated() {
            let level = hi > lo ? Int(rounding: (v - lo) / (hi - lo) * Double(levels.count - 1), within: 0...(levels.count - 1))
                                : levels.count / 2
            buffer.put(levels[level], x: area.x + area.width - shown.count + i, y: area.y, style: style, clip: area)
        }
    }
}
