import VigiaCore

/// A status as colour plus a distinct symbol and word, readable in monochrome.
public struct StatusBadge: Widget {
    let label: String
    let status: ProgressStatus
    let context: RenderContext
    var lowConfidence = false

    /// A status as in a table cell: its symbol and name, and the borderline mark.
    public init(_ progress: Progress, context: RenderContext) {
        self.init(label: Self.compact(progress, context), status: progress.status, context: context)
    }

    /// An assessment's status: as `init(_:context:)`, never in the critical style when it rests on a
    /// low-confidence figure.
    public init(_ a: Assessment, context: RenderContext) {
        self.init(a.progress, lowConfidence: a.restsOnLowConfidence, context: context)
    }

    /// The same, with `restsOnLowConfidence` already known (it walks the series).
    init(_ progress: Progress, lowConfidence: Bool, context: RenderContext) {
        self.init(progress, context: context)
        self.lowConfidence = lowConfidence
    }

    public init(_ status: ProgressStatus, context: RenderContext) {
        self.init(label: Self.text(status, context), status: status, context: context)
    }

    private init(label: String, status: ProgressStatus, context: RenderContext) {
        self.label = label
        self.status = status
        self.context = context
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.put(TextWidth.truncate(label, to: area.width, ellipsis: context.glyphs.ellipsis),
                   x: area.x, y: area.y, style: Self.style(status, lowConfidence: lowConfidence), clip: area)
    }

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

    /// A status that rests on a low-confidence figure is at most a warning: moving away is drawn in
    /// a warning's colour (orange, not bold), never the critical red.
    public static func style(_ status: ProgressStatus, lowConfidence: Bool) -> Style {
        lowConfidence && status == .movingAway ? .fg(.orange) : style(status)
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
}
