/// One indicator, evaluated at the as-of date.
public struct Assessment: Sendable {
    public let indicator: Indicator
    public let target: Target?
    /// The target revision in force at the as-of date.
    public let effectiveTarget: TargetRevision?
    /// The national series known at the as-of date, in time order.
    public let series: [Observation]
    /// The points the trend test and the control chart look at (see `Assessor.trendWindow`): the
    /// latest part of `series`, sharing its storage.
    public let window: ArraySlice<Observation>
    public let trend: TrendResult?
    public let progress: Progress
    /// The series progress is measured on: the values, or their trailing twelve months.
    public let basisSeries: [BasisPoint]
    /// Progress at every basis point after the start, for dating flags.
    public let track: ProgressTrack
    /// The individuals chart of the window; nil with fewer than two points.
    public let control: ProcessControl?
    /// Lessons-learned flags, most severe first; filled in by `Dashboard.evaluate`.
    public internal(set) var flags: [Flag] = []
    /// The states at the latest period with sub-national data, when the data has any.
    public internal(set) var ranking: StateRanking?

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
