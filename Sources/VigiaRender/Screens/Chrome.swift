import VigiaCore

/// The header and footer every screen shares.
enum Chrome {
    /// Title, as-of date, latest data period, and the count of indicators in each status.
    static func header(_ dashboard: Dashboard, summary: DashboardSummary, screen: Phrase, into buffer: inout Buffer,
                       area: Rect, context: RenderContext) {
        buffer.fill(area, style: .reverse)
        var x = buffer.put(" \(context.text(.appTitle)) ", x: area.x, y: area.y, style: Style(bold: true, reverse: true), clip: area)
        let counts = statusCounts(summary, context)
        let countsWidth = TextWidth.of(counts.map(\.0).joined(separator: " "))
        var facts = "\(context.text(screen)) \(context.glyphs.vertical) \(context.text(.asOf(dashboard.asOf)))"
        // The newest data period goes first when the counts would not fit beside it.
        if let latest = summary.latest, let oldest = summary.oldest {
            let to = Period.month(latest.year, latest.month), from = Period.month(oldest.year, oldest.month)
            let range = from == to ? context.text(.dataTo(to)) : context.text(.dataRange(from: from, to: to))
            let data = " \(context.glyphs.vertical) \(range)"
            if x + TextWidth.of(facts + data) + 2 + countsWidth + 1 <= area.maxX { facts += data }
        }
        x = buffer.put(facts, x: x, y: area.y, style: .reverse, clip: area)
        let start = max(x + 2, area.maxX - countsWidth - 1)
        var cx = start
        for (text, status) in counts {
            cx = buffer.put(text, x: cx, y: area.y, style: StatusBadge.style(status).patched(.reverse), clip: area) + 1
        }
    }

    /// "✖ 5" for each status present, worst first.
    static func statusCounts(_ summary: DashboardSummary, _ context: RenderContext) -> [(String, ProgressStatus)] {
        ProgressStatus.allCases.sorted { OverviewModel.severity($0) < OverviewModel.severity($1) }.compactMap { s in
            let n = summary.counts[s] ?? 0
            return n > 0 ? ("\(context.glyphs.symbol(s)) \(n)", s) : nil
        }
    }

    /// Under the header on the Overview: the sort order and the filter (with a cursor while typing).
    static func statusLine(_ state: ViewState, into buffer: inout Buffer, area: Rect, context: RenderContext) {
        guard state.screen == .overview else { return }
        var x = buffer.put(context.text(.sortedBy(state.sort)), x: area.x + 1, y: area.y, style: .dim, clip: area)
        guard state.editingFilter || !state.filter.isEmpty else { return }
        x = buffer.put("  \(context.glyphs.vertical)  ", x: x, y: area.y, style: .dim, clip: area)
        let cursor = state.editingFilter ? (context.glyphs.unicode ? "▏" : "_") : ""
        buffer.put(context.text(.filter(Sanitizer.clean(state.filter, keepNewlines: false))) + cursor, x: x, y: area.y,
                   style: Style(foreground: .yellow, bold: true), clip: area)
    }

    /// The selected indicator in full: its name, id and source on the first row (the table may
    /// abbreviate the name), then its status and the reason for it, wrapped to the rows left.
    static func reason(_ a: Assessment, into buffer: inout Buffer, area: Rect, context: RenderContext) {
        let (top, rest) = area.inset(horizontal: 1, vertical: 0).splitTop(1)
        let other = a.headline.flatMap { FigureText.otherMeasure(a, $0, short: true, context) }.map { " (\($0))" } ?? ""
        let figure = FigureText.sentence(a, context).map { " \(context.glyphs.bullet) \($0)\(other)" } ?? ""
        let identity = OverviewScreen.name(a, width: .max, context) + " (\(a.indicator.id))\(figure) \(context.glyphs.bullet) "
            + a.indicator.source
        buffer.put(TextWidth.truncate(Sanitizer.clean(identity, keepNewlines: false), to: top.width, ellipsis: context.glyphs.ellipsis),
                   x: top.x, y: top.y, style: .dim, clip: top)
        let inner = rest
        let badge = StatusBadge.text(a.progress, context)
        let text = Sanitizer.clean(a.why[context.language], keepNewlines: false)
        let x = buffer.put(badge, x: inner.x, y: inner.y, style: StatusBadge.style(a.status, lowConfidence: a.restsOnLowConfidence), clip: inner) + 2
        let first = Rect(x: x, y: inner.y, width: max(0, inner.maxX - x), height: inner.height)
        let lines = Paragraph.wrap(text, width: max(1, first.width))
        for (i, line) in lines.prefix(first.height).enumerated() {
            let last = i == first.height - 1 && lines.count > first.height
            let shown = last ? TextWidth.truncate(line + " " + lines[(i + 1)...].joined(separator: " "), to: first.width,
                                                  ellipsis: context.glyphs.ellipsis) : line
            buffer.put(shown, x: first.x, y: first.y + i, clip: first)
        }
    }

    /// Key hints, and the banner above them when there is one.
    static func footer(_ hints: [(String, KeyHint)], banner: LocalizedText?, notice: Notice?, position: String?,
                       into buffer: inout Buffer, area: Rect, context: RenderContext) {
        let row = area.row(area.height - 1)
        // The right end first (a notice, the scroll position): hints that would run into it stop short.
        let right = [notice.map { context.text(.notice($0)) }, position].compactMap { $0 }.joined(separator: "  ")
        let rightX = row.maxX - TextWidth.of(right) - 1
        let left = Rect(x: row.x, y: row.y, width: max(0, rightX - row.x - 1), height: 1)
        var x = row.x + 1
        for (key, hint) in hints {
            x = buffer.put(key, x: x, y: row.y, style: .bold, clip: left)
            x = buffer.put(" \(context.text(.keyHint(hint)))  ", x: x, y: row.y, style: .dim, clip: left)
        }
        if !right.isEmpty {
            buffer.put(right, x: rightX, y: row.y, style: notice == nil ? .dim : Style(foreground: .yellow, bold: true), clip: row)
        }
        if let banner, area.height >= 2 {
            let row = area.row(area.height - 2)
            buffer.fill(row, style: Style(foreground: .white, background: .red))
            buffer.put(" " + Sanitizer.clean(banner[context.language], keepNewlines: false), x: row.x, y: row.y,
                       style: Style(foreground: .white, background: .red, bold: true), clip: row)
        }
    }

    /// Rows the footer needs: one, or two with a banner.
    static func footerHeight(banner: LocalizedText?) -> Int { banner == nil ? 1 : 2 }
}
