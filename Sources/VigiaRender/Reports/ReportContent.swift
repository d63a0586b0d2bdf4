import VigiaCore

/// The pieces every document report (Markdown, HTML) is made of, built once from the dashboard
/// so the formats differ only in markup.
struct ReportContent {
    let dashboard: Dashboard
    let context: RenderContext

    /// The summary table: one row per indicator.
    var summaryHeader: [String] {
        [.indicator, .goal, .latest, .target, .statusHeader, .trend].map(context.text)
    }

    func summaryRow(_ a: Assessment) -> [String] {
        let goal = dashboard.goals.first { $0.id == a.indicator.goal }?.name[context.language] ?? a.indicator.goal
        return [name(a), clean(goal), latest(a), target(a), StatusBadge.text(a.progress, context),
                a.trend.map { context.text(.trendDirection($0.direction)) } ?? context.glyphs.dash]
    }

    func name(_ a: Assessment) -> String {
        clean(a.indicator.name[context.language] + (a.placeName.map { " \(context.glyphs.dash) \($0)" } ?? ""))
    }

    /// The reason for the status, in one sentence.
    func why(_ a: Assessment) -> String { clean(a.why[context.language]) }

    /// The value progress is judged on, what it covers and how old it is; the rate beside the count.
    func latest(_ a: Assessment) -> String {
        guard let h = a.headline, let sentence = FigureText.sentence(a, context) else { return context.text(.noData) }
        let value = "\(FigureText.gradeMark(a, context))\(sentence) (\(FigureText.age(a, h, asOf: dashboard.asOf, context)))"
        return FigureText.otherMeasure(a, h, context).map { "\(value); \($0)" } ?? value
    }

    // MARK: Places

    /// `States of Mexico • Jan–Mar 2026 (3 months)`.
    func placesTitle(_ t: PlaceTable) -> String { clean(PlaceNotes.title(t, context)) }

    func placesHeader(_ t: PlaceTable) -> [String] {
        let unit = t.indicator.rate?.shortUnit ?? LocalizedText(en: "rate", es: "tasa")
        return [context.text(.rank), context.text(.place), context.text(.count), context.text(.rate(unit)),
                context.text(.change), context.text(.share)]
    }

    /// Every place, by rate when there are rates (by count otherwise).
    func placesRows(_ t: PlaceTable) -> [[String]] {
        return PlacesModel(t, sort: .rate, reversed: false, filter: "").rows.enumerated().map { i, row in
            ["\(i + 1)", clean(row.name) + (row.outsideTotal ? " *" : ""), PlaceNotes.count(row.value, context),
             PlaceNotes.rate(row.rate, context), PlaceNotes.change(row.change, context), PlaceNotes.share(row.share, context)]
        }
    }

    /// The reconciliation and what the rates rest on.
    func placesNotes(_ t: PlaceTable) -> [String] {
        ([PlaceNotes.reconciliation(t, context)] + PlaceNotes.rateNotes(t, context)).map(clean)
    }

    func target(_ a: Assessment) -> String {
        guard let t = a.progress.target else { return context.glyphs.dash }
        let tag = a.target?.illustrative == true ? " (\(context.text(.illustrative)))" : ""
        return "\(Format.number(t.value)) (\(t.period))\(tag)"
    }

    /// Indicators under each goal, goals in configuration order.
    var groups: [(Goal, [Assessment])] {
        dashboard.goals.compactMap { goal in
            let members = dashboard.assessments.filter { $0.indicator.goal == goal.id }
            return members.isEmpty ? nil : (goal, members)
        }
    }

    /// The statistics panels of the Detail screen, as label–value lists.
    func panels(_ a: Assessment) -> [KeyValueList] {
        var panels = [DetailPanels.trend(a, context), DetailPanels.progress(a, context)]
        if let control = a.control {
            panels.append(DetailPanels.control(control, a, context, title: context.text(.processControl)))
        }
        if !a.indicator.breaks.isEmpty || !a.events.isEmpty { panels.append(ContextPanel.list(a, context)) }
        return panels + [DetailPanels.sources(a, context)]
    }

    /// A flag in words, for document reports.
    struct FlagText {
        let severity: Severity
        let heading: String
        let message: String
        let adjustment: String
        let decision: String?
    }

    func flagText(_ flag: Flag) -> FlagText {
        let c = context
        let addressed = flag.isAddressed ? " [\(c.text(.addressed))]" : ""
        let decision = flag.decision.map { d in
            "\(c.text(.decisionRecorded(d.date))): \(c.text(.decision(d.kind)))" + (d.note.isEmpty ? "" : " — " + clean(d.note))
        }
        return FlagText(severity: flag.severity,
                        heading: "\(FlagLines.symbol(flag.severity, c.glyphs)) \(c.text(.severity(flag.severity))): "
                            + "\(c.text(.rule(flag.rule))) (\(c.text(.sinceWhen(flag.since))))\(addressed)",
                        message: clean(flag.message[c.language]), adjustment: clean(flag.adjustment[c.language]),
                        decision: decision)
    }

    /// The report-wide flags table: every flag, most severe first.
    var flagsHeader: [String] {
        [c(.severityHeader), c(.indicator), c(.ruleHeader), c(.period), c(.decisionHeader)]
    }

    var flagsRows: [[String]] {
        dashboard.flags.map { indicator, flag in
            [context.text(.severity(flag.severity)), clean(indicator.name[context.language]), context.text(.rule(flag.rule)),
             flag.since.description, flag.decision.map { context.text(.decision($0.kind)) } ?? "—"]
        }
    }

    private func c(_ phrase: Phrase) -> String { context.text(phrase) }

    var hasIllustrativeTargets: Bool { dashboard.assessments.contains { $0.target?.illustrative == true } }

    /// The terminal chart as text lines, for reports that show it in a fixed-width block.
    func chartLines(_ a: Assessment, width: Int = 78, height: Int = 12) -> [String] {
        var buffer = Buffer(width: width, height: height, asciiOnly: !context.glyphs.unicode)
        ChartModel(a).lineChart.glyphs(context.glyphs).render(into: &buffer, area: buffer.area)
        return buffer.lines()
    }

    /// The chart's breaks and events, one tag, date and description each, for the same block.
    func markerLegend(_ a: Assessment, width: Int = 78) -> [String] {
        ChartModel(a).markerLegend(context, width: width).lines
    }

    func legend(_ a: Assessment) -> String {
        let model = ChartModel(a)
        return model.lines.map { line in
            "\(context.glyphs.unicode ? "⣿" : ChartModel.asciiMark(line.kind)) \(model.label(line.kind, context))"
        }.joined(separator: "   ")
    }

    func clean(_ text: String) -> String { Sanitizer.clean(text, keepNewlines: false) }
}
