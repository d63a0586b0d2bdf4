/// Which way an indicator should move for the strategy to be working.
public enum Direction: String, Sendable, CaseIterable {
    case increase, decrease

    /// d in methods.md: +1 when an increase is desired, −1 when a decrease is.
    public var sign: Double {
        switch self {
        case .increase: 1
        case .decrease: -1
        }
    }
}

/// Whose figure it is: Mexico's, the United States', or a binational one.
public enum Country: String, Sendable, CaseIterable {
    case MX, US, BI
}

/// How sub-annual values make a year, so they can be compared with annual baselines and targets.
public enum Aggregate: String, Sendable, CaseIterable {
    /// Counts: the year is the sum of its months.
    case sum
    /// Rates: the year is the mean of its months.
    case mean
    /// Values that are already 12-month sums (e.g. CDC VSRR "12 month-ending"): take the latest.
    case last
}

/// The configured progress method; `auto` resolves per indicator from its values.
public enum ProgressChoice: String, Sendable, CaseIterable {
    /// Growth rates when every value is positive, linear otherwise.
    case auto
    case cagr
    case linear
}
