import VigiaCore

/// The Overview: every indicator grouped by goal (or sorted), with its latest value, change,
/// trend, progress and status.
public enum OverviewScreen {
    /// Column widths for a given total width: the numbers first, then the name up to a cap (wide
    /// terminals give the rest to the chart columns, not to padding).
    struct Layout {
        let name, latest, span, age, rate, change, spark, progress, changed, status, flags: Int
        /// The columns shown, left to right: worked out once, not for each of a frame's cells.
        let kinds: [Kind]
        /// The span in its short form (`2025-06·12mo`) below 120 columns.
        let compactSpan: Bool
        /// The progress bar, or only its percentage below 100 columns.
        let progressBar: Bool
        static let nameCap = 44

        init(width: Int) {
            let wide = width >= 120, narrow = width < 100
            compactSpan = !wide
            progressBar = !narrow
            latest = wide ? 16 : 14   // room for a grade mark before a value with a long unit
            span = wide ? 18 : 14
            age = width >= 140 ? 8 : 0
            rate = width >= 140 ? 9 : 0
            change = 7
            // Below 100 columns the status says how far along; the names need the room.
            progress = width >= 160 ? 22 : (wide ? 14 : (narrow ? 0 : 12))
            status = 16
            flags = 3
            changed = 1
            let columns = [latest, span, age, rate, change, progress, changed, status, flags]
            let fixed = columns.reduce(0, +) + columns.filter { $0 > 0 }.count + 1
            // The sparkline takes what the capped name leaves (none below 100 columns).
            let room = width - fixed
            spark = narrow ? 0 : max(6, min(36, room - Self.nameCap - 1))
            name = max(12, room - (spark > 0 ? spark + 1 : 0))
            kinds = [.name, .latest, .span] + (age > 0 ? [.age] : []) + (rate > 0 ? [.rate] : []) + [.change]
                + (spark > 0 ? [.spark] : []) + (progress > 0 ? [.progress] : []) + [.changed, .status, .flags]
        }
    }

    static func columns(_ layout: Layout, sort: SortOrder = .goal, reversed: Bool = false, _ context: RenderContext) -> [TableColumn] {
        // The sorted column carries an arrow: ▼ from worst, highest or A, ▲ the other way.
        let arrow = reversed ? context.glyphs.up : context.glyphs.down
        func title(_ phrase: Phrase, _ kind: Kind) -> String {
            let sorted: Kind? = switch sort {
            case .goal: nil
            case .status: .status
            case .name: .name
            case .change: .change
            }
            return context.text(phrase) + (sorted == kind ? " \(arrow)" : "")
        }
        return layout.kinds.map { kind in
            switch kind {
            case .name: TableColumn(title(.indicator, .name), width: layout.name)
            case .latest: TableColumn(context.text(.latest), width: layout.latest, alignment: .right)
            case .span: TableColumn(context.text(.dataHeader), width: layout.span)
            case .age: TableColumn(context.text(.ageHeader), width: layout.age, alignment: .right)
            case .rate: TableColumn(context.text(.rate(LocalizedText(en: "per 100k", es: "por 100k"))), width: layout.rate, alignment: .right)
            case .change: TableColumn(title(.change, .change), width: layout.change, alignment: .right)
            case .spark: TableColumn(context.text(.trend), width: layout.spark)
            case .progress: TableColumn(context.text(.progress), width: layout.progress)
            case .changed: TableColumn("", width: layout.changed)
            case .status: TableColumn(title(.statusHeader, .status), width: layout.status)
            case .flags: TableColumn(context.glyphs.flag, width: layout.flags, alignment: .right)
            }
        }
    }

    /// Rows the body needs to show everything: the table and the illustrative note.
    public static func contentHeight(_ dashboard: Dashboard, model: OverviewModel, width: Int, context: RenderContext) -> Int {
        1 + max(1, model.rows.count) + 1 + noteText(dashboard, model.marks, width: width, height: nil, context: context).count
    }

    /// Which marks of the whole dashboard the notes under the table explain. Finding them scans
    /// every assessment: with ten thousand rows that is a frame's budget, so a model finds them once.
    struct Marks: OptionSet {
        let rawValue: Int
        static let illustrative = Marks(rawValue: 1), stale = Marks(rawValue: 2), grade = Marks(rawValue: 4),
                   borderline = Marks(rawValue: 8)

        init(rawValue: Int) { self.rawValue = rawValue }

        init(_ dashboard: Dashboard) {
            var marks: Marks = []
            for a in dashboard.assessments {
                if a.target?.illustrative == true { marks.insert(.illustrative) }
                if FigureText.isStale(a) { marks.insert(.stale) }
                if (a.grade ?? .high) != .high { marks.insert(.grade) }
                if a.progress.borderline { marks.insert(.borderline) }
            }
            self = marks
        }
    }

