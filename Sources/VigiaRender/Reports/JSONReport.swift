import VigiaCore

/// The machine-readable snapshot, exactly the `vigia.snapshot/1` contract of design.md.
public enum JSONReport {
    public static let schema = "vigia.snapshot/1"

    public static func render(_ dashboard: Dashboard, language: Language, changes: ChangeSet? = nil) -> String {
        var members: [(String, JSONValue)] = [
            ("schema", .string(schema)),
            ("asOf", .string(dashboard.asOf.description)),
            ("indicators", .array(dashboard.assessments.map { indicator($0, language) })),
        ]
        if let changes { members.append(("changes", self.changes(changes))) }
        return JSONValue.object(members).serialized()
    }

    /// The `--since` section: what changed between `since` and `asOf`.
    static func changes(_ c: ChangeSet) -> JSONValue {
        func target(_ r: TargetRevision?) -> JSONValue { r.map { point($0.target) } ?? .null }
        return .object([
            ("since", .string(c.since.description)),
            ("statusChanges", .array(c.statusChanges.map {
                .object([("id", .string($0.indicator.id)), ("from", .string($0.from.rawValue)), ("to", .string($0.to.rawValue))])
            })),
            ("newFlags", .array(c.newFlags.map {
                .object([("id", .string($0.indicator.id)), ("rule", .string($0.flag.rule.rawValue)),
                         ("severity", .string($0.flag.severity.rawValue)), ("since", .string($0.flag.since.description))])
            })),
            ("clearedFlags", .array(c.clearedFlags.map {
                .object([("id", .string($0.indicator.id)), ("rule", .string($0.flag.rule.rawValue))])
            })),
            ("targetRevisions", .array(c.targetRevisions.map {
                .object([("id", .string($0.indicator.id)), ("agreed", .string($0.revision.agreed.description)),
                         ("forum", .string($0.revision.forum)), ("from", target($0.previous)), ("to", target($0.revision)),
                         ("rationale", .string($0.revision.rationale))])
            })),
            ("dataRevisions", .array(c.dataRevisions.map {
                .object([("id", .string($0.indicator)), ("period", .string($0.period.description)),
                         ("previous", .number($0.previous)), ("revised", .number($0.revised)),
                         ("recorded", .string($0.recorded.description))])
            })),
            ("newObservations", .array(c.newObservations.map {
                .object([("id", .string($0.indicator.id)), ("count", .int($0.count)), ("latest", .string($0.latest.description))])
            })),
            ("events", .array(c.events.map(event))),
        ])
    }

    /// `{date, kind, title {en, es}, indicators: "all" | [ids], source}`.
    static func event(_ e: PolicyEvent) -> JSONValue {
        let scope: JSONValue = switch e.scope {
        case .all: .string("all")
        case .indicators(let ids): .array(ids.map { .string($0) })
        }
        return .object([("date", .string(e.date.description)), ("kind", .string(e.kind.rawValue)),
                        ("title", localized(e.title)), ("indicators", scope), ("source", .string(e.source))])
    }

    /// `{period, kind, note {en, es}}`.
    static func seriesBreak(_ b: SeriesBreak) -> JSONValue {
        .object([("period", .string(b.period.description)), ("kind", .string(b.kind.rawValue)), ("note", localized(b.note))])
    }

