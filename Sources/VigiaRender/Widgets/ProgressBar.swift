/// A bar from 0 to 1 with eighth-cell resolution where the glyphs allow it.
public struct ProgressBar: Widget {
    let fraction: Double?
    let glyphs: Glyphs
    let style: Style

    public init(_ fraction: Double?, glyphs: Glyphs, style: Style = .plain) {
        self.fraction = fraction
        self.glyphs = glyphs
        self.style = style
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let f = min(1, max(0, fraction ?? 0))
        let eighths = glyphs.barEighths.count
        let total = Int(rounding: f * Double(area.width * eighths), within: 0...(area.width * eighths))
        let full = total / eighths, partial = total % eighths
        for i in 0..<area.width {
            let glyph: String
            if i < full { glyph = glyphs.barFull }
            else if i == full && partial > 0 { glyph = glyphs.barEighths[partial] }
            else { glyph = glyphs.barEmpty }
            let cellStyle = i < full || (i == full && partial > 0) ? style : Style.dim
            buffer.put(glyph, x: area.x + i, y: area.y, style: cellStyle, clip: area)
        }
    }
}
