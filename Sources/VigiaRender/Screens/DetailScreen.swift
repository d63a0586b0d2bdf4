import VigiaCore

/// One indicator in full: chart with target path and projection, trend and progress statistics,
/// target history, sources.
public enum DetailScreen {
    /// Rows of the chart: fixed in reports, a share of the terminal in the TUI.
    public static func chartHeight(forScreenHeight height: Int?) -> Int {
        guard let height else { return 14 }
        return min(20, max(8, height / 3))
    }

    /// The whole Detail page at `width`, as tall as it needs to be.
    public static func page(_ a: Assessment, width: Int, chartHeight: Int, context: RenderContext) -> Buffer {
        let sections = Sections(a, width: width, context: context)
        var buffer = Buffer(width: width, height: sections.height(chartHeight: chartHeight), asciiOnly: !context.glyphs.unicode)
        sections.render(into: &buffer, chartHeight: chartHeight)
        return buffer
    }

    /// The page drawn into `area`, scrolled by `state.scroll` (clamped so the end stays in view).
    public static func render(_ a: Assessment, state: inout ViewState, into buffer: inout Buffer, area: Rect,
                              context: RenderContext) {
        let page = page(a, width: area.width, chartHeight: chartHeight(forScreenHeight: area.height), context: context)
        state.scroll = max(0, min(state.scroll, page.height - area.height))
        buffer.blit(page, x: area.x, y: area.y, fromRow: state.scroll, clip: area)
    }

    /// The blocks of the page, measured before drawing.
    struct Sections {
        let a: Assessment
        let width: Int
        let context: RenderContext
        let about: [String]
        let trend: KeyValueList
        let progress: KeyValueList
        let history: KeyValueList
        let sources: KeyValueList

        init(_ a: Assessment, width: Int, context: RenderContext) {
            self.a = a
            self.width = width
            self.context = context
            about = a.indicator.description.map {
                Paragraph.wrap(Sanitizer.clean($0[context.language], keepNewlines: false), width: width - 2)
            } ?? []
            trend = DetailPanels.trend(a, context)
            progress = DetailPanels.progress(a, context)
            history = DetailPanels.history(a, context)
            sources = DetailPanels.sources(a, context)
        }

        var twoColumns: Bool { width >= 100 }
        var columnWidth: Int { twoColumns ? (width - 3) / 2 : width - 2 }

        var leftHeight: Int { trend.height(width: columnWidth) + 1 + progress.height(width: columnWidth) }

        var statsHeight: Int {
            let right = history.height(width: twoColumns ? width - 3 - columnWidth : columnWidth)
            return twoColumns ? max(leftHeight, right) : leftHeight + 1 + right
        }

        func height(chartHeight: Int) -> Int {
            2 + (about.isEmpty ? 0 : about.count + 1) + chartHeight + 2 + statsHeight + 1 + sources.height(width: width - 2)
        }

        func render(into buffer: inout Buffer, chartHeight: Int) {
            var y = 0
            title(into: &buffer)
            y += 2
            for line in about {
                buffer.put(line, x: 1, y: y, style: .dim)
                y += 1
            }
            if !about.isEmpty { y += 1 }
            let chart = ChartModel(a)
            chart.lineChart.render(into: &buffer, area: Rect(x: 1, y: y, width: width - 2, height: chartHeight),
                                   glyphs: context.glyphs)
            y += chartHeight
            legend(chart, into: &buffer, y: y)
            y += 2
            let left = Rect(x: 1, y: y, width: columnWidth, height: statsHeight)
            trend.render(into: &buffer, area: left)
            progress.render(into: &buffer, area: left.splitTop(trend.height(width: columnWidth) + 1).rest)
            if twoColumns {
                history.render(into: &buffer, area: Rect(x: 2 + columnWidth, y: y, width: width - 3 - columnWidth,
                                                         height: statsHeight))
            } else {
                history.render(into: &buffer, area: left.splitTop(leftHeight + 1).rest)
            }
            y += statsHeight + 1
            sources.render(into: &buffer, area: Rect(x: 1, y: y, width: width - 2, height: sources.height(width: width - 2)))
        }

        private func title(into buffer: inout Buffer) {
            let badge = StatusBadge.text(a.status, context)
            let badgeX = width - 1 - TextWidth.of(badge)
            let name = Sanitizer.clean(a.indicator.name[context.language], keepNewlines: false)
            buffer.put(TextWidth.truncate(name, to: badgeX - 3, ellipsis: context.glyphs.ellipsis), x: 1, y: 0, style: .bold)
            buffer.put(badge, x: badgeX, y: 0, style: StatusBadge.style(a.status))
            let facts = [a.indicator.id, Sanitizer.clean(a.indicator.unit[context.language], keepNewlines: false),
                         a.indicator.frequency.rawValue, a.indicator.country.rawValue]
            buffer.put(facts.joined(separator: " \(context.glyphs.bullet) "), x: 1, y: 1, style: .dim)
        }

        private func legend(_ chart: ChartModel, into buffer: inout Buffer, y: Int) {
            var x = 1
            for line in chart.lines {
                let mark = context.glyphs.unicode ? "⣿" : ChartModel.asciiMark(line.kind)
                x = buffer.put(mark, x: x, y: y, style: ChartModel.style(line.kind))
                var label = " " + context.text(ChartModel.phrase(line.kind))
                if line.kind == .series, a.progress.basis == .trailing12Months { label += " (\(context.text(.trailing12)))" }
                x = buffer.put(label + "   ", x: x, y: y, style: .dim)
            }
        }
    }
}