    static func indicator(_ a: Assessment, _ language: Language) -> JSONValue {
        let i = a.indicator
        let omitted: JSONValue = a.controlOmission.map { o in
            .object([("reason", .string(o.rawValue)), ("why", localized(o.explanation))])
        } ?? .null
        let since: JSONValue = a.comparableSince.map { .string($0.period.description) } ?? .null
        let members: [(String, JSONValue)] = [
            ("id", .string(i.id)),
            ("name", .string(i.name[language])),
            ("unit", .string(i.unit[language])),
            ("country", .string(i.country.rawValue)),
            ("goal", .string(i.goal)),
            ("direction", .string(i.direction.rawValue)),
            ("frequency", .string(i.frequency.rawValue)),
            ("source", .string(i.source)),
            ("observations", .int(a.series.count)),
            ("latest", a.latest.map { latest($0, a) } ?? .null),
            ("baseline", a.target.map { point($0.baseline) } ?? .null),
            ("target", target(a)),
            ("trend", a.trend.map(trend) ?? .null),
            ("progress", progress(a.progress)),
            ("why", localized(a.why.localized)),
            ("geo", .string(a.geo)),
            ("place", a.placeName.map { .string($0) } ?? .null),
            ("measure", .string(a.measure.rawValue)),
            ("rate", rateDefinition(a.indicator.rate)),
            ("headline", a.headline.map(headline) ?? .null),
            ("geography", a.places.map(geography) ?? .null),
            ("flags", .array(a.flags.map { flag($0, language) })),
            ("control", a.control.map(control) ?? .null),
            ("controlOmitted", omitted),
            ("breaks", .array(a.indicator.breaks.map(seriesBreak))),
            ("comparableSince", since),
            ("events", .array(a.events.map(event))),
            ("derived", a.runningTotals.map(runningTotals) ?? .null),
        ]
        return .object(members)
    }

    /// The latest figure as published (a count) and, when the indicator declares one, its rate.
    static func latest(_ o: Observation, _ a: Assessment) -> JSONValue {
        let count = a.measure == .count ? o.value : a.otherMeasure(o.value, at: o.period)
        let rate = a.measure == .rate ? o.value : a.otherMeasure(o.value, at: o.period)
        var members: [(String, JSONValue)] = [("period", .string(o.period.description)), ("value", .number(count))]
        if a.rates != nil { members.append(("rate", .number(rate))) }
        // The grade of the figures the status rests on (docs/assessment.md, "Grades").
        members.append(("confidence", a.grade.map { .string($0.rawValue) } ?? .null))
        // Derived from running totals (`derived` below says how), not published as such.
        members.append(("derived", .bool(a.runningTotals != nil)))
        members.append(("batch", o.batch.map { .object([("file", .string($0.file)), ("sha256", .string($0.sha256))]) } ?? .null))
        return .object(members)
    }

    /// How per-period values were derived from running totals: `{from, since, totals, values, belowZero}`.
    static func runningTotals(_ s: RunningTotals.Summary) -> JSONValue {
        .object([("from", .string("cumulative-since")), ("since", .string(s.since.description)), ("totals", .int(s.totals)),
                 ("values", .int(s.derived)), ("belowZero", .int(s.negative))])
    }

    /// The latest value progress is judged on, in both measures, with the population used.
    static func headline(_ h: Headline) -> JSONValue {
        .object([("period", .string(h.period.description)), ("basis", .string(h.basis.rawValue)),
                 ("count", .number(h.count)), ("rate", .number(h.rate)),
                 ("populationYear", h.population.map { .int($0.year) } ?? .null)])
    }

    static func localized(_ text: LocalizedText) -> JSONValue {
        .object([("en", .string(text.en)), ("es", .string(text.es))])
    }

    /// `{rule, severity, since, message, adjustment, decision}`; decision null or `{decision, date, note}`.
    static func flag(_ f: Flag, _ language: Language) -> JSONValue {
        .object([
            ("rule", .string(f.rule.rawValue)),
            ("severity", .string(f.severity.rawValue)),
            ("since", .string(f.since.description)),
            ("message", .string(f.message[language])),
            ("adjustment", .string(f.adjustment[language])),
            ("decision", f.decision.map { d in
                .object([("decision", .string(d.kind.rawValue)), ("date", .string(d.date.description)),
                         ("note", .string(d.note))])
            } ?? .null),
        ])
    }

