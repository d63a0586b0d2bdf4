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
    static func points(_ observations: [Observation], basis: ProgressBasis, frequency: Frequency,
                       aggregate: Aggregate) -> [BasisPoint] {
        switch basis {
        case .latest:
            return observations.map { BasisPoint(period: $0.period, value: $0.value, time: $0.period.time) }
        case .trailing12Months:
            return trailing(observations, frequency: frequency, aggregate: aggregate)
        }
    }

    private static func trailing(_ observations: [Observation], frequency: Frequency,
                                 aggregate: Aggregate) -> [BasisPoint] {
        let n = frequency.periodsPerYear
        let shift = 1 / Double(n) - 1
        guard aggregate != .last else {
            return observations.map { BasisPoint(period: $0.period, value: $0.value, time: $0.period.time + shift) }
        }
        var byOrdinal: [Int: Double] = [:]
        for o in observations { byOrdinal[o.period.ordinal] = o.value }
        return observations.compactMap { o in
            let window = (0..<n).compactMap { byOrdinal[o.period.ordinal - $0] }
            guard window.count == n else { return nil }
            let total = window.reduce(0, +)
            let value = aggregate == .sum ? total : total / Double(n)
            return BasisPoint(period: o.period, value: value, time: o.period.time + shift)
        }
    }
}
