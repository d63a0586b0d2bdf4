/// A figure that a later release changed: the input of the data-revised rule, the "what changed"
/// section and the audit trail.
///
/// The store keeps every vintage; each revision is one step from an old value to a new one,
/// dated by the vintage (release or import date) from which the new value was known. The core
/// only reads them, so the rule stays pure and testable without a database.
public struct Revision: Hashable, Sendable {
    public let indicator: String
    public let period: Period
    /// `MX`, `US`, a state or a municipality.
    public let geo: String
    public let previous: Double
    public let revised: Double
    /// The day the new value became known.
    public let recorded: CalendarDate
    /// The file that brought the new value (empty when not known).
    public let file: String

    public init(indicator: String, period: Period, geo: String = "", previous: Double, revised: Double,
                recorded: CalendarDate, file: String = "") {
        self.indicator = indicator
        self.period = period
        self.geo = geo
        self.previous = previous
        self.revised = revised
        self.recorded = recorded
        self.file = file
    }

    /// (revised − previous)/|previous|; nil when the previous value was zero.
    public var relativeChange: Double? {
        previous != 0 ? (revised - previous) / abs(previous) : nil
    }
}
