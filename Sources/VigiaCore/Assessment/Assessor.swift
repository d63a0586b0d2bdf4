/// Evaluates one indicator at an as-of date: trend, progress, status, process control (methods.md §1–5).
public struct Assessor: Sendable {
    /// Years back for the start point when no baseline is set (Eurostat's short-term window).
    public static let shortTermYears = 5.0

    public let indicator: Indicator
    public let target: Target?
    public let asOf: CalendarDate
    public let control: ProcessControlSettings

    public init(indicator: Indicator, target: Target?, asOf: CalendarDate, control: ProcessControlSettings = .standard) {
        self.indicator = indicator
        self.target = target
        self.asOf = asOf
        self.control = control
    }

    /// `series` is the indicator's national series, already limited to what was known at `asOf`.
    public func assess(_ series: [Observation]) -> Assessment {
        let ordered = Self.inTimeOrder(series)
        let effective = target?.effective(asOf: asOf)
        let window = ordered.last.map { trendWindow(ordered, latest: $0.period) } ?? []
        let points = window.map(TimePoint.init)
        let basis = basis()
        let basisSeries = YearlyBasis.points(ordered, basis: basis, frequency: indicator.frequency,
                                             aggregate: indicator.aggregate)
        let (progress, track) = progress(basisSeries, basis: basis, effective)
        let control = ProcessControl(window: window, points: points, record: ordered, indicator: indicator,
                                     target: effective?.target, settings: control)
        return Assessment(indicator: indicator, target: target, effectiveTarget: effective, series: ordered,
                          window: window, trend: trend(points), progress: progress, basisSeries: basisSeries,
                          track: track, control: control)
    }

    /// Series arrive in time order from every reader; sorting is only needed when one does not.
    static func inTimeOrder(_ series: [Observation]) -> [Observation] {
        for i in series.indices.dropFirst() where series[i].period < series[i - 1].period {
            return series.sorted { $0.period < $1.period }
        }
        return series
    }

    // MARK: Trend

    func trend(_ points: [TimePoint]) -> TrendResult? {
        guard !points.isEmpty else { return nil }
        return TrendTest.forFrequency(indicator.frequency, points: points)
    }

    /// The configured window of years, else since the baseline, else all data: the latest part of
    /// the series, shared with it rather than copied.
    func trendWindow(_ series: [Observation], latest: Period) -> ArraySlice<Observation> {
        if let years = indicator.trendWindowYears {
            let first = latest.ordinal - years * indicator.frequency.periodsPerYear
            return Self.tail(series) { $0.period.ordinal > first }
        }
        if let baseline = target?.baseline.period {
            return Self.tail(series) { $0.period.time >= baseline.time }
        }
        return series[...]
    }

    /// The observations where `holds` is true: the tail from the first of them when they form
    /// one (the usual case, a series in time order), else a filtered copy.
    static func tail(_ series: [Observation], where holds: (Observation) -> Bool) -> ArraySlice<Observation> {
        guard let first = series.firstIndex(where: holds) else { return [] }
        let tail = series[first...]
        return tail.allSatisfy(holds) ? tail : ArraySlice(tail.filter(holds))
    }

    // MARK: Progress

    /// Progress at the latest basis point, and the same measure at every basis point after the start.
    func progress(_ points: [BasisPoint], basis: ProgressBasis,
                  _ effective: TargetRevision?) -> (Progress, ProgressTrack) {
        let goal = effective?.target
        guard let current = points.last else {
            return (.notAssessable(basis: basis, from: target?.baseline, target: goal), .empty)
        }
        let currentValue = PeriodValue(period: current.period, value: current.value)
        guard let start = startPoint(points, current: current) else {
            return (.notAssessable(basis: basis, current: currentValue, target: goal), .empty)
        }
        let method = method(points.lazy.map(\.value), start.value, goal?.value)
        let aim = goal.map { TimedValue(time: $0.period.time, value: $0.value) }
        let plan = ProgressPlan(method: method, direction: indicator.direction, start: start.timed, target: aim)
        let progress = Progress(basis: basis, from: PeriodValue(period: start.period, value: start.value),
                                current: currentValue, target: goal, measure: plan.measure(current.timed))
        let after = points.firstIndex { $0.time > start.time } ?? points.endIndex
        let tail = points[after...]
        let track = tail.allSatisfy { $0.time > start.time } ? tail : ArraySlice(tail.filter { $0.time > start.time })
        return (progress, ProgressTrack(basis: track, plan: plan))
    }

    /// Sub-annual series compare their trailing twelve months with yearly baselines and targets,
    /// unless the baseline is stated in the indicator's own frequency.
    func basis() -> ProgressBasis {
        guard indicator.frequency != .annual else { return .latest }
        if let baseline = target?.baseline.period, baseline.frequency == indicator.frequency { return .latest }
        return .trailing12Months
    }

    /// The baseline when set; otherwise the basis point nearest five years before the latest.
    func startPoint(_ points: [BasisPoint], current: BasisPoint) -> BasisPoint? {
        if let baseline = target?.baseline {
            return BasisPoint(period: baseline.period, value: baseline.value, time: baseline.period.time)
        }
        let aim = current.time - Self.shortTermYears
        return points.dropLast().min { a, b in
            let da = abs(a.time - aim), db = abs(b.time - aim)
            return da != db ? da < db : a.time < b.time
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
