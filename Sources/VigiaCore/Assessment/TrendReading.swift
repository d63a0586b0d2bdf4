/// The trend of an indicator as judged: the test's result, the values it ran on, and why that
/// test (docs/assessment.md, "Trend test").
public struct TrendReading: Hashable, Sendable {
    public let result: TrendResult
    /// Every value of the window, or one value a year for 12-month sums.
    public let basis: TrendBasis
    /// What the Sen slope is a change of, per year.
    public let slopeOf: SlopeOf
    /// Configured, or chosen by `auto` and on what evidence.
    public let choice: TrendTestChoiceReason

    public var test: TrendTestKind { result.test }
    public var direction: TrendDirection { result.direction }
    public var significant: Bool { result.significant }
    public var p: Double { result.p }
    public var slopePerYear: Double? { result.slopePerYear }
}

/// Which values the trend test looked at.
public enum TrendBasis: String, Sendable {
    /// Every value in the trend window.
    case allValues = "all-values"
    /// 12-month sums one year apart, ending in the latest period: windows that do not overlap.
    case nonOverlapping12Months = "non-overlapping-12-months"
}

/// The quantity a Sen slope is the yearly change of: "victims a month, per year" is not
/// "victims per year", and a slope must say which.
public enum SlopeOf: String, Sendable {
    case annualValue = "annual-value"
    case quarterlyValue = "quarterly-value"
    case monthlyValue = "monthly-value"
    case twelveMonthSum = "12-month-sum"

    /// Borrowed: an initialiser owns its arguments by default, which cost a copy of the indicator.
    init(_ indicator: borrowing Indicator) {
        if indicator.values == .rolling12Months { self = .twelveMonthSum; return }
        switch indicator.frequency {
        case .annual: self = .annualValue
        case .quarterly: self = .quarterlyValue
        case .monthly: self = .monthlyValue
        }
    }
}

/// Why the trend test is the one it is.
public enum TrendTestChoiceReason: Hashable, Sendable {
    /// Named in indicators.yaml.
    case configured
    /// `auto`: serial correlation was checked and found (a corrected test) or not (the plain one).
    case checked(SerialCorrelation)
    /// `auto`: too few values (or, for seasonal tests, full years) to estimate serial correlation;
    /// the plain test.
    case tooShortToCheck(have: Int, need: Int, fullYears: Bool)
    /// `auto`: enough values, but they are constant once season and trend are removed, so no
    /// autocorrelation can be estimated; the plain test.
    case cannotEstimate
}

extension TrendReading {
    /// The Sen slope with what it is the yearly change of: `-112 victims a month, per year`.
    public func slopeText(_ unit: LocalizedText, _ language: Language) -> String? {
        result.slopePerYear.map { Wording.slope($0, slopeOf, unit, language) }
    }
}
