/// Chooses the values and the test for an indicator's trend, and runs it (docs/assessment.md).
///
/// - 12-month sums are tested one value a year, ending in the latest period: consecutive sums
///   share eleven months, and a test that took them as independent would find a "trend" in
///   the overlap itself.
/// - `auto`, for one value a year: Mann-Kendall, or Hamed-Rao when the detrended values are
///   serially correlated (checked from `minimumAnnualValues` values; fewer cannot show it).
/// - `auto`, for monthly and quarterly values: the seasonal test, or Hipel-McLeod's correlated
///   seasonal test when the deseasonalised, detrended values are serially correlated (checked
///   from `minimumCycles` full years).
enum TrendSelection {
    /// Below this many values a lag-1 autocorrelation cannot be told from noise (its 5 % bound
    /// is ±0.62 at n = 10 and wider below).
    static let minimumAnnualValues = 10
    /// Full years the correlated seasonal test needs before its covariances mean anything.
    static let minimumCycles = 5

    /// `points`: the trend window, in time order.
    static func reading(_ points: [TimePoint], indicator: Indicator) -> TrendReading? {
        guard !points.isEmpty else { return nil }
        let perYear = indicator.frequency.periodsPerYear
        let slopeOf = SlopeOf(indicator)
        if indicator.values == .rolling12Months || perYear == 1 {
            let yearly = perYear == 1 ? points : nonOverlapping(points, periodsPerYear: perYear)
            let basis: TrendBasis = perYear == 1 ? .allValues : .nonOverlapping12Months
            let (kind, choice) = annualTest(yearly, indicator.trendTest)
            return TrendReading(result: run(kind, yearly), basis: basis, slopeOf: slopeOf, choice: choice)
        }
        var window = SeasonalWindow(points, period: perYear)
        let (kind, choice) = seasonalTest(&window, indicator.trendTest)
        let result = switch kind {
        case .correlatedSeasonal: window.correlatedTest()
        case .seasonalMannKendall: window.seasonalTest()
        default: run(kind, points, periodsPerYear: perYear)
        }
        return TrendReading(result: result, basis: .allValues, slopeOf: slopeOf, choice: choice)
    }

    // MARK: One value a year

    static func annualTest(_ points: [TimePoint], _ choice: TrendTestChoice) -> (TrendTestKind, TrendTestChoiceReason) {
        if case .fixed(let kind) = choice { return (kind.nonSeasonal, .configured) }
        guard points.count >= minimumAnnualValues else {
            return (.mannKendall, .tooShortToCheck(have: points.count, need: minimumAnnualValues, fullYears: false))
        }
        guard let check = SerialCorrelation.ofDetrended(points) else { return (.mannKendall, .cannotEstimate) }
        return (check.significant ? .hamedRao : .mannKendall, .checked(check))
    }

    /// The values ending in the latest period's month (or quarter), one a year, on a grid of years.
    static func nonOverlapping(_ points: [TimePoint], periodsPerYear: Int) -> [TimePoint] {
        guard let latest = points.last?.position else { return [] }
        let phase = SeasonSplit.season(latest, periodsPerYear)
        return points.compactMap { p in
            SeasonSplit.season(p.position, periodsPerYear) == phase
                ? TimePoint(position: (p.position - phase) / periodsPerYear, value: p.value) : nil
        }
    }

    static func run(_ kind: TrendTestKind, _ points: [TimePoint], periodsPerYear: Int = 1) -> TrendResult {
        switch kind {
        case .hamedRao: TrendTest.hamedRao(points, periodsPerYear: periodsPerYear)
        // Lag 1, as Yue & Wang (2004) do: every lag unscreened shrinks Var(S) on noise.
        case .yueWang: TrendTest.yueWang(points, periodsPerYear: periodsPerYear, lags: 1)
        case .mannKendall, .seasonalMannKendall, .correlatedSeasonal:
            TrendTest.mannKendall(points, periodsPerYear: periodsPerYear)
        }
    }

    // MARK: Monthly and quarterly values

    /// The test and why; `window` keeps the check's seasonal slope for the correlated test.
    static func seasonalTest(_ window: inout SeasonalWindow,
                             _ choice: TrendTestChoice) -> (TrendTestKind, TrendTestChoiceReason) {
        if case .fixed(let kind) = choice { return (kind, .configured) }
        let period = window.period
        let complete = window.completeCycles
        guard complete >= minimumCycles else {
            return (.seasonalMannKendall, .tooShortToCheck(have: complete, need: minimumCycles, fullYears: true))
        }
        guard let check = SerialCorrelation.ofDeseasonalized(ordered: window.orderedCycles, period: period,
                                                             seasonalSlope: { window.slopeOfCycles($0) }) else {
            return (.seasonalMannKendall, .cannotEstimate)
        }
        return (check.significant ? .correlatedSeasonal : .seasonalMannKendall, .checked(check))
    }

    /// The points from the start of the oldest year-long block that ends a whole number of
    /// years before the latest period: blocks then end in the latest month, so the newest data
    /// are never the partial year a block test drops. Points in time order give their own tail,
    /// shared rather than copied.
    static func endingInLatest(_ points: [TimePoint], period: Int) -> ArraySlice<TimePoint> {
        guard let first = points.first?.position, let last = points.last?.position else { return points[...] }
        let start = first + (last - first + 1) % period
        guard points.isSorted else { return ArraySlice(points.filter { $0.position >= start }) }
        return points[(points.firstIndex { $0.position >= start } ?? points.endIndex)...]
    }

    /// Blocks of `period` consecutive positions, from the first point, with no value missing.
    static func completeCycles(_ points: ArraySlice<TimePoint>, period: Int) -> Int {
        guard let first = points.first?.position else { return 0 }
        var complete = 0, block = 0, filled = 0
        // The current block's positions, [low, low + period): a point inside is in the same block
        // without the division that places it, which only a point outside (or out of order,
        // before the first) needs.
        var low = first
        for p in points {  // in time order, one value a position
            if block < 0 || p.position < low || p.position >= low + period {
                let b = (p.position - first) / period
                if b != block {
                    if filled == period { complete += 1 }
                    block = b
                    filled = 0
                }
                low = first + block * period
            }
            filled += 1
        }
        return filled == period ? complete + 1 : complete
    }
}

extension TrendTestKind {
    /// The test for one value a year: seasonal tests have no seasons to compare there.
    var nonSeasonal: TrendTestKind {
        switch self {
        case .seasonalMannKendall: .mannKendall
        case .correlatedSeasonal: .hamedRao
        default: self
        }
    }
}