    /// The notes under the table: the review marker and the caveats of the marks shown.
    static func notes(_ dashboard: Dashboard, _ marks: Marks, _ context: RenderContext) -> [String] {
        var notes: [String] = []
        if let review = dashboard.sinceReview, !review.previousStatus.isEmpty {
            notes.append("\(context.glyphs.changed) " + context.text(.changedSinceReview(review.review.date)))
        }
        if marks.contains(.illustrative) { notes.append("* " + context.text(.illustrativeNote)) }
        if marks.contains(.stale) { notes.append("\(context.glyphs.stale) " + context.text(.staleNote)) }
        if marks.contains(.grade) {
            notes.append(context.text(.gradeNote(medium: context.glyphs.grade(.medium), low: context.glyphs.grade(.low))))
        }
        if marks.contains(.borderline) {
            notes.append("\(context.glyphs.borderline) " + context.text(.borderlineNote(Format.number(dashboard.borderline * 100) + "%")))
        }
        return notes
    }

    /// The notes as lines: wrapped, or one line each (cut short; Help explains every mark) when
    /// wrapped they would take more than a sixth of a short screen from the table.
    static func noteText(_ dashboard: Dashboard, _ marks: Marks, width: Int, height: Int?, context: RenderContext) -> [String] {
        let notes = notes(dashboard, marks, context)
        let wrapped = notes.flatMap { Paragraph.wrap($0, width: width - 2) }
        guard let height, wrapped.count > max(notes.count, height / 6) else { return wrapped }
        return notes.map { TextWidth.truncate($0, to: width - 2, ellipsis: context.glyphs.ellipsis) }
    }

    /// The indicator on screen row `y` (for mouse clicks), given the layout `Screen` uses.
    public static func indicatorID(atRow y: Int, model: OverviewModel, state: ViewState) -> String? {
        let index = state.overviewOffset + y - (Screen.bodyTop + 1)
        guard model.rows.indices.contains(index) else { return nil }
        return model.rows[index].assessment?.indicator.id
    }

