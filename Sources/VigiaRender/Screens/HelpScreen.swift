import VigiaCore

/// Every key, explained.
public enum HelpScreen {
    static let keys: [(String, HelpItem)] = [
        ("↑ ↓ j k", .move), ("Enter", .open), ("Esc ⌫", .back), ("Tab", .tab), ("/", .filter), ("s", .sort),
        ("g", .places), ("S", .reverse), ("m", .municipalities), ("f", .flags), ("L", .language), ("r F5", .reload), ("? F1", .help), ("q F10", .quit),
        ("Mouse", .mouse),
    ]

    @discardableResult
    public static func render(into buffer: inout Buffer, area: Rect, scroll: inout Int, context: RenderContext) -> ScrollSpan? {
        let lines = lines(context)
        scroll = max(0, min(scroll, lines.count + 1 - area.height))
        let keyWidth = min(22, lines.map { line in if case .entry(let key, _, _) = line { TextWidth.of(key) } else { 0 } }.max() ?? 0) + 2
        for (i, line) in lines.enumerated() {
            let y = area.y + 1 + i - scroll
            guard y >= area.y, y < area.maxY else { continue }
            switch line {
            case .heading(let text):
                buffer.put(text, x: area.x + 2, y: y, style: Style(bold: true, underline: true), clip: area)
            case .entry(let key, let text, let style):
                buffer.put(TextWidth.pad(key, to: keyWidth - 1), x: area.x + 2, y: y, style: style, clip: area)
                buffer.put(text, x: area.x + 2 + keyWidth, y: y, clip: area)
            }
        }
        return ScrollSpan(scroll: scroll, visible: area.height, total: lines.count + 1)
    }

    enum Line {
        case heading(String)
        case entry(String, String, Style)
    }

    /// The keys, then what every mark on the screens means.
    static func lines(_ c: RenderContext) -> [Line] {
        var lines: [Line] = [.heading(c.text(.helpKeysTitle))]
        // The mouse is named, not drawn: 🖱 is one cell in some terminals and two in others.
        lines += keys.map { key, item in
            .entry(item == .mouse && c.language == .es ? "Ratón" : c.glyphs.unicode ? key : asciiKey(key), c.text(.helpKey(item)), .bold)
        }
        lines += [.entry("", "", .plain), .heading(c.text(.legendStatuses))]
        for status in ProgressStatus.allCases.sorted(by: { OverviewModel.severity($0) < OverviewModel.severity($1) }) {
            lines.append(.entry("\(c.glyphs.symbol(status)) \(c.text(.status(status)))", c.text(.statusDefinition(status)),
                                StatusBadge.style(status)))
        }
        lines += [.entry("", "", .plain), .heading(c.text(.legendFlags))]
        for severity in Severity.allCases {
            lines.append(.entry("\(FlagLines.symbol(severity, c.glyphs))2", c.text(.severityDefinition(severity)),
                                FlagLines.style(severity)))
        }
        lines += [.entry("", "", .plain), .heading(c.text(.legendMarks))]
        let bar = String(repeating: c.glyphs.barFull, count: 4) + String(repeating: c.glyphs.barEmpty, count: 6) + " 42%"
        let marks: [(String, LegendMark)] = [
            (bar, .progressBar), ("<0%", .belowZero), ("*", .illustrative), (c.glyphs.borderline, .borderline),
            (c.glyphs.changed, .changedSinceReview), (c.glyphs.stale, .stale), ("12mo", .twelveMonths), ("+24%", .wrongWay), (c.glyphs.sparkLevels.joined(), .sparkline),
            (c.glyphs.dash, .noValue), (c.glyphs.arrow, .revision), (c.glyphs.seriesBreak, .seriesBreak),
            ("1 2 3", .events), ("BI", .binational), ("per 100k", .rate),
            (c.glyphs.grade(.medium), .mediumGrade), (c.glyphs.grade(.low), .lowGrade),
        ]
        lines += marks.map { .entry($0.0, c.text(.legend($0.1)), .bold) }
        return lines
    }

    static func asciiKey(_ key: String) -> String {
        switch key {
        case "↑ ↓ j k": "Up Down j k"
        case "Esc ⌫": "Esc Bksp"
        default: key
        }
    }
}

/// Shown below the minimum size, instead of a broken layout.
public enum TooSmallScreen {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public static func render(into buffer: inout Buffer, context: RenderContext) {
        let text = context.text(.tooSmall(needWidth: minimumWidth, needHeight: minimumHeight,
                                          haveWidth: buffer.width, haveHeight: buffer.height))
        let lines = Paragraph.wrap(text, width: max(1, buffer.width - 2))
        let top = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (buffer.width - TextWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + i, style: Style(foreground: .yellow, bold: true))
        }
    }
}
