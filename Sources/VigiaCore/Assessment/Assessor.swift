/// Evaluates one indicator at an as-of date: trend, progress, status, process control (methods.md §1–5).
public struct Assessor: Sendable {
    /// Years back for the start point when no baseline is set (Eurostat's short-term window).
    public static let yearsBackWithoutBaseline = 5.0

    public let indicator: Indicator
    public let target: Target?
    public let asOf: CalendarDate
    public let control: ProcessControlSettings
    /// A status whose margin to a neighbouring category is within this fraction is borderline.
    public let borderline: Double
    /// The place's population, when the indicator declares a rate and the place has estimates.
    public let rates: RateScale?

    public init(indicator: Indicator, target: Target?, asOf: CalendarDate, control: ProcessControlSettings = .standard,
                borderline: Double = RuleSettings.defaultBorderline, rates: RateScale? = nil) {
        self.indicator = indicator
        self.rates = rates
        self.target = target
        self.asOf = asOf
        self.control = control
        self.borderline = borderline
    }

    /// `series` is the indicator's series for one place (the nation, a state), already limited to
    /// what was known at `asOf`, in counts. A target set on the rate is judged on rates: each value,
    /// and each annual or trailing 12-month sum, over the population of the year it ends in.
    public func assess(_ series: [Observation]) -> Assessment {
        let derived = perPeriod(series)
        let counts = derived.values
        let measure = target?.measure ?? .count
        let ordered = measure == .rate ? rates?.rates(counts) ?? [] : counts
        let effective = target?.effective(asOf: asOf)
        let (cut, comparable, window) = span(ordered)
        let points = window.map(TimePoint.init)
        let basis = basis()
        let countBasis = YearlyBasis.points(counts, basis: basis, frequency: indicator.frequency,
                                            aggregate: indicator.aggregate, breaks: indicator.breaks, wholeRun: derived.wholeRun)
        let basisSeries = measure == .rate ? rates?.rates(countBasis) ?? [] : countBasis
        let (progress, track) = progress(YearlyBasis.since(cut, basisSeries), basis: basis, effective, cut: cut)
        // Limits drawn on overlapping 12-month sums describe the overlap, not the process (methods.md §7).
        let omission: ControlOmission? = indicator.values == .rolling12Months ? .rolling12MonthSums : nil
        let control = omission != nil ? nil : ProcessControl(window: window, points: points, record: comparable,
                                                              indicator: indicator, target: effective?.target,
                                                              settings: control)
        var assessment = Assessment(indicator: indicator, target: target, effectiveTarget: effective, series: ordered,
                                    window: window, trend: TrendSelection.reading(points, indicator: indicator),
                                    progress: progress, basisSeries: basisSeries, track: track, control: control,
                                    controlOmission: omission, comparableSince: cut, measure: measure, rates: rates)
        assessment.runningTotals = derived.summary
        return assessment
    }

    /// Series arrive in time order from every reader; sorting is only needed when one does not.
    static func inTimeOrder(_ series: [Observation]) -> [Observation] {
        isInTimeOrder(series) ? series : series.sorted { $0.period < $1.period }
    }

    private static func isInTimeOrder(_ series: [Observation]) -> Bool {
        // Periods read through a buffer: copying observations out would copy their strings' references.
        series.withUnsafeBufferPointer { s in !s.indices.dropFirst().contains { s[$0].period < s[$0 - 1].period } }
    }

    /// The series in time order, and whether it is a whole run (`TrailingSums.isWholeRun`), which
    /// the trailing basis asks. A whole run is in time order: the one pass settles both, and it is
    /// the first over the series, which reads it from memory.
    static func ordered(_ series: [Observation]) -> (values: [Observation], wholeRun: Bool) {
        if series.withUnsafeBufferPointer(TrailingSums.isWholeRun) { return (series, true) }
        guard !isInTimeOrder(series) else { return (series, false) }
        let sorted = series.sorted { $0.period < $1.period }
        return (sorted, sorted.withUnsafeBufferPointer(TrailingSums.isWholeRun))
    }

    // MARK: Trend

    /// The trend alone, as `assess` judges it: the window, then the values and test `auto` picks.
    public func trend(_ series: [Observation]) -> TrendReading? {
        TrendSelection.reading(span(perPeriod(series).values).window.map(TimePoint.init), indicator: indicator)
    }

