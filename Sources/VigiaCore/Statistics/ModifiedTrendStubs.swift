// TEMPORARY: signatures of the modified trend tests, implemented on branch `stats`.
extension TrendTest {
    public static func hamedRao(_ points: [TimePoint], periodsPerYear: Int = 1, lags: Int? = nil) -> TrendResult {
        mannKendall(points, periodsPerYear: periodsPerYear)
    }

    public static func yueWang(_ points: [TimePoint], periodsPerYear: Int = 1, lags: Int? = nil) -> TrendResult {
        mannKendall(points, periodsPerYear: periodsPerYear)
    }

    public static func correlatedSeasonal(_ points: [TimePoint], period: Int) -> TrendResult {
        seasonal(points, period: period)
    }
}

public struct SerialCorrelation: Hashable, Sendable {
    public let lag1: Double
    public let bound: Double
    public let n: Int
    public var significant: Bool { abs(lag1) > bound }

    public static func ofDetrended(_ points: [TimePoint]) -> SerialCorrelation? { nil }
    public static func ofDeseasonalized(_ points: [TimePoint], period: Int) -> SerialCorrelation? { nil }
}
