/// One indicator, evaluated at the as-of date.
public struct Assessment: Sendable {
    public let indicator: Indicator
    public let target: Target?
    /// The target revision in force at the as-of date.
    public let effectiveTarget: TargetRevision?
    /// The national series known at the as-of date, in time order.
    public let series: [Observation]
    public let trend: TrendResult?
    public let progress: Progress
    /// The values progress is measured on (trailing twelve months for sub-annual series with
    /// annual targets): what a chart should draw next to the target path.
    public let basisSeries: [BasisPoint]

    public var latest: Observation? { series.last }

    /// Relative change of the latest value from the same period a year earlier; nil without one.
    public var yearOnYearChange: Double? {
        guard let latest else { return nil }
        let yearAgo = latest.period.advanced(by: -indicator.frequency.periodsPerYear)
        guard let before = series.last(where: { $0.period == yearAgo }), before.value != 0 else { return nil }
        return (latest.value - before.value) / abs(before.value)
    }
    public var status: ProgressStatus { progress.status }
}
