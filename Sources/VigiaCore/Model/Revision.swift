/// An earlier value that a later import changed: the input of the data-revised rule.
///
/// The store records one per changed (indicator, period) when it imports a release; the core
/// only reads them, so the rule stays pure and testable without a database.
public struct Revision: Hashable, Sendable {
    public let indicator: String
    public let period: Period
    public let previous: Double
    public let revised: Double
    /// The day the import that made the change was recorded.
    public let recorded: CalendarDate

    public init(indicator: String, period: Period, previous: Double, revised: Double, recorded: CalendarDate) {
        self.indicator = indicator
        self.period = period
        self.previous = previous
        self.revised = revised
        self.recorded = recorded
    }

    /// (revised − previous)/|previous|; nil when the previous value was zero.
    public var relativeChange: Double? {
        previous != 0 ? (revised - previous) / abs(previous) : nil
    }
}
