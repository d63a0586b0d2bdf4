/// A value at a period: a baseline, a target, a projection.
public struct PeriodValue: Hashable, Sendable {
    public let period: Period
    public let value: Double

    public init(period: Period, value: Double) {
        self.period = period
        self.value = value
    }
}

/// One decision on the target: the first agreement or a later revision.
public struct TargetRevision: Hashable, Sendable {
    public let agreed: CalendarDate
    public let target: PeriodValue
    public let forum: String
    /// Why the target changed; nil for the original agreement when none was recorded.
    public let rationale: String?

    public init(agreed: CalendarDate, target: PeriodValue, forum: String, rationale: String? = nil) {
        self.agreed = agreed
        self.target = target
        self.forum = forum
        self.rationale = rationale
    }
}

/// The baseline and the history of agreed targets for one indicator.
public struct Target: Hashable, Sendable {
    public let indicator: String
    public let baseline: PeriodValue
    /// In agreement order; the first entry is the original agreement.
    public let history: [TargetRevision]
    /// True until a committee sets a real figure; every screen and report says so.
    public let illustrative: Bool
    /// Whether baseline and targets are counts or rates per the indicator's `rate`.
    public let measure: Measure
    /// The place the target is for: nil for the nation, `MX-25` for a state (targets.yaml `geo`).
    public let geo: String?

    public init(indicator: String, baseline: PeriodValue, history: [TargetRevision], illustrative: Bool,
                measure: Measure = .count, geo: String? = nil) {
        self.indicator = indicator
        self.measure = measure
        self.geo = geo
        self.baseline = baseline
        self.history = history.sorted { $0.agreed < $1.agreed }
        self.illustrative = illustrative
    }

    /// The revision in force at `date`: the latest agreed on or before it (nil if none was yet agreed).
    public func effective(asOf date: CalendarDate) -> TargetRevision? {
        history.last { $0.agreed <= date }
    }
}
