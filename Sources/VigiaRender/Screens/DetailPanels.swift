import VigiaCore

/// The statistics panels of the Detail screen, shared with the reports.
enum DetailPanels {
    static func trend(_ a: Assessment, _ c: RenderContext) -> KeyValueList {
        var list = KeyValueList(c.text(.trend))
        guard let t = a.trend else {
            list.add(c.text(.trend), c.text(.noData), .dim)
            return list
        }
        let r = t.result
        list.add(c.text(.methodHeader), c.text(.trendTest(t.test)))
        list.add("", c.text(.trendChoice(t.choice)), .dim)
        if t.basis == .nonOverlapping12Months, let last = a.window.last?.period {
            list.add(c.text(.valuesTested), c.text(.yearlySums(last)))
        }
        list.add(c.text(.trend), c.text(.trendDirection(t.direction)), t.significant ? .bold : .plain)
        list.add("", c.text(.trendSummary(n: r.n, p: Format.pValue(r.p), tau: Format.decimal(r.tau))), .dim)
        if let gaps = SeriesGaps.missing(a.window.map(\.period)), gaps.missing > 0, let f = a.window.first?.period.frequency {
            list.add("", c.text(.missingInWindow(missing: gaps.missing, of: gaps.span, f)), .dim)
        }
        list.add(c.text(.senSlope), t.slopeText(a.unit, c.language) ?? c.glyphs.dash)
        return list
    }

    static func progress(_ a: Assessment, _ c: RenderContext) -> KeyValueList {
        var list = KeyValueList(c.text(.progress))
        let p = a.progress
        list.add(c.text(.statusHeader), StatusBadge.text(p, c), StatusBadge.style(p.status, lowConfidence: a.restsOnLowConfidence))
        if let m = p.measure {
            list.add(c.text(.methodHeader), c.text(.method(m.method)))
            if let cls = m.noTargetClass { list.add("", c.text(.noTargetClass(cls))) }
        }
        list.add(c.text(.basisHeader), c.text(.basis(p.basis)))
        if let from = p.from { list.add(c.text(a.target == nil ? .startPoint : .baseline), point(from)) }
        if let current = p.current { list.add(c.text(.latest), point(current)) }
        if let grade = a.grade { list.add(c.text(.gradeHeader), c.text(.grade(grade)), grade == .low ? .bold : .plain) }
        if let totals = a.runningTotals { list.add(c.text(.derivedHeader), c.text(.derivedFromTotals(totals))) }
        if let both = FigureText.bothMeasures(a, c) { list.add("", both, .dim) }
        if let target = p.target {
            let tag = a.target?.illustrative == true ? " (\(c.text(.illustrative)))" : ""
            list.add(c.text(.target), point(target) + tag)
        }
        guard let m = p.measure else { return list }
        if let rate = m.actualRate { list.add(c.text(.actualRate), rateText(rate, m.method)) }
        if let rate = m.requiredRate { list.add(c.text(.requiredRate), rateText(rate, m.method)) }
        if let ratio = m.ratio { list.add(c.text(.ratio), Format.decimal(ratio)) }
        if let gap = m.fractionOfGap { list.add(c.text(.fractionOfGap), Format.percent(gap, signed: false)) }
        if let margin = p.margin {
            let moves = [(margin.better, margin.betterStatus), (margin.worse, margin.worseStatus)].compactMap { m, s in
                m.flatMap { m in s.map { "\(Format.percent(m)) \(c.glyphs.arrow) \(c.text(.status($0)))" } }
            }
            if !moves.isEmpty { list.add(c.text(.margin), moves.joined(separator: "; "), p.borderline ? .bold : .plain) }
        }
        if let projected = p.projected, let from = p.from {
            list.add(c.text(.projectionSince(from.period)), point(projected))
        }
        if let short = p.shortTerm {
            list.add(c.text(.shortTerm(years: short.years)), StatusBadge.text(short.status, c), StatusBadge.style(short.status))
            let rate = short.measure.actualRate.map { rateText($0, short.measure.method) } ?? c.glyphs.dash
            let detail = c.text(.shortTermDetail(from: point(short.from), rate: rate, ratio: Format.decimal(short.measure.ratio)))
            list.add("", short.sinceBreak.map { "\(detail) (\(c.text(.shortTermSinceBreak($0.period))))" } ?? detail, .dim)
            if let projected = short.projected {
                list.add(c.text(.projectionShortTerm(years: short.years)), point(projected))
            }
        }
        if let year = p.lastYear {
            list.add(c.text(.lastYear(a.indicator.frequency)),
                     c.text(.lastYearDetail(change: Format.percent(year.change), from: point(year.from))))
        }
        return list
    }

