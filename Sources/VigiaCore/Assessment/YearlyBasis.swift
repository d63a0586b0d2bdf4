/// Which values progress compares: the raw latest value, or the trailing twelve months.
public enum ProgressBasis: String, Sendable {
    case latest
    case trailing12Months = "trailing-12-months"
}

/// A value of the progress basis series, labelled by the period it ends with.
public struct BasisPoint: Hashable, Sendable {
    public let period: Period
    public let value: Double
    /// Position on the time axis in years, comparable with annual baselines and targets.
    public let time: Double

    public var timed: TimedValue { TimedValue(time: time, value: value) }
}

/// Builds the series that progress is measured on (design.md: officials think in yearly totals).
///
/// A trailing-twelve-month value ending in month m of year Y covers the same span as an
/// annual value for "year" Y + (m − 12)/12, and is placed there on the time axis: the window
/// ending in December 2024 sits at 2024.0, exactly where the annual value for 2024 sits.
enum YearlyBasis {
    /// The basis points from the break on (all of them without one).
    static func since(_ cut: SeriesBreak?, _ points: [BasisPoint]) -> ArraySlice<BasisPoint> {
        guard let cut else { return points[...] }
        return points[(points.firstIndex { $0.period >= cut.period } ?? points.endIndex)...]
    }

    /// A trailing window that straddles a break mixes two measures: it is left out (`breaks`
    /// in time order).
    static func points(_ observations: [Observation], basis: ProgressBasis, frequency: Frequency,
                       aggregate: Aggregate, breaks: [SeriesBreak] = []) -> [BasisPoint] {
        switch basis {
        case .latest:
            return observations.map { BasisPoint(period: $0.period, value: $0.value, time: $0.period.time) }
        case .trailing12Months:
            let points = trailing(observations, frequency: frequency, aggregate: aggregate)
            guard !breaks.isEmpty else { return points }
            let span = frequency.periodsPerYear - 1, cuts = breaks.map(\.period)
            func kept(_ p: BasisPoint) -> Bool { !cuts.contains { straddles($0, end: p.period, span: span) } }
            // Usually no window straddles a break: the points as they are, without a copy. Every
            // period of the indicator's frequency: the windows that straddle a break end in
            // [break, break + span], a range of ordinals checked without comparing periods.
            if let dropped = droppedEnds(cuts, frequency: frequency, span: span),
               !points.contains(where: { p in p.period.frequency != frequency || dropped.contains { $0.contains(p.period.ordinal) } }) {
                return points
            }
            return points.allSatisfy(kept) ? points : points.filter(kept)
        }
    }

    /// The ordinals of the window ends each break straddles, when every break has `frequency`.
    private static func droppedEnds(_ cuts: [Period], frequency: Frequency, span: Int) -> [Range<Int>]? {
        guard cuts.allSatisfy({ $0.frequency == frequency }) else { return nil }
        return cuts.map { $0.ordinal..<($0.ordinal + span) }
    }

    /// True when the break at `cut` falls in the window of `span` periods before `end` and `end`
    /// itself, but not at its start. By ordinals when the periods share a frequency (a whole
    /// trailing series is filtered per assessment), else by the general comparison.
    private static func straddles(_ cut: Period, end: Period, span: Int) -> Bool {
        guard cut.frequency == end.frequency else { return cut > end.advanced(by: -span) && cut <= end }
        let c = cut.ordinal, e = end.ordinal
        return c > e - span && c <= e
    }

    /// A window counts only when all n periods are present. Values are looked up in a dense
    /// table over the series' span (not a dictionary: ten thousand municipal series are built per
    /// evaluation) and summed newest first, as always, so totals do not change by a rounding.
    private static func trailing(_ observations: [Observation], frequency: Frequency,
                                 aggregate: Aggregate) -> [BasisPoint] {
        let n = frequency.periodsPerYear
        let shift = 1 / Double(n) - 1
        guard aggregate != .last else {
            return observations.map { BasisPoint(period: $0.period, value: $0.value, time: $0.period.time + shift) }
        }
        return observations.withUnsafeBufferPointer { observations in
            guard let table = OrdinalTable(observations) else { return [] }
            var points: [BasisPoint] = []
            points.reserveCapacity(observations.count)
            for i in observations.indices {
                let period = observations[i].period
                guard let total = table.sumEnding(at: period.ordinal, count: n) else { continue }
                let value = aggregate == .sum ? total : total / Double(n)
                points.append(BasisPoint(period: period, value: value, time: period.time + shift))
            }
            return points
        }
    }
}

/// Values by period ordinal over a series' span; the last observation of a period wins, as in a
/// dictionary. Read through a buffer of the observations: copying an observation out of an
/// array copies its strings' references too, and a basis reads every one.
private struct OrdinalTable {
    let first: Int
    var values: [Double]
    /// How many consecutive periods, ending at each one, have a value: a window of n periods
    /// ending there is complete when this is n or more.
    var run: [Int]

    init?(_ observations: UnsafeBufferPointer<Observation>) {
        guard !observations.isEmpty else { return nil }
        var low = Int.max, high = Int.min
        for i in observations.indices {
            let ordinal = observations[i].period.ordinal
            low = min(low, ordinal)
            high = max(high, ordinal)
        }
        first = low
        values = Array(zeros: high - low + 1)
        run = Array(zeros: high - low + 1)
        values.withUnsafeMutableBufferPointer { values in
            run.withUnsafeMutableBufferPointer { run in
                for i in observations.indices {
                    let k = observations[i].period.ordinal - low
                    values[k] = observations[i].value
                    run[k] = 1
                }
                for k in run.indices.dropFirst() where run[k] > 0 { run[k] = run[k - 1] + 1 }
            }
        }
    }

    /// The sum of the `count` values ending at `ordinal`, newest first from zero; nil when one is missing.
    func sumEnding(at ordinal: Int, count: Int) -> Double? {
        let end = ordinal - first
        guard end >= 0, end < values.count, run[end] >= count else { return nil }
        return values.withUnsafeBufferPointer { values in
            var total = 0.0
            for k in 0..<count { total += values[end - k] }
            return total
        }
    }
}
