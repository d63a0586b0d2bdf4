import VigiaCore

/// A status as colour plus a distinct symbol and word, readable in monochrome.
public enum StatusBadge {
    public static func color(_ status: ProgressStatus) -> Color {
        switch status {
        case .met, .onTrack: .green
        case .moderate: .yellow
        case .insufficient: .orange
        case .movingAway: .red
        case .noTarget: .blue
        case .notAssessable: .gray
        }
    }

    public static func style(_ status: ProgressStatus) -> Style {
        Style(foreground: color(status), bold: status == .movingAway)
    }

    public static func text(_ status: ProgressStatus, _ context: RenderContext) -> String {
        "\(context.glyphs.symbol(status)) \(Phrase.status(status).text(context.language))"
    }

    public static func render(_ status: ProgressStatus, into buffer: inout Buffer, area: Rect, context: RenderContext) {
        buffer.put(TextWidth.truncate(text(status, context), to: area.width, ellipsis: context.glyphs.ellipsis),
                   x: area.x, y: area.y, style: style(status), clip: area)
    }
}
