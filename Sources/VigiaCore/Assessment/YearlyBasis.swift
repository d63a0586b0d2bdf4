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
            let span = frequency.periodsPerYear - 1
            return points.filter { p in !breaks.contains { $0.period > p.period.advanced(by: -span) && $0.period <= p.period } }
        }
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
        guard let table = OrdinalTable(observations) else { return [] }
        var points: [BasisPoint] = []
        points.reserveCapacity(observations.count)
        for o in observations {
            let end = o.period.ordinal
            var total = 0.0, complete = true
            for k in 0..<n {
                guard let value = table[end - k] else { complete = false; break }
                total += value
            }
            guard complete else { continue }
            let value = aggregate == .sum ? total : total / Double(n)
            points.append(BasisPoint(period: o.period, value: value, time: o.period.time + shift))
        }
        return points
    }
}

/// Values by period ordinal over a series' span; the last observation of a period wins, as in a dictionary.
private struct OrdinalTable {
    let first: Int
    var values: [Double]
    var present: [Bool]

    init?(_ observations: [Observation]) {
        guard let low = observations.lazy.map(\.period.ordinal).min(),
              let high = observations.lazy.map(\.period.ordinal).max() else { return nil }
        first = low
        values = Array(repeating: 0, count: high - low + 1)
        present = Array(repeating: false, count: high - low + 1)
        for o in observations {
            values[o.period.ordinal - low] = o.value
            present[o.period.ordinal - low] = true
        }
    }

    subscript(ordinal: Int) -> Double? {
        let i = ordinal - first
        return i >= 0 && i < values.count && present[i] ? values[i] : nil
    }
}
