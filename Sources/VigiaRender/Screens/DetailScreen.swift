import VigiaCore

/// One indicator in full: chart with target path and projection, trend and progress statistics,
/// target history, flags, the process-control chart, sources.
public enum DetailScreen {
    /// Rows of the main chart: fixed in reports, a share of the terminal in the TUI.
    public static func chartHeight(forScreenHeight height: Int?) -> Int {
        guard let height else { return 14 }
        return min(20, max(8, height / 3))
    }

    /// The whole Detail page at `width`, as tall as it needs to be.
    public static func page(_ a: Assessment, width: Int, chartHeight: Int, context: RenderContext) -> Buffer {
        DetailPage(a, width: width, chartHeight: chartHeight, context: context).lines
    }

    /// The page drawn into `area`, scrolled by `state.scroll` (clamped so the end stays in view).
    @discardableResult
    public static func render(_ a: Assessment, state: inout ViewState, into buffer: inout Buffer, area: Rect,
                              context: RenderContext) -> ScrollSpan? {
        let page = DetailPage(a, width: area.width, chartHeight: chartHeight(forScreenHeight: area.height), context: context)
        return render(page, state: &state, into: &buffer, area: area)
    }

    /// A page laid out before (`OverviewModels.detailPage`), scrolled into `area`: only the rows in view are copied.
    static func render(_ page: DetailPage, state: inout ViewState, into buffer: inout Buffer, area: Rect) -> ScrollSpan? {
        if state.detailAtFlags {
            state.scroll = page.flagsLine ?? 0
            state.detailAtFlags = false
        }
        state.scroll = max(0, min(state.scroll, page.lines.height - area.height))
        buffer.blit(page.lines, x: area.x, y: area.y, fromRow: state.scroll, clip: area)
        return ScrollSpan(scroll: state.scroll, visible: area.height, total: page.lines.height)
    }
}

/// The blocks of one Detail page, top to bottom.
struct DetailBlocks {
    let a: Assessment
    let width: Int
    let chartHeight: Int
    let c: RenderContext
    /// The progress chart; its markers also tag the individuals chart.
    let model: ChartModel

    init(_ a: Assessment, width: Int, chartHeight: Int, context: RenderContext) {
        self.a = a
        self.width = width
        self.chartHeight = chartHeight
        self.c = context
        self.model = ChartModel(a)
    }

    var inner: Int { width - 2 }

    /// The page's blocks in order, and the first line of the flags block (for opening the page at
    /// the flags), counted as the blocks are stacked so the page is laid out once.
    func stacked() -> (blocks: [Block], flagsLine: Int?) {
        var blocks = [title, why, .gap()]
        if let about { blocks += [about, .gap()] }
        blocks += [chart, .gap(), statistics]
        var flagsLine: Int? = nil
        if !a.flags.isEmpty {
            blocks.append(.gap())
            flagsLine = blocks.reduce(0) { $0 + $1.height }
            blocks.append(flags)
        }
        if let control { blocks += [.gap(), control] }
        if let omission = a.controlOmission { blocks += [.gap(), omitted(omission)] }
        if let places = a.places { blocks += [.gap(), .list(DetailPanels.places(places, c), width: inner)] }
        if !a.indicator.breaks.isEmpty || !a.events.isEmpty { blocks += [.gap(), .list(ContextPanel.list(a, c), width: inner)] }
        blocks += [.gap(), .list(DetailPanels.sources(a, c), width: inner)]
        return (blocks, flagsLine)
    }

    var title: Block {
        Block(height: 2) { buffer, rect in
            let badge = StatusBadge.text(a.progress, c)
            let badgeX = rect.maxX - TextWidth.of(badge)
            let place = a.placeName.map { " \(c.glyphs.dash) \($0)" } ?? ""
            let name = Sanitizer.clean(a.indicator.name[c.language] + place, keepNewlines: false)
            buffer.put(TextWidth.truncate(name, to: badgeX - rect.x - 2, ellipsis: c.glyphs.ellipsis), x: rect.x, y: rect.y, style: .bold)
            buffer.put(badge, x: badgeX, y: rect.y, style: StatusBadge.style(a.status, lowConfidence: a.restsOnLowConfidence))
            let year = a.indicator.yearStartMonth
            let facts = [a.indicator.id, Sanitizer.clean(a.unit[c.language], keepNewlines: false),
                         year == 1 ? c.text(.frequency(a.indicator.frequency)) : c.text(.fiscalYears(startMonth: year)),
                         GeoCode(a.geo).isNational ? a.indicator.country.rawValue : a.geo]
            buffer.put(facts.joined(separator: " \(c.glyphs.bullet) "), x: rect.x, y: rect.y + 1, style: .dim)
        }
    }