    /// The individuals chart: window, centre, limits, signals, assurance, variation and change points.
    static func control(_ c: ProcessControl) -> JSONValue {
        .object([
            ("from", .string(c.from.description)),
            ("to", .string(c.to.description)),
            ("points", .int(c.chart.count)),
            ("centre", .number(c.chart.centre)),
            ("lower", .number(c.chart.lower)),
            ("lowerFloored", .bool(c.chart.lowerIsFloored)),
            ("upper", .number(c.chart.upper)),
            ("sigma", .number(c.chart.sigma)),
            ("target", .number(c.target)),
            ("assurance", JSONValue.string(c.assurance?.rawValue)),
            ("variation", .string(c.variation.rawValue)),
            ("signals", .array(c.signals.map { s in
                .object([("test", .string(s.test.rawValue)), ("side", .string(s.side.rawValue)),
                         ("reading", .string(s.reading.rawValue)), ("from", .string(s.from.description)),
                         ("to", .string(s.to.description))])
            })),
            ("changePoints", .array(c.changes.map(changePoint))),
        ])
    }

    static func changePoint(_ c: ChangePoint) -> JSONValue {
        switch c {
        case let .levelShift(start, detected, side, previous, steps):
            .object([("method", .string("cusum")), ("period", .string(start.description)),
                     ("detected", .string(detected.description)), ("side", .string(side.rawValue)),
                     ("previousLevel", .number(previous)), ("steps", .int(steps))])
        case let .trendChange(at, before, after):
            .object([("method", .string("break-search")), ("period", .string(at.description)),
                     ("slopeBefore", .number(before)), ("slopeAfter", .number(after))])
        }
    }

    /// The places below the nation over one window: count, rate, change, share, and why the
    /// national figure and the sum of its places differ.
    static func geography(_ t: PlaceTable) -> JSONValue {
        let r = t.reconciliation
        return .object([
            ("level", .string(t.level.rawValue)),
            ("parent", .string(t.parent)),
            ("from", .string(t.window.start.description)),
            ("to", .string(t.window.end.description)),
            ("periods", .int(t.window.length)),
            ("rate", rateDefinition(t.indicator.rate)),
            ("populationCarriedForwardFrom", t.carriedForwardFrom.map { .int($0) } ?? .null),
            ("national", .number(t.parentValue)),
            ("nationalRate", .number(t.parentRate)),
            ("sumOfPlaces", .number(r.sumOfPlaces)),
            ("placesSummed", .int(r.placesSummed)),
            ("difference", .number(r.difference)),
            ("missing", .array(r.missing.map { .string($0) })),
            ("outsideTotal", .array(r.outside.sorted { $0.key < $1.key }.map { .object([("geo", .string($0.key)), ("value", .number($0.value))]) })),
            ("merged", .array(r.merged.sorted { $0.key < $1.key }.map { .object([("geo", .string($0.key)), ("into", .string($0.value))]) })),
            ("places", .array(t.rows.enumerated().map { i, row in place(row, rank: i + 1) })),
        ])
    }

    static func place(_ row: PlaceTable.Row, rank: Int) -> JSONValue {
        .object([("rank", .int(rank)), ("geo", .string(row.geo)), ("name", .string(row.name)), ("value", .number(row.value)),
                 ("rate", .number(row.rate)), ("change", .number(row.change)), ("share", .number(row.share)),
                 ("includes", .array(row.includes.map { .string($0) })), ("outsideTotal", .bool(row.outsideTotal))])
    }

    static func rateDefinition(_ r: RateDefinition?) -> JSONValue {
        r.map { .object([("per", .number($0.per)), ("population", .string($0.population))]) } ?? .null
    }

    static func point(_ p: PeriodValue) -> JSONValue { point(p.period, p.value) }

    static func point(_ period: Period, _ value: Double) -> JSONValue {
        .object([("period", .string(period.description)), ("value", .number(value))])
    }

