/// Progress over the last few years, beside the long term (Eurostat's SDG monitoring assesses
/// every indicator both ways): the same ratio and thresholds, from the value `years` before the
/// latest instead of from the baseline, against the same target.
public struct ShortTermProgress: Hashable, Sendable {
    public let years: Int
    public let from: PeriodValue
    public let measure: ProgressMeasure
    /// The target's period, with the value reached at the short-term rate.
    public let projected: PeriodValue?
    /// Set when the span would cross a break: the short term then starts at the break instead.
    public var sinceBreak: SeriesBreak? = nil

    public var status: ProgressStatus { measure.status }
}

/// The change of the progress basis over the last year: context beside the statuses, never a status.
public struct YearChange: Hashable, Sendable {
    /// The basis value a year before the current one.
    public let from: PeriodValue
    /// Relative change, (current − from)/|from|.
    public let change: Double
}
