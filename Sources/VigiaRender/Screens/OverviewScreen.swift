import VigiaCore

/// The Overview: every indicator grouped by goal (or sorted), with its latest value, change,
/// trend, progress and status.
public enum OverviewScreen {
    /// Column widths for a given total width: fixed numeric columns, the name takes the rest.
    struct Layout {
        let name, latest, rate, period, change, spark, progress, changed, status, flags: Int

        init(width: Int) {
            let wide = width >= 120, narrow = width < 100
            latest = wide ? 18 : (narrow ? 13 : 15)
            period = wide ? 7 : 0
            rate = width >= 140 ? 9 : 0
            change = narrow ? 6 : 7
            spark = width >= 160 ? 24 : (wide ? 12 : (narrow ? 6 : 8))
            progress = width >= 160 ? 22 : (wide ? 16 : (narrow ? 10 : 12))
            status = 16
            flags = 3
            changed = 1
            let fixed = latest + rate + period + change + spark + progress + changed + status + flags
            let gaps = 8 + (period > 0 ? 1 : 0) + (rate > 0 ? 1 : 0)
            name = max(12, width - fixed - gaps - 1)
        }

        var kinds: [Kind] {
            [.name, .latest] + (rate > 0 ? [.rate] : []) + (period > 0 ? [.period] : [])
                + [.change, .spark, .progress, .changed, .status, .flags]
        }
    }

    static func columns(_ layout: Layout, _ context: RenderContext) -> [TableColumn] {
        var columns = [TableColumn(context.text(.indicator), width: layout.name),
                       TableColumn(context.text(.latest), width: layout.latest, alignment: .right)]
        if layout.rate > 0 {
            columns.append(TableColumn(context.text(.rate(LocalizedText(en: "per 100k", es: "por 100k"))), width: layout.rate,
                                       alignment: .right))
        }
        if layout.period > 0 { columns.append(TableColumn(context.text(.period), width: layout.period)) }
        columns += [TableColumn(context.text(.change), width: layout.change, alignment: .right),
                    TableColumn(context.text(.trend), width: layout.spark),
                    TableColumn(context.text(.progress), width: layout.progress),
                    TableColumn("", width: layout.changed),
                    TableColumn(context.text(.statusHeader), width: layout.status),
                    TableColumn(context.glyphs.flag, width: layout.flags, alignment: .right)]
        return columns
    }

    /// Rows the body needs to show everything: the table and the illustrative note.
    public static func contentHeight(_ dashboard: Dashboard, model: OverviewModel, width: Int, context: RenderContext) -> Int {
        1 + max(1, model.rows.count) + 1 + noteLines(dashboard, width: width, context: context)
    }

    /// The notes under the table: the review marker and the illustrative-target caveat.
    static func notes(_ dashboard: Dashboard, _ context: RenderContext) -> [String] {
        var notes: [String] = []
        if let review = dashboard.sinceReview, !review.previousStatus.isEmpty {
            notes.append("\(context.glyphs.changed) " + context.text(.changedSinceReview(review.review.date)))
        }
        if dashboard.assessments.contains(where: { $0.target?.illustrative == true }) {
            notes.append("* " + context.text(.illustrativeNote))
        }
        if dashboard.assessments.contains(where: \.progress.borderline) {
            notes.append("\(context.glyphs.borderline) " + context.text(.borderlineNote(Format.number(dashboard.borderline * 100) + "%")))
        }
        return notes
    }

    static func noteLines(_ dashboard: Dashboard, width: Int, context: RenderContext) -> Int {
        notes(dashboard, context).reduce(0) { $0 + Paragraph.wrap($1, width: width - 2).count }
    }

    /// The indicator on screen row `y` (for mouse clicks), given the layout `Screen` uses.
    public static func indicatorID(atRow y: Int, model: OverviewModel, state: ViewState) -> String? {
        let index = state.overviewOffset + y - (Screen.bodyTop + 1)
        guard model.rows.indices.contains(index) else { return nil }
        return model.rows[index].assessment?.indicator.id
    }