    static func history(_ a: Assessment, _ c: RenderContext) -> KeyValueList {
        var list = KeyValueList(c.text(.targetHistory))
        guard let target = a.target else { return list }
        for (i, r) in target.history.enumerated() {
            let inForce = r == a.effectiveTarget ? " \(c.glyphs.arrow)" : ""
            list.add(r.agreed.description, "\(point(r.target))  \(r.forum)\(inForce)", r == a.effectiveTarget ? .bold : .plain)
            let why = r.rationale ?? (i == 0 ? c.text(.original) : "")
            if !why.isEmpty { list.add("", why, .dim) }
        }
        return list
    }

    /// The most recent signals listed; older ones are counted.
    static let signalsShown = 5

    /// What the individuals chart says: centre, limits, assurance against the target, signals.
    static func control(_ control: ProcessControl, _ a: Assessment, _ c: RenderContext, title: String = "") -> KeyValueList {
        var list = KeyValueList(title)
        let chart = control.chart
        list.add(c.text(.centreLine), "\(Format.number(chart.centre))  (\(control.from)–\(control.to))")
        list.add(c.text(.processLimits), "\(Format.number(chart.lower)) – \(Format.number(chart.upper))")
        if chart.lowerIsFloored { list.add("", c.text(.flooredAtZero), .dim) }
        if let assurance = control.assurance { list.add(c.text(.target), c.text(.assurance(assurance))) }
        list.add(c.text(.latest), c.text(.variation(control.variation)),
                 control.variation == .concern ? .fg(.red) : control.variation == .improvement ? .fg(.green) : .plain)
        let shown = control.signals.sorted { ($0.to, $0.from) < ($1.to, $1.from) }.suffix(Self.signalsShown)
        if control.signals.count > shown.count {
            list.add(c.text(.signals), c.text(.earlierSignals(control.signals.count - shown.count)), .dim)
        }
        for signal in shown {
            let span = signal.from == signal.to ? "\(signal.from)" : "\(signal.from)–\(signal.to)"
            list.add(c.text(.signals), "\(span): \(c.text(.signal(signal.test))), \(c.text(.reading(signal.reading)))",
                     .fg(signal.reading == .concern ? .red : .green))
        }
        return list
    }

    /// How many places the Detail screen lists; the Places screen (`g`) has them all.
    static let placesShown = 10

    /// The first places by rate (by count without populations), and the whole against their sum.
    static func places(_ t: PlaceTable, _ c: RenderContext) -> KeyValueList {
        let byRate = t.rows.contains { $0.rate != nil }
        let model = PlacesModel(t, sort: .rate, reversed: false, filter: "")
        var list = KeyValueList(c.text(.topPlaces(shown: min(placesShown, model.rows.count), of: model.rows.count, byRate: byRate))
                                + " \(c.glyphs.bullet) " + PlaceNotes.window(t, c))
        let unit = t.indicator.rate?.shortUnit[c.language]
        for (i, row) in model.rows.prefix(placesShown).enumerated() {
            var figures = [PlaceNotes.count(row.value, c), PlaceNotes.share(row.share, c)]
            if let unit { figures.insert("\(PlaceNotes.rate(row.rate, c)) \(unit)", at: 0) }
            list.add("\(i + 1). \(Sanitizer.clean(row.name, keepNewlines: false))", figures.joined(separator: "  "))
        }
        if model.rows.count > placesShown { list.add("", c.text(.morePlaces(model.rows.count - placesShown)), .dim) }
        list.add("", PlaceNotes.reconciliation(t, c), .dim)
        for note in PlaceNotes.rateNotes(t, c) { list.add("", note, .dim) }
        return list
    }

    static func sources(_ a: Assessment, _ c: RenderContext) -> KeyValueList {
        var list = KeyValueList(c.text(.source))
        list.add(c.text(.indicator), a.indicator.source)
        if let latest = a.latest {
            list.add(latest.period.description, latest.source)
            if let note = latest.note { list.add("", note, .dim) }
        }
        return list
    }

    static func point(_ p: PeriodValue) -> String { "\(p.period)  \(Format.number(p.value))" }

    static func rateText(_ rate: Double, _ method: ProgressMethod) -> String {
        method == .cagr ? Format.percent(rate) : signed(Format.number(rate))
    }

    static func signed(_ s: String) -> String { s.hasPrefix("-") || s == "0" ? s : "+" + s }
}