    /// The reason for the status, in one sentence, right under the name.
    var why: Block {
        .lines(Paragraph.wrap(Sanitizer.clean(a.why[c.language], keepNewlines: false), width: inner).map { ($0, .plain) })
    }

    /// Why there is no individuals chart.
    func omitted(_ omission: ControlOmission) -> Block {
        .lines([(c.text(.processControl), .bold)]
               + Paragraph.wrap(omission.explanation[c.language], width: inner).map { ($0, .dim) })
    }

    var about: Block? {
        a.indicator.description.map {
            .lines(Paragraph.wrap(Sanitizer.clean($0[c.language], keepNewlines: false), width: inner).map { ($0, .dim) })
        }
    }

    /// The progress chart, the legend of its lines and the legend of its markers, each wrapping
    /// onto more rows when narrow.
    var chart: Block {
        let lines = Legend(model.lines.map { line in
            Legend.Entry(mark: c.glyphs.unicode ? "⣿" : ChartModel.asciiMark(line.kind), style: ChartModel.style(line.kind),
                         words: model.label(line.kind, c))
        }, width: inner, ellipsis: c.glyphs.ellipsis)
        let markers = model.markerLegend(c, width: inner)
        return Block(height: chartHeight + lines.height + markers.height) { buffer, rect in
            model.lineChart.glyphs(c.glyphs).render(into: &buffer, area: rect.splitTop(chartHeight).top)
            lines.render(into: &buffer, x: rect.x, y: rect.y + chartHeight)
            markers.render(into: &buffer, x: rect.x, y: rect.y + chartHeight + lines.height)
        }
    }

    /// Trend and progress on the left, target history on the right (stacked when narrow).
    var statistics: Block {
        let trend = DetailPanels.trend(a, c), progress = DetailPanels.progress(a, c), history = DetailPanels.history(a, c)
        let two = width >= 100
        let left = two ? (inner - 1) / 2 : inner, right = two ? inner - 1 - left : inner
        let trendLayout = trend.layout(width: left), progressLayout = progress.layout(width: left)
        let historyLayout = history.layout(width: right)
        let leftHeight = trendLayout.height + 1 + progressLayout.height
        let rightHeight = historyLayout.height
        return Block(height: two ? max(leftHeight, rightHeight) : leftHeight + (rightHeight > 0 ? rightHeight + 1 : 0)) { buffer, rect in
            let column = Rect(x: rect.x, y: rect.y, width: left, height: rect.height)
            trendLayout.render(into: &buffer, area: column)
            progressLayout.render(into: &buffer, area: column.splitTop(trendLayout.height + 1).rest)
            let historyArea = two ? Rect(x: rect.x + left + 1, y: rect.y, width: right, height: rect.height)
                                  : column.splitTop(leftHeight + 1).rest
            historyLayout.render(into: &buffer, area: historyArea)
        }
    }

    var flags: Block {
        var lines: [(String, Style)] = [(c.text(.flags), .bold)]
        for flag in a.flags { lines += FlagLines.lines(flag, width: inner, context: c) }
        return .lines(lines)
    }

    /// The individuals chart with its limits and signals, and what it says.
    var control: Block? {
        guard let model = ControlChartModel(a, markers: model.markers) else { return nil }
        let facts = DetailPanels.control(model.control, a, c).layout(width: inner)
        let height = max(8, chartHeight * 2 / 3)
        return Block(height: 1 + height + 1 + facts.height) { buffer, rect in
            buffer.put(c.text(.processControl), x: rect.x, y: rect.y, style: .bold)
            model.chart.glyphs(c.glyphs).render(into: &buffer, area: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: height))
            let legend: [(String, String, Style)] = [
                ("⣿", c.text(.perPeriodNote(a.indicator.frequency)), Style(foreground: .cyan, bold: true)),
                ("⣿", c.text(.centreLine), .dim), ("⣿", c.text(.processLimits), .fg(.gray)),
                ("⣿", c.text(.target), .fg(.green)),
            ]
            var x = rect.x
            for (mark, label, style) in legend {
                x = buffer.put(c.glyphs.unicode ? mark : "#", x: x, y: rect.y + 1 + height, style: style)
                x = buffer.put(" \(label)   ", x: x, y: rect.y + 1 + height, style: .dim)
            }
            facts.render(into: &buffer, area: Rect(x: rect.x, y: rect.y + 2 + height, width: rect.width,
                                                   height: rect.height - 2 - height))
        }
    }
}
