/// stale-data: the latest figure is too old at the as-of date (methods.md §6).
///
/// A value is due `periods` periods after the one before it (monthly: 2 months; quarterly:
/// 6 months); annual series get `annualMonths` (18) instead, since yearly statistics are
/// routinely published a year or more after the year ends. Holds when the as-of date is past
/// the end of the month that many months after the latest period ends.
///
/// Severity: warning — judgments rest on old data; the source needs chasing.
/// Since: the first period after the latest one, the first missing value.
public struct StaleDataRule: FlagRule, Hashable {
    public static let id = RuleID.staleData
    public var periods = 2
    public var annualMonths = 18

    public init(periods: Int = 2, annualMonths: Int = 18) {
        self.periods = periods
        self.annualMonths = annualMonths
    }

    /// Months a value may lag behind the end of its period.
    public func allowedMonths(_ frequency: Frequency) -> Int {
        frequency == .annual ? annualMonths : periods * 12 / frequency.periodsPerYear
    }

    public func evaluate(_ context: FlagContext) -> Finding? {
        guard let latest = context.assessment.series.lastPeriod else { return nil }
        let frequency = context.indicator.frequency
        let allowed = allowedMonths(frequency)
        let end = context.indicator.endDate(of: latest)
        let due = end.adding(months: allowed)
        let deadline = CalendarDate.endOfMonth(year: due.year, month: due.month)
        guard context.asOf > deadline else { return nil }
        let age = context.asOf.months(since: end)
        let missing = latest.advanced(by: 1), period = latest, asOf = context.asOf
        let message = DeferredText { l in
            switch l {
            case .en: "No data since \(missing): the latest value (\(period)) is \(age) months old at \(asOf); \(allowed) months are allowed for \(frequency.rawValue) data."
            case .es: "Sin datos desde \(missing): el último valor (\(period)) tiene \(age) meses de antigüedad al \(asOf); se admiten \(allowed) meses para datos \(Self.spanish(frequency))."
            }
        }
        let source = context.indicator.source
        let adjustment = DeferredText { l in
            switch l {
            case .en: "Chase the data source: \(source). Until it reports, progress is judged on \(period)."
            case .es: "Reclamar los datos a la fuente: \(source). Mientras no publique, el avance se juzga con \(period)."
            }
        }
        return Finding(severity: .warning, since: missing, message: message, adjustment: adjustment)
    }

    static func spanish(_ f: Frequency) -> String {
        switch f {
        case .annual: "anuales"
        case .quarterly: "trimestrales"
        case .monthly: "mensuales"
        }
    }
}
