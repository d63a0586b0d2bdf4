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

    public var status: ProgressStatus { measure?.status ?? .notAssessable }

    /// The projection to the target period, when there is a target and a rate.
    public var projected: PeriodValue? {
        guard let target, let value = measure?.projected, value.isFinite else { return nil }
        return PeriodValue(period: target.period, value: value)
    }

    static func notAssessable(basis: ProgressBasis, from: PeriodValue? = nil, current: PeriodValue? = nil,
                              target: PeriodValue? = nil) -> Progress {
        Progress(basis: basis, from: from, current: current, target: target, measure: nil)
    }
}
