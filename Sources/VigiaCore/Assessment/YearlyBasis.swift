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
            return trailing(observations, frequency: frequency, aggregate: aggregate, breaks: breaks)
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
    /// not by a second pass over the points. Read through a buffer: an observation copied out of
    /// an array retains and releases its strings.
    private static func trailing(_ observations: [Observation], frequency: Frequency, aggregate: Aggregate,
                                 breaks: [SeriesBreak]) -> [BasisPoint] {
        let n = frequency.periodsPerYear
        let shift = 1 / Double(n) - 1
        let straddled = BreakWindows(breaks, frequency: frequency, span: n - 1)
        return observations.withUnsafeBufferPointer { observations in
            var points: [BasisPoint] = []
            points.reserveCapacity(observations.count)
            var sums = aggregate == .last ? nil : TrailingSums(observations, count: n)
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

    /// The ends of the trailing windows that straddle a break: `straddles` for each break, by
    /// ordinal ranges worked out once for the breaks (and ends) of the indicator's frequency.
    private struct BreakWindows {
        let frequency: Frequency
        let span: Int
        let cuts: [Period]
        /// The window ends each break of `frequency` straddles.
        let ends: [Range<Int>]
        /// Some break has another frequency.
        let mixed: Bool

        init(_ breaks: [SeriesBreak], frequency: Frequency, span: Int) {
            self.frequency = frequency
            self.span = span
            cuts = breaks.map(\.period)
            ends = cuts.lazy.filter { $0.frequency == frequency }.map { $0.ordinal..<($0.ordinal + span) }
            mixed = ends.count != cuts.count
        }

        func contains(_ end: Period) -> Bool {
            guard !cuts.isEmpty else { return false }
            guard end.frequency == frequency, !mixed else { return cuts.contains { straddles($0, end: end, span: span) } }
            let e = end.ordinal
            return ends.contains { $0.contains(e) }
        }
    }
}
