/// A value at an integer position on a series' own time grid (months, quarters or years since year 0).
///
/// Integer positions keep gaps exact: the slope between 2019 and 2022 divides by 3, not by
/// an accumulated floating-point difference.
public struct TimePoint: Hashable, Sendable {
    public let position: Int
    public let value: Double

    public init(position: Int, value: Double) {
        self.position = position
        self.value = value
    }

    public init(_ observation: Observation) {
        self.init(position: observation.period.ordinal, value: observation.value)
    }
}
