/// The individuals chart of one indicator with its signals, assurance and change points (methods.md §4–5).
public struct ProcessControl: Hashable, Sendable {
    /// The charted window: the trend window (configured years, else since the baseline, else all data).
    public let from: Period
    public let to: Period
    public let chart: ControlChart
    public let signals: [ProcessSignal]
    /// The target on the chart's scale (a value per period), when a target is in force.
    public let target: Double?
    public let assurance: Assurance?
    /// Changes of regime over the record, in time order.
    public let changes: [ChangePoint]
    public let variation: Variation

    /// Nil with fewer than two points in the window. `points` are the window's observations on
    /// the time grid (the trend test's input too). The indicator is borrowed: an initialiser owns
    /// its arguments by default, and passing one meant a copy of the whole indicator (its strings
    /// retained and released) each assessment.
    /// `record` is shared with the series, not copied: a copy retained and released every string
    /// of every observation, and only annual series read it.
    init?(window: ArraySlice<Observation>, points: [TimePoint], record: ArraySlice<Observation>, indicator: borrowing Indicator,
          target: PeriodValue?, settings: ProcessControlSettings) {
        let values = points.map(\.value)
        guard let chart = ControlChart(values, floor: indicator.cannotBeNegative ? 0 : nil), !window.isEmpty else { return nil }
        let window = Window(observations: window)
        from = window.period(0)
        to = window.period(window.observations.count - 1)
        self.chart = chart
        let found = SpecialCauses.detect(values, chart: chart, settings: settings.specialCauses)
        signals = found.map { s in
            ProcessSignal(test: s.test, side: s.side, reading: s.side.reading(for: indicator.direction),
                          from: window.period(s.first), to: window.period(s.last))
        }
        let scaled = target.map { ChartScale.perPeriod($0, indicator: indicator) }
        self.target = scaled
        assurance = scaled.map { Assurance(target: $0, chart: chart, direction: indicator.direction) }
        changes = Self.changes(window: window, points: points, record: record, indicator: indicator, chart: chart, settings: settings)
        variation = Self.variation(found, lastIndex: values.count - 1, direction: indicator.direction)
    }

    /// Annual series: the break search over the whole record (a break needs years on both sides).
    /// Monthly and quarterly: CUSUM over the window, with its first year as the reference level.
    static func changes(window: Window, points: [TimePoint], record: ArraySlice<Observation>, indicator: Indicator,
                        chart: ControlChart, settings: ProcessControlSettings) -> [ChangePoint] {
        if indicator.frequency == .annual {
            guard let fit = BreakSearch.best(times: record.map(\.period.time), values: record.map(\.value),
                                             maxBreaks: settings.maxBreaks) else { return [] }
            return fit.breaks.enumerated().map { k, j in
                .trendChange(at: record[record.startIndex + j].period, slopeBefore: fit.slopes[k], slopeAfter: fit.slopes[k + 1])
            }
        }
        // Seasonally adjusted values, and a full year as reference: the season must not pass for a shift.
        let reference = max(8, indicator.frequency.periodsPerYear)
        let adjusted = Deseasonalize.values(points, period: indicator.frequency.periodsPerYear)
        return settings.cusum.changes(adjusted, reference: reference, sigma: chart.sigma).map { s in
            .levelShift(start: window.period(s.changeStart), detected: window.period(s.detectedAt),
                        side: s.side, previousLevel: s.reference, steps: s.steps)
        }
    }

    /// The charted observations by position from 0, as the chart's signals count them.
    struct Window {
        let observations: ArraySlice<Observation>

        /// The period at `position`, read in place: an observation copied out retains and releases
        /// its strings, and the signals of a series ask for dozens of periods.
        func period(_ position: Int) -> Period {
            observations.withUnsafeBufferPointer { $0[position].period }
        }
    }

    /// Special cause when a signal covers the latest point; concern wins when both readings do.
    static func variation(_ signals: [ControlSignal], lastIndex: Int, direction: Direction) -> Variation {
        // In one pass, without the arrays a filter and a map would allocate each assessment.
        var variation = Variation.commonCause
        for s in signals where s.last == lastIndex {
            if s.side.reading(for: direction) == .concern { return .concern }
            variation = .improvement
        }
        return variation
    }
}
