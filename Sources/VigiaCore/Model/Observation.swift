/// One figure for one period and place, with where it came from.
public struct Observation: Hashable, Sendable {
    public let indicator: String
    public let period: Period
    public let value: Double
    /// `MX`, `US`, a state (`MX-09`) or a municipality (`MX-09015`).
    public let geo: String
    public let source: String
    public let note: String?

    public init(indicator: String, period: Period, value: Double, geo: String, source: String, note: String? = nil) {
        self.indicator = indicator
        self.period = period
        self.value = value
        self.geo = geo
        self.source = source
        self.note = note
    }
}
