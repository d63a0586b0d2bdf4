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
        let ordered = series.sorted { $0.period < $1.period }
        let effective = target?.effective(asOf: asOf)
        let window = ordered.last.map { trendWindow(ordered, latest: $0.period) } ?? []
        let basis = basis()
        let points = YearlyBasis.points(ordered, basis: basis, frequency: indicator.frequency,
                                        aggregate: indicator.aggregate)
        let (progress, track) = progress(points, basis: basis, effective)
        let control = ProcessControl(window: window, record: ordered, indicator: indicator,
                                     target: effective?.target, settings: control)
        return Assessment(indicator: indicator, target: target, effectiveTarget: effective, series: ordered,
                          window: window, trend: trend(window), progress: progress, basisSeries: points,
                          track: track, control: control)
    }

    // MARK: Trend

    func trend(_ window: [Observation]) -> TrendResult? {
        guard !window.isEmpty else { return nil }
        return TrendTest.forFrequency(indicator.frequency, points: window.map(TimePoint.init))
    }

    /// The configured window of years, else since the baseline, else all data.
    func trendWindow(_ series: [Observation], latest: Period) -> [Observation] {
        if let years = indicator.trendWindowYears {
            let first = latest.ordinal - years * indicator.frequency.periodsPerYear
            return series.filter { $0.period.ordinal > first }
        }
        if let baseline = target?.baseline.period {
            return series.filter { $0.period.time >= baseline.time }
        }
        return series
    }

    // MARK: Progress

    /// Progress at the latest basis point, and the same measure at every basis point after the start.
    func progress(_ points: [BasisPoint], basis: ProgressBasis,
                  _ effective: TargetRevision?) -> (Progress, ProgressTrack) {
        let goal = effective?.target
        let empty = ProgressTrack(points: [])
        guard let current = points.last else {
            return (.notAssessable(basis: basis, from: target?.baseline, target: goal), empty)
        }
        let currentValue = PeriodValue(period: current.period, value: current.value)
        guard let start = startPoint(points, current: current) else {
            return (.notAssessable(basis: basis, current: currentValue, target: goal), empty)
        }
        let method = method(points.map(\.value) + [start.value] + (goal.map { [$0.value] } ?? []))
        let aim = goal.map { TimedValue(time: $0.period.time, value: $0.value) }
        func measure(_ point: BasisPoint) -> ProgressMeasure {
            ProgressMeasure(method: method, direction: indicator.direction, start: start.timed,
                            current: point.timed, target: aim)
        }
        let progress = Progress(basis: basis, from: PeriodValue(period: start.period, value: start.value),
                                current: currentValue, target: goal, measure: measure(current))
        let track = ProgressTrack(points: points.filter { $0.time > start.time }.map {
            ProgressPoint(period: $0.period, value: $0.value, measure: measure($0))
        })
        return (progress, track)
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
    func method(_ values: [Double]) -> ProgressMethod {
        switch indicator.progress {
        case .cagr: .cagr
        case .linear: .linear
        case .auto: values.allSatisfy { $0 > 0 } ? .cagr : .linear
        }
    }
}