    /// The series in time order; running totals as the per-period values they imply, never as they are.
    /// `wholeRun`: whether the values are a whole run (`TrailingSums.isWholeRun`); nil when not known.
    func perPeriod(_ series: [Observation]) -> (values: [Observation], wholeRun: Bool?, summary: RunningTotals.Summary?) {
        let (ordered, wholeRun) = Self.ordered(series)
        guard let since = indicator.cumulativeSince else { return (ordered, wholeRun, nil) }
        let derived = RunningTotals.perPeriod(ordered, since: since, frequency: indicator.frequency)
        return (derived.values, nil, derived.summary)
    }

    /// No statistic spans a break: the latest break the data cross, the data from it on, and the
    /// trend window within those.
    func span(_ ordered: [Observation]) -> (cut: SeriesBreak?, comparable: ArraySlice<Observation>,
                                            window: ArraySlice<Observation>) {
        guard let latest = ordered.lastPeriod else { return (nil, [], []) }
        let cut = indicator.breakCutting(at: latest)
        let comparable = cut.map { c in Self.suffix(ordered[...]) { $0 >= c.period } } ?? ordered[...]
        return (cut, comparable, trendWindow(comparable, latest: latest))
    }

    /// The configured window of years, else since the baseline, else all data: the latest part of
    /// the series, shared with it rather than copied.
    func trendWindow(_ series: ArraySlice<Observation>, latest: Period) -> ArraySlice<Observation> {
        if let years = indicator.trendWindowYears {
            let first = latest.ordinal - years * indicator.frequency.periodsPerYear
            return Self.tail(series) { $0.period.ordinal > first }
        }
        if let baseline = target?.baseline.period {
            // The baseline's time once, not once per observation compared with it.
            let start = baseline.time
            return Self.suffix(series) { $0.time >= start }
        }
        return series
    }

    /// The tail of `series`, in time order, from its first period for which `holds`, a test that
    /// stays true once it is (from a period or a time on): found by bisection, reading only the
    /// periods it halves at, through a buffer (an observation copied out retains its strings).
    static func suffix(_ series: ArraySlice<Observation>, from holds: (Period) -> Bool) -> ArraySlice<Observation> {
        let first = series.withUnsafeBufferPointer { s in
            var low = 0, high = s.count
            while low < high {
                let mid = (low + high) / 2
                if holds(s[mid].period) { high = mid } else { low = mid + 1 }
            }
            return low
        }
        return series[(series.startIndex + first)...]
    }

    /// The observations where `holds` is true: the tail from the first of them when they form
    /// one (the usual case, a series in time order), else a filtered copy.
    static func tail(_ series: ArraySlice<Observation>, where holds: (Observation) -> Bool) -> ArraySlice<Observation> {
        guard let first = series.firstIndex(where: holds) else { return [] }
        let tail = series[first...]
        return tail.allSatisfy(holds) ? tail : ArraySlice(tail.filter(holds))
    }

    // MARK: Progress

    /// Progress at the latest basis point, and the same measure at every basis point after the start.
    /// `points` are the comparable ones (from the latest break on), shared with the basis series
    /// rather than copied; a baseline or target before that break counts something else, and no
    /// status is given.
    func progress(_ points: ArraySlice<BasisPoint>, basis: ProgressBasis, _ effective: TargetRevision?,
                  cut: SeriesBreak?) -> (Progress, ProgressTrack) {
        let goal = effective?.target
        guard let current = points.last else {
            return (.notAssessable(basis: basis, from: target?.baseline, target: goal), .empty)
        }
        let currentValue = PeriodValue(period: current.period, value: current.value)
        if let cut, let baseline = target?.baseline, baseline.period < cut.period || (goal.map { $0.period < cut.period } ?? false) {
            var progress = Progress.notAssessable(basis: basis, from: baseline, current: currentValue, target: goal)
            progress.notComparable = cut
            return (progress, .empty)
        }
        guard let start = startPoint(points, current: current) else {
            return (.notAssessable(basis: basis, current: currentValue, target: goal), .empty)
        }
        let method = method(points.lazy.map(\.value), start.value, goal?.value)
        let aim = goal.map { TimedValue(time: $0.period.time, value: $0.value) }
        let plan = ProgressPlan(method: method, direction: indicator.direction, start: start.timed, target: aim)
        var progress = Progress(basis: basis, from: PeriodValue(period: start.period, value: start.value),
                                current: currentValue, target: goal, measure: plan.measure(current.timed))
        progress.shortTerm = shortTerm(points, current: current, method: method, aim: aim, goal: goal, cut: cut)
        progress.lastYear = lastYear(points, current: current)
        progress.margin = StatusMargin(plan, current: current.timed)
        progress.borderline = progress.margin?.isBorderline(within: borderline) ?? false
        let after = points.firstIndex { $0.time > start.time } ?? points.endIndex
        let tail = points[after...]
        let track = tail.allSatisfy { $0.time > start.time } ? tail : ArraySlice(tail.filter { $0.time > start.time })
        return (progress, ProgressTrack(basis: track, plan: plan))
    }

