/// Progress of one indicator: which points were compared, and what that says.
public struct Progress: Hashable, Sendable {
    public let basis: ProgressBasis
    /// The start point x₀: the baseline, or the basis value about five years before the latest.
    public let from: PeriodValue?
    /// The current value x_t on the basis.
    public let current: PeriodValue?
    /// The target in force at the as-of date.
    public let target: PeriodValue?
    public let measure: ProgressMeasure?
    /// The same measure over the last few years (from the value `years` before the latest).
    public var shortTerm: ShortTermProgress? = nil
    /// The change of the basis over the last year, as context.
    public var lastYear: YearChange? = nil
    /// How much the current value would have to change for the status to change.
    public var margin: StatusMargin? = nil
    /// The status rests on a margin within the `borderline` threshold of rules.yaml.
    public var borderline = false
    /// The baseline (or the target) lies before a break the current value is after: they count
    /// different things, so no status is given.
    public var notComparable: SeriesBreak? = nil

    public var status: ProgressStatus { measure?.status ?? .notAssessable }

    /// The projection to the target period at the rate since the start, when there is a target and a rate.
    public var projected: PeriodValue? {
        guard let target, let value = measure?.projected, value.isFinite else { return nil }
        return PeriodValue(period: target.period, value: value)
    }

    static func notAssessable(basis: ProgressBasis, from: PeriodValue? = nil, current: PeriodValue? = nil,
                              target: PeriodValue? = nil) -> Progress {
        Progress(basis: basis, from: from, current: current, target: target, measure: nil)
    }
}
