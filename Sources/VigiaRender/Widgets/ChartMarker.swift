import VigiaCore

/// A moment marked across a chart: a break in the series or an event, so that a change in the
/// line can be read against what changed in the measure or what was done.
///
/// The words stay in both languages (`label`) and are chosen when drawn, so one model serves the
/// terminal, the text snapshot and the SVG in either language.
public struct ChartMarker: Sendable {
    public enum Kind: Sendable, Hashable {
        case seriesBreak(BreakKind)
        case event(EventKind)
    }

    /// Position on the time axis, in years (as periods are).
    public let x: Double
    public let kind: Kind
    /// When, as the source gives it: the first period measured the new way, or the event's date.
    public let when: String
    /// What changed (a break's note) or what happened (an event's title).
    public let label: LocalizedText
    /// The event's number on its chart (1, 2, …), shared by every drawing of that chart; breaks
    /// carry none, their tag is a distinct mark.
    public let number: Int?

    public init(x: Double, kind: Kind, when: String, label: LocalizedText, number: Int? = nil) {
        self.x = x
        self.kind = kind
        self.when = when
        self.label = label
        self.number = number
    }

    public var isBreak: Bool {
        if case .seriesBreak = kind { true } else { false }
    }

    /// The one-cell tag at the top of the chart and in its legend: 1–9, then a–z, then `+`.
    public func tag(_ glyphs: Glyphs) -> String {
        guard let number, !isBreak else { return glyphs.seriesBreak }
        let tags = Array("123456789abcdefghijklmnopqrstuvwxyz")
        return (1...tags.count).contains(number) ? String(tags[number - 1]) : "+"
    }

    /// What the marker means, clean of control characters: the break's kind and note, or the event's title.
    public func text(_ context: RenderContext) -> String {
        let words = Sanitizer.clean(label[context.language], keepNewlines: false)
        guard case .seriesBreak(let kind) = kind else { return words }
        return "\(context.text(.seriesBreak(kind))): \(words)"
    }

    /// Breaks in orange, events dim: the rule stays behind the data. The tag also differs by
    /// symbol, so the meaning does not rest on colour.
    public var ruleStyle: Style { isBreak ? Style(foreground: .orange, dim: true) : .dim }
    public var tagStyle: Style { isBreak ? Style(foreground: .orange, bold: true) : .bold }
}
