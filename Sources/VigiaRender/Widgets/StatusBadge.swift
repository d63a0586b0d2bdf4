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

    /// The status of a progress reading, with "(borderline)" when it rests on a small margin.
    public static func text(_ progress: Progress, _ context: RenderContext) -> String {
        let base = text(progress.status, context)
        return progress.borderline ? "\(base) (\(context.text(.borderline)))" : base
    }

    /// The compact form for a table cell: the borderline mark instead of the word.
    public static func compact(_ progress: Progress, _ context: RenderContext) -> String {
        let base = text(progress.status, context)
        return progress.borderline ? "\(base) \(context.glyphs.borderline)" : base
    }

    public static func render(_ progress: Progress, into buffer: inout Buffer, area: Rect, context: RenderContext) {
        draw(compact(progress, context), progress.status, into: &buffer, area: area, context: context)
    }

    public static func render(_ status: ProgressStatus, into buffer: inout Buffer, area: Rect, context: RenderContext) {
        draw(text(status, context), status, into: &buffer, area: area, context: context)
    }

    private static func draw(_ text: String, _ status: ProgressStatus, into buffer: inout Buffer, area: Rect,
                             context: RenderContext) {
        buffer.put(TextWidth.truncate(text, to: area.width, ellipsis: context.glyphs.ellipsis),
                   x: area.x, y: area.y, style: style(status), clip: area)
    }
}
