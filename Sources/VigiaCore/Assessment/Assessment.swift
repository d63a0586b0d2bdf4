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

    public var latest: Observation? { series.last }
    public var status: ProgressStatus { progress.status }
}