    static func target(_ a: Assessment) -> JSONValue {
        guard let plan = a.target, let revision = a.effectiveTarget else { return .null }
        return .object([
            ("period", .string(revision.target.period.description)),
            ("value", .number(revision.target.value)),
            ("illustrative", .bool(plan.illustrative)),
            ("agreed", .string(revision.agreed.description)),
            ("forum", .string(revision.forum)),
        ])
    }

    static func trend(_ reading: TrendReading) -> JSONValue {
        let t = reading.result
        return .object([
            ("test", .string(t.test.rawValue)),
            ("basis", .string(reading.basis.rawValue)),
            ("choice", choice(reading.choice)),
            ("n", .int(t.n)),
            ("s", .int(t.s)),
            ("varS", .number(t.varS)),
            ("z", .number(t.z)),
            ("p", .number(t.p)),
            ("tau", .number(t.tau)),
            ("slopePerYear", .number(t.slopePerYear)),
            ("slopeOf", .string(reading.slopeOf.rawValue)),
            ("direction", .string(t.direction.rawValue)),
            ("significant", .bool(t.significant)),
            ("assessable", .bool(t.assessable)),
        ])
    }

    /// `{by: config}`, or `{by: auto, lag1, bound, n, serialCorrelation}`, or `{by: auto, checked: false, have, need}`.
    static func choice(_ c: TrendTestChoiceReason) -> JSONValue {
        switch c {
        case .configured:
            .object([("by", .string("config"))])
        case .checked(let s):
            .object([("by", .string("auto")), ("lag1", .number(s.lag1)), ("bound", .number(s.bound)), ("n", .int(s.n)),
                     ("serialCorrelation", .bool(s.significant))])
        case .tooShortToCheck(let have, let need, let fullYears):
            .object([("by", .string("auto")), ("checked", .bool(false)), ("have", .int(have)), ("need", .int(need)),
                     ("of", .string(fullYears ? "full-years" : "values"))])
        case .cannotEstimate:
            .object([("by", .string("auto")), ("checked", .bool(false)), ("constant", .bool(true))])
        }
    }

    static func progress(_ p: Progress) -> JSONValue {
        let m = p.measure
        var members: [(String, JSONValue)] = [
            ("method", JSONValue.string(m?.method.rawValue)),
            ("from", p.from.map(point) ?? .null),
            ("current", p.current.map { c in
                .object([("period", .string(c.period.description)), ("value", .number(c.value)),
                         ("basis", .string(p.basis.rawValue))])
            } ?? .null),
            ("actualRate", .number(m?.actualRate)),
            ("requiredRate", .number(m?.requiredRate)),
            ("ratio", .number(m?.ratio)),
            ("fractionOfGap", .number(m?.fractionOfGap)),
            ("projected", p.projected.map(point) ?? .null),
            ("status", .string(p.status.rawValue)),
        ]
        if p.status == .noTarget {
            members.append(("class", JSONValue.string(m?.noTargetClass?.rawValue)))
        }
        members += [
            ("borderline", .bool(p.borderline)),
            ("margin", p.margin.map { .object([("better", .number($0.better)), ("worse", .number($0.worse))]) } ?? .null),
            ("shortTerm", p.shortTerm.map(shortTerm) ?? .null),
            ("lastYear", p.lastYear.map { y in .object([("from", point(y.from)), ("change", .number(y.change))]) } ?? .null),
            ("notComparable", p.notComparable.map { .object([("break", .string($0.period.description)), ("kind", .string($0.kind.rawValue))]) } ?? .null),
        ]
        return .object(members)
    }

    static func shortTerm(_ s: ShortTermProgress) -> JSONValue {
        .object([
            ("years", .int(s.years)),
            ("from", point(s.from)),
            ("actualRate", .number(s.measure.actualRate)),
            ("requiredRate", .number(s.measure.requiredRate)),
            ("ratio", .number(s.measure.ratio)),
            ("status", .string(s.status.rawValue)),
            ("projected", s.projected.map(point) ?? .null),
            ("sinceBreak", s.sinceBreak.map { .string($0.period.description) } ?? .null),
        ])
    }
}
