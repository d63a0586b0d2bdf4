/// A figure that a later release changed: what the data-revised flag and the audit trail read.
///
/// The store keeps every vintage; each revision is one step from an old value to a new one,
/// dated by the vintage (release or import date) from which the new value was known.
public struct ObservationRevision: Hashable, Sendable {
    public let indicator: String
    public let period: Period
    public let geo: String
    public let oldValue: Double
    public let newValue: Double
    /// The day the new value became known.
    public let revisedOn: CalendarDate
    /// The file that brought the new value.
    public let file: String

    public init(indicator: String, period: Period, geo: String, oldValue: Double, newValue: Double,
                revisedOn: CalendarDate, file: String) {
        self.indicator = indicator
        self.period = period
        self.geo = geo
        self.oldValue = oldValue
        self.newValue = newValue
        self.revisedOn = revisedOn
        self.file = file
    }
}