    /// Draws the table into `area`, keeping the selected indicator in view.
    /// `compactNotes`: in a terminal, notes that would crowd a short screen take one line each; a
    /// report has the room and wraps them.
    public static func render(_ dashboard: Dashboard, model: OverviewModel, state: inout ViewState,
                              into buffer: inout Buffer, area: Rect, context: RenderContext, compactNotes: Bool = true) {
        let notes = noteText(dashboard, model.marks, width: area.width, height: compactNotes ? area.height : nil, context: context)
        let (tableArea, noteArea) = area.splitBottom(notes.count + 1)
        guard !model.rows.isEmpty else {
            buffer.put(context.text(.noIndicatorsMatch), x: area.x + 1, y: area.y + 1, style: .dim, clip: area)
            return
        }
        let layout = Layout(width: area.width)
        let selected = model.index(of: state.selectedID)
        var facts: (row: Int, facts: RowFacts)? = nil
        state.overviewOffset = Table.scrollOffset(selected: selected ?? 0, current: state.overviewOffset,
                                                  visible: tableArea.height - 1, count: model.rows.count)
        Table.render(columns: columns(layout, sort: state.sort, reversed: state.sortReversed, context), rowCount: model.rows.count, offset: state.overviewOffset,
                     selected: selected, into: &buffer, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1,
                                                                 height: tableArea.height),
                     context: context) { row, column in
            // The table asks for a row's cells one after the other: the row is taken from the model at the first.
            if facts?.row != row {
                switch model.rows[row] {
                case .goal(let goal):
                    return .span(Sanitizer.clean(goal.name[context.language], keepNewlines: false), Style(foreground: .cyan, bold: true))
                case .indicator(let a):
                    facts = (row, RowFacts(a))
                }
            }
            let row = facts!.facts
            return cell(row, column: column, layout: layout, indented: state.sort == .goal,
                        changed: dashboard.sinceReview?.previousStatus[row.a.indicator.id] != nil, asOf: dashboard.asOf,
                        context: context)
        }
        let noteRows = noteArea.splitTop(1).rest
        for (i, line) in notes.enumerated() { buffer.put(line, x: noteRows.x + 1, y: noteRows.y + i, style: .dim, clip: noteRows) }
    }

    /// A row as its cells draw it, found once per row: its assessment (taken out of the model, a
    /// copy, by each of its eleven cells before), its headline (found by each cell) and its grade
    /// (by three); the last two walk the row's series. A class, so a cell borrows the assessment
    /// instead of copying it again.
    final class RowFacts {
        let a: Assessment
        let headline: Headline?
        let grade: Confidence?

        init(_ a: Assessment) {
            self.a = a
            headline = a.headline
            grade = a.grade
        }

        /// `Assessment.restsOnLowConfidence`.
        var lowConfidence: Bool { grade == .low }
    }

    static func cell(_ facts: RowFacts, column: Int, layout: Layout, indented: Bool, changed: Bool,
                     asOf: CalendarDate, context: RenderContext) -> Table.Content {
        let a = facts.a, h = facts.headline
        switch layout.kinds[column] {
        case .name:
            let indent = indented ? 2 : 0
            return .text(String(repeating: " ", count: indent) + name(a, width: layout.name - indent, context), .plain)
        case .latest:
            guard let h else { return .text(context.text(.noData), .dim) }
            return .text(FigureText.value(a, h, grade: facts.grade, context), .plain)
        case .span:
            guard let h else { return .text("", .dim) }
            let stale = layout.age == 0 && FigureText.isStale(a) ? " \(context.glyphs.stale)" : ""
            return .text(FigureText.span(a, h, compact: layout.compactSpan, context) + stale, stale.isEmpty ? .dim : .fg(.yellow))
        case .age:
            guard let h else { return .text("", .dim) }
            return .text(FigureText.age(a, h, asOf: asOf, context), FigureText.isStale(a) ? .fg(.yellow) : .dim)
        case .rate:
            guard let rate = h?.rate else { return .text(a.rates == nil ? "" : context.glyphs.dash, .dim) }
            return .text(NumberText.rate(rate), a.measure == .rate ? .bold : .plain)
        case .change:
            guard let change = a.progress.lastYear?.change else { return .text(context.glyphs.dash, .dim) }
            let good = change * a.indicator.direction.sign > 0
            return .text(Format.percent(change), ChangeStyle.of(change, good: good))
        case .spark:
            let points = a.basisSeries.map { (position: $0.period.ordinal, value: $0.value) }
            return .custom { buffer, rect in Sparkline(points, glyphs: context.glyphs).render(into: &buffer, area: rect) }
        case .progress:
            return progressCell(a, lowConfidence: facts.lowConfidence, bar: layout.progressBar, context: context)
        case .status:
            let badge = StatusBadge(a.progress, lowConfidence: facts.lowConfidence, context: context)
            return .custom { buffer, rect in badge.render(into: &buffer, area: rect) }
        case .changed:
            return changed ? .text(context.glyphs.changed, Style(foreground: .yellow, bold: true)) : .text("", .plain)
        case .flags:
            return flagCell(a.flags, context.glyphs)
        }
    }

    /// The name that fits: the full name, else the configured short name, else the longer truncated.
    /// A place (in a report for states) leads, so rows of one indicator in many places stay apart.
    /// Narrower still, the place's code stands for its name (`US-WV • Synth. opioids`).
    static func name(_ a: Assessment, width: Int, _ c: RenderContext) -> String {
        let indicator = [a.indicator.name[c.language]] + (a.indicator.shortName.map { [$0[c.language]] } ?? [])
        let places = a.placeName.map { ["\($0) \(c.glyphs.bullet) ", "\(a.geo) \(c.glyphs.bullet) "] } ?? [""]
        let candidates = places.flatMap { place in indicator.map { Sanitizer.clean(place + $0, keepNewlines: false) } }
        return candidates.first { TextWidth.of($0) <= width } ?? candidates.last!
    }

    enum Kind { case name, latest, span, age, rate, change, spark, progress, changed, status, flags }

    /// The worst open flag's glyph and colour, and how many flags are open: a row without a target
    /// still shows a critical flag. Flags the committee has decided on are not counted.
    static func flagCell(_ flags: [Flag], _ glyphs: Glyphs) -> Table.Content {
        let open = flags.filter { !$0.isAddressed }
        guard let worst = open.map(\.severity).min() else { return .text("", .plain) }
        return .text("\(FlagLines.symbol(worst, glyphs))\(open.count)", FlagLines.style(worst))
    }

    /// The share of the gap from baseline to target closed so far, as a bar and a percentage.
    static func progressCell(_ a: Assessment, lowConfidence: Bool, bar: Bool, context: RenderContext) -> Table.Content {
        guard a.progress.target != nil else { return .text(context.glyphs.dash, .dim) }
        let fraction = a.status == .met ? 1 : a.progress.measure?.fractionOfGap
        let mark = a.target?.illustrative == true ? "*" : ""
        let style = StatusBadge.style(a.status, lowConfidence: lowConfidence)
        guard bar else { return .text(gapLabel(fraction) + mark, style) }
        return .custom { buffer, rect in
            let labelWidth = 6
            let label = " " + gapLabel(fraction)
            let (bar, text) = rect.splitLeft(rect.width - labelWidth)
            ProgressBar(fraction, glyphs: context.glyphs, style: style).render(into: &buffer, area: bar)
            buffer.put(TextWidth.pad(label + mark, to: text.width), x: text.x, y: text.y, style: .dim, clip: text)
        }
    }

    /// 0–100 % of the gap closed; "<0%" when the value has moved away from the target.
    static func gapLabel(_ fraction: Double?) -> String {
        guard let fraction else { return "?" }
        if fraction < 0 { return "<0%" }
        return Format.percent(min(1, fraction), signed: false)
    }
}
