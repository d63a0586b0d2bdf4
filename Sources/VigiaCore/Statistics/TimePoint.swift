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

extension Array where Element == TimePoint {
    /// The points in time order without non-finite values: a NaN is a missing value to the
    /// reference (pymannkendall skips it), and an infinity has no rank or slope. The array itself,
    /// without a copy, in the usual case of finite values already in order.
    var finiteInTimeOrder: [TimePoint] {
        let finite = allSatisfy { $0.value.isFinite } ? self : filter { $0.value.isFinite }
        return finite.isSorted ? finite : finite.sorted { $0.position < $1.position }
    }
}
