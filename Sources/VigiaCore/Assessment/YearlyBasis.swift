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
    /// `wholeRun`: whether the observations are a whole run (`TrailingSums.isWholeRun`), when known.
    static func points(_ observations: [Observation], basis: ProgressBasis, frequency: Frequency,
                       aggregate: Aggregate, breaks: [SeriesBreak] = [], wholeRun: Bool? = nil) -> [BasisPoint] {
        switch basis {
        case .latest:
            return observations.map { BasisPoint(period: $0.period, value: $0.value, time: $0.period.time) }
        case .trailing12Months:
            return trailing(observations, frequency: frequency, aggregate: aggregate, breaks: breaks, wholeRun: wholeRun)
        }
    }

    /// True when the break at `cut` falls in the window of `span` periods before `end` and `end`
    /// itself, but not at its start. By ordinals when the periods share a frequency (a whole
    /// trailing series is filtered per assessment), else by the general comparison.
    private static func straddles(_ cut: Period, end: Period, span: Int) -> Bool {
        guard cut.frequency == end.frequency else { return cut > end.advanced(by: -span) && cut <= end }
        let c = cut.ordinal, e = end.ordinal
        return c > e - span && c <= e
    }

    /// The trailing windows (`TrailingSums`), or the values themselves when they already are
    /// 12-month sums, without the windows that straddle a break: checked as each point is made,
    /// not by a second pass over the points. Read through buffers: an element copied out of an
    /// array retains and releases its strings, an observation's codes or a break's notes.
    private static func trailing(_ observations: [Observation], frequency: Frequency, aggregate: Aggregate,
                                 breaks: [SeriesBreak], wholeRun: Bool?) -> [BasisPoint] {
        let n = frequency.periodsPerYear
        let shift = 1 / Double(n) - 1
        return observations.withUnsafeBufferPointer { observations in
            breaks.withUnsafeBufferPointer { breaks in
                let straddled = BreakWindows(breaks, frequency: frequency, span: n - 1)
                if aggregate != .last, TrailingSums.isExactRun(observations, count: n, wholeRun: wholeRun) {
                    return running(observations, count: n, mean: aggregate != .sum, shift: shift, straddled: straddled)
                }
                var points: [BasisPoint] = []
                points.reserveCapacity(observations.count)
                let sums = aggregate == .last ? nil : TrailingSums(observations, count: n)
                for i in observations.indices {
                    let value: Double
                    if sums == nil {
                        value = observations[i].value
                    } else {
                        guard let total = sums?.total(endingAt: i) else { continue }
                        value = aggregate == .sum ? total : total / Double(n)
                    }
                    let period = observations[i].period
                    guard !straddled.contains(period) else { continue }
                    points.append(BasisPoint(period: period, value: value, time: period.time + shift))
                }
                return points
            }
        }
    }

    /// The usual case, counts of consecutive periods: every window from the `count`-th value on is
    /// complete, and its total is a running one (exact, `TrailingSums.isExactRun`), written
    /// straight into the result. The points `trailing`'s general loop makes, bit for bit, without
    /// its optional sums asked per observation. Every window is made first, in a loop with nothing
    /// else to hold (with the break checks in it, its values spilled to memory and a point cost
    /// seventy instructions); those that straddle a break are then taken out, looked for only
    /// among the ends a break could reach (`BreakWindows.ends`).
    private static func running(_ observations: UnsafeBufferPointer<Observation>, count n: Int, mean: Bool,
                                shift: Double, straddled: BreakWindows) -> [BasisPoint] {
        guard observations.count >= n else { return [] }
        // The periods' places in their year divided out once each, not once a point: waiting on
        // that division was half of this loop's time. A run's periods share the first's frequency.
        let frequency = observations[0].period.frequency
        var points = withUnsafeTemporaryAllocation(of: Double.self, capacity: frequency.periodsPerYear) { fractions in
            Period.yearFractions(frequency, into: fractions)
            return windows(observations, count: n, mean: mean, shift: shift, fractions: UnsafeBufferPointer(fractions))
        }
        // The window ending at observation i is point i − (n − 1).
        let checked = straddled.ends(amongRun: observations).clamped(to: (n - 1)..<observations.count)
        guard !checked.isEmpty else { return points }
        let reach = (checked.lowerBound - (n - 1))..<(checked.upperBound - (n - 1))
        var kept = reach.lowerBound
        for k in reach where !straddled.contains(points[k].period) {
            points[kept] = points[k]
            kept += 1
        }
        points.removeSubrange(kept..<reach.upperBound)
        return points
    }

    /// Every window's point, in a loop with nothing else to hold (`running`).
    private static func windows(_ observations: UnsafeBufferPointer<Observation>, count n: Int, mean: Bool,
                                shift: Double, fractions: UnsafeBufferPointer<Double>) -> [BasisPoint] {
        let windows = observations.count - n + 1
        return [BasisPoint](unsafeUninitializedCapacity: windows) { points, made in
            let x = observations.baseAddress! + (n - 1), out = points.baseAddress!
            var total = 0.0
            for i in 0..<(n - 1) { total += observations[i].value }
            // Window k ends at x[k]; the first has no value leaving it.
            @inline(__always) func make(_ k: Int) {
                let period = x[k].period
                (out + k).initialize(to: BasisPoint(period: period, value: mean ? total / Double(n) : total,
                                                    time: period.time(fractions: fractions) + shift))
            }
            total += x[0].value
            make(0)
            for k in 1..<windows {
                total += x[k].value
                total -= x[k - n].value
                make(k)
            }
            made = windows
        }
    }

    /// The ends of the trailing windows that straddle a break (`straddles`). Most ends lie outside
    /// the ordinals any break of the indicator's frequency could reach, a range worked out once:
    /// those are settled by two comparisons, without going through the breaks.
    private struct BreakWindows {
        let breaks: UnsafeBufferPointer<SeriesBreak>
        let frequency: Frequency
        let span: Int
        /// The ends the breaks of `frequency` straddle lie in it; nil when a break has another frequency.
        let reach: Range<Int>?

        init(_ breaks: UnsafeBufferPointer<SeriesBreak>, frequency: Frequency, span: Int) {
            self.breaks = breaks
            self.frequency = frequency
            self.span = span
            var low = Int.max, high = Int.min
            for k in breaks.indices where breaks[k].period.frequency == frequency {
                low = min(low, breaks[k].period.ordinal)
                high = max(high, breaks[k].period.ordinal + span)
            }
            let mixed = breaks.indices.contains { breaks[$0].period.frequency != frequency }
            reach = mixed ? nil : (low < high ? low..<high : 0..<0)
        }

        /// The indices of a run of consecutive periods of one frequency (`TrailingSums.isExactRun`)
        /// whose ends `contains` must look at: outside them it answers false. All of them when a
        /// break has another frequency, or the run has.
        func ends(amongRun run: UnsafeBufferPointer<Observation>) -> Range<Int> {
            guard let reach, let first = run.firstPeriod, first.frequency == frequency else { return run.indices }
            let start = first.ordinal
            return max(0, min(run.count, reach.lowerBound - start))..<max(0, min(run.count, reach.upperBound - start))
        }

        @inline(__always) func contains(_ end: Period) -> Bool {
            if end.frequency == frequency, let reach, !reach.contains(end.ordinal) { return false }
            return breaks.indices.contains { straddles(breaks[$0].period, end: end, span: span) }
        }
    }
}
