import Testing
@testable import VigiaCore

struct TrendEdgeTests {
    @Test func constantSeriesHasNoTrendAndNoDivisionByZero() {
        let r = TrendTest.mannKendall((0..<8).map { TimePoint(position: $0, value: 3) })
        #expect(r.s == 0 && r.z == 0 && r.p == 1 && r.slopePerYear == 0)
        #expect(r.direction == .noTrend)
    }

    @Test func senSlopeKeepsGapsAsGaps() throws {
        // 2019, 2020, 2023: a line of slope 2 per year; shifting 2023 next to 2020 would give 3.
        let points = [TimePoint(position: 2019, value: 0), TimePoint(position: 2020, value: 2), TimePoint(position: 2023, value: 8)]
        #expect(try #require(SenSlope.slope(points)) == 2)
    }

    @Test func monthlySlopeIsPerYear() throws {
        let points = (0..<36).map { TimePoint(position: 2020 * 12 + $0, value: Double($0)) }
        let seasonal = TrendTest.seasonal(points, period: 12)
        #expect(try #require(seasonal.slopePerYear) == 12)
        #expect(try #require(TrendTest.mannKendall(points, periodsPerYear: 12).slopePerYear) == 12)
    }

    @Test func seasonalTestKeepsEachValueInItsSeason() {
        // Missing months are gaps: the July values stay July values.
        var points: [TimePoint] = []
        for i in 0..<48 {
            let month = i % 12, year = i / 12
            if month == 3 && year == 1 { continue }
            points.append(TimePoint(position: 2020 * 12 + i, value: Double(month + year)))
        }
        let r = TrendTest.seasonal(points, period: 12)
        #expect(r.n == 47)
        #expect(r.s == 69) // 11 full seasons × 6 increasing pairs + April's 3
        #expect(r.direction == .increasing)
    }

    @Test func normalTailMatchesKnownValues() {
        expectClose(StandardNormal.twoSidedP(1.959963984540054), 0.05, 1e-12, "p(1.96)")
        expectClose(StandardNormal.cdf(0), 0.5, 0, "Φ(0)")
        expectClose(StandardNormal.cdf(-1), 0.15865525393145707, 1e-14, "Φ(-1)")
    }
}