    /// The same measure from the basis value `indicator.shortTermYears` before the latest (within half a
    /// year), against the same target. When that span would cross the break, from the first value after
    /// it instead, provided a year or more lies between.
    func shortTerm(_ points: ArraySlice<BasisPoint>, current: BasisPoint, method: ProgressMethod, aim: TimedValue?,
                   goal: PeriodValue?, cut: SeriesBreak?) -> ShortTermProgress? {
        let years = indicator.shortTermYears, aimTime = current.time - Double(years)
        var sinceBreak: SeriesBreak? = nil
        let start: BasisPoint
        if let first = points.first, let cut, first.time > aimTime + 0.5 {
            guard current.time - first.time >= 1 else { return nil }
            start = first
            sinceBreak = cut
        } else {
            guard let nearest = Self.nearest(points.dropLast(), to: aimTime), abs(nearest.time - aimTime) <= 0.5 else { return nil }
            start = nearest
        }
        let plan = ProgressPlan(method: method, direction: indicator.direction, start: start.timed, target: aim)
        let measure = plan.measure(current.timed)
        let projected = goal.flatMap { g in measure.projected.flatMap { $0.isFinite ? PeriodValue(period: g.period, value: $0) : nil } }
        var short = ShortTermProgress(years: years, from: PeriodValue(period: start.period, value: start.value),
                                      measure: measure, projected: projected)
        short.sinceBreak = sinceBreak
        return short
    }

    /// The change from the basis value for the same period a year earlier.
    func lastYear(_ points: ArraySlice<BasisPoint>, current: BasisPoint) -> YearChange? {
        let yearAgo = current.period.advanced(by: -indicator.frequency.periodsPerYear)
        guard let before = points.last(where: { $0.period == yearAgo }), before.value != 0 else { return nil }
        return YearChange(from: PeriodValue(period: before.period, value: before.value),
                          change: (current.value - before.value) / abs(before.value))
    }

    /// Sub-annual series compare their trailing twelve months with yearly baselines and targets,
    /// unless the baseline is stated in the indicator's own frequency.
    /// Values derived from running totals are sparse (consecutive totals only): no twelve months of
    /// them add up, so each is judged as it is.
    func basis() -> ProgressBasis {
        guard indicator.frequency != .annual, indicator.cumulativeSince == nil else { return .latest }
        if let baseline = target?.baseline.period, baseline.frequency == indicator.frequency { return .latest }
        return .trailing12Months
    }

    /// The baseline when set; otherwise the basis point nearest five years before the latest.
    func startPoint(_ points: ArraySlice<BasisPoint>, current: BasisPoint) -> BasisPoint? {
        if let baseline = target?.baseline {
            return BasisPoint(period: baseline.period, value: baseline.value, time: baseline.period.time)
        }
        return Self.nearest(points.dropLast(), to: current.time - Self.yearsBackWithoutBaseline)
    }

    /// The point nearest `time`; of two as near, the earlier; of points at one time, the first.
    /// `points` are in time order (basis points are made in the series' order): the nearest is
    /// one of the two around `time`, found by bisection instead of measuring every point.
    static func nearest(_ points: ArraySlice<BasisPoint>, to time: Double) -> BasisPoint? {
        guard !points.isEmpty else { return nil }
        return points.withUnsafeBufferPointer { p in
            var low = 0, high = p.count
            while low < high {
                let mid = (low + high) / 2
                if p[mid].time < time { low = mid + 1 } else { high = mid }
            }
            // p[low] is the first at or after `time`; the one before it is the last before.
            var best = low == p.count || (low > 0 && abs(p[low - 1].time - time) <= abs(p[low].time - time)) ? low - 1 : low
            while best > 0 && p[best - 1].time == p[best].time { best -= 1 }
            return p[best]
        }
    }

    /// `auto` takes growth rates when every value involved is positive.
    func method(_ values: some Sequence<Double>, _ start: Double, _ goal: Double?) -> ProgressMethod {
        switch indicator.progress {
        case .cagr: .cagr
        case .linear: .linear
        case .auto: values.allSatisfy { $0 > 0 } && start > 0 && (goal ?? 1) > 0 ? .cagr : .linear
        }
    }
}
