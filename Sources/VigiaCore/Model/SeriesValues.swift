/// What one published value of a series covers.
///
/// CDC's VSRR publishes, for each month, the deaths of the 12 months ending in it: consecutive
/// values share eleven months. Tests and charts that treat such values as independent overstate
/// significance and draw meaningless limits (methods.md §7), so an indicator says which kind it is.
public enum SeriesValues: String, Sendable, CaseIterable {
    /// Each value covers its own period (a month's count, a year's count).
    case perPeriod = "per-period"
    /// Each value sums the 12 months ending in its period.
    case rolling12Months = "rolling-12-month"
}

/// The trend test an indicator asks for: one by name, or `auto` (docs/assessment.md).
public enum TrendTestChoice: Hashable, Sendable {
    case auto
    case fixed(TrendTestKind)

    /// `auto` or a test's name, as written in indicators.yaml.
    public init?(rawValue: String) {
        if rawValue == "auto" {
            self = .auto
        } else if let kind = TrendTestKind(rawValue: rawValue) {
            self = .fixed(kind)
        } else {
            return nil
        }
    }

    public static let names = ["auto"] + TrendTestKind.allCases.map(\.rawValue)
}