    /// Draws the table into `area`, keeping the selected indicator in view.
    public static func render(_ dashboard: Dashboard, model: OverviewModel, state: inout ViewState,
                              into buffer: inout Buffer, area: Rect, context: RenderContext) {
        let (tableArea, noteArea) = area.splitBottom(noteLines(dashboard, width: area.width, context: context) + 1)
        guard !model.rows.isEmpty else {
            buffer.put(context.text(.noIndicatorsMatch), x: area.x + 1, y: area.y + 1, style: .dim, clip: area)
            return
        }
        let layout = Layout(width: area.width)
        let selected = model.index(of: state.selectedID)
        state.overviewOffset = Table.scrollOffset(selected: selected ?? 0, current: state.overviewOffset,
                                                  visible: tableArea.height - 1, count: model.rows.count)
        Table.render(columns: columns(layout, context), rowCount: model.rows.count, offset: state.overviewOffset,
                     selected: selected, into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1,
                                                                 height: tableArea.height),
                     context: context) { row, column in
            switch model.rows[row] {
            case .goal(let goal):
                return .span(Sanitizer.clean(goal.name[context.language], keepNewlines: false), Style(foreground: .cyan, bold: true))
            case .indicator(let a):
                return cell(a, column: column, layout: layout, indented: state.sort == .goal,
                            changed: dashboard.sinceReview?.previousStatus[a.indicator.id] != nil, context: context)
            }
        }
        drawNote(dashboard, into: &buffer, area: noteArea.splitTop(1).rest, context: context)
    }

    static func cell(_ a: Assessment, column: Int, layout: Layout, indented: Bool, changed: Bool,
                     context: RenderContext) -> Table.Content {
        switch layout.kinds[column] {
        case .name:
            // A place leads, so rows of one indicator in many places stay apart however narrow the column.
            let place = a.placeName.map { "\($0) \(context.glyphs.bullet) " } ?? ""
            return .text((indented ? "  " : "") + Sanitizer.clean(place + a.indicator.name[context.language], keepNewlines: false), .plain)
        case .latest:
            guard let latest = a.latest else { return .text(context.text(.noData), .dim) }
            // One measure per row: the one progress and the change beside it are on.
            if a.measure == .rate, let rates = a.rates {
                return .text("\(NumberText.rate(latest.value)) \(rates.definition.shortUnit[context.language])", .plain)
            }
            return .text("\(Format.number(latest.value)) \(Sanitizer.clean(a.indicator.unit[context.language]))", .plain)
        case .rate:
            guard let rate = a.headline?.rate else { return .text(a.rates == nil ? "" : context.glyphs.dash, .dim) }
            return .text(NumberText.rate(rate), a.measure == .rate ? .bold : .plain)
        case .period:
            return .text(a.latest?.period.description ?? "", .dim)
        case .change:
            guard let change = a.yearOnYearChange else { return .text(context.glyphs.dash, .dim) }
            let good = change * a.indicator.direction.sign > 0
            return .text(Format.percent(change), .fg(change == 0 ? .gray : (good ? .green : .red)))
        case .spark:
            let points = a.basisSeries.map { (position: $0.period.ordinal, value: $0.value) }
            return .custom { buffer, rect in Sparkline.render(points, into: &buffer, area: rect, glyphs: context.glyphs) }
        case .progress:
            return progressCell(a, context: context)
        case .status:
            return .custom { buffer, rect in StatusBadge.render(a.progress, into: &buffer, area: rect, context: context) }
        case .changed:
            return changed ? .text(context.glyphs.changed, Style(foreground: .yellow, bold: true)) : .text("", .plain)
        case .flags:
            return flagCell(a.flags, context.glyphs)
        }
    }

    enum Kind { case name, latest, rate, period, change, spark, progress, changed, status, flags }

    /// The worst open flag's glyph and colour, and how many flags are open: a row without a target
    /// still shows a critical flag. Flags the committee has decided on are not counted.
    static func flagCell(_ flags: [Flag], _ glyphs: Glyphs) -> Table.Content {
        let open = flags.filter { !$0.isAddressed }
        guard let worst = open.map(\.severity).min() else { return .text("", .plain) }
        return .text("\(FlagLines.symbol(worst, glyphs))\(open.count)", FlagLines.style(worst))
    }

    /// The share of the gap from baseline to target closed so far, as a bar and a percentage.
    static func progressCell(_ a: Assessment, context: RenderContext) -> Table.Content {
        guard a.progress.target != nil else { return .text(context.glyphs.dash, .dim) }
        let fraction = a.status == .met ? 1 : a.progress.measure?.fractionOfGap
        let mark = a.target?.illustrative == true ? "*" : ""
        return .custom { buffer, rect in
            let labelWidth = 6
            let label = " " + gapLabel(fraction)
            let (bar, text) = rect.splitLeft(rect.width - labelWidth)
            ProgressBar.render(fraction, into: &buffer, area: bar, glyphs: context.glyphs, style: StatusBadge.style(a.status))
            buffer.put(TextWidth.pad(label + mark, to: text.width), x: text.x, y: text.y, style: .dim, clip: text)
        }
    }

    /// 0–100 % of the gap closed; "<0%" when the value has moved away from the target.
    static func gapLabel(_ fraction: Double?) -> String {
        guard let fraction else { return "?" }
        if fraction < 0 { return "<0%" }
        return Format.percent(min(1, fraction), signed: false)
    }

    static func drawNote(_ dashboard: Dashboard, into buffer: inout Buffer, area: Rect, context: RenderContext) {
        var rest = area.inset(horizontal: 1, vertical: 0)
        for note in notes(dashboard, context) {
            rest = rest.splitTop(Paragraph.render(note, into: &buffer, area: rest, style: .dim)).rest
        }
    }
}
