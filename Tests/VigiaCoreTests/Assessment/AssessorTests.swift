import Foundation
import Testing
@testable import VigiaCore

/// Assessment rules of methods.md §3 and design.md, on small hand-made series.
struct AssessorTests {
    static func indicator(_ frequency: Frequency = .annual, direction: Direction = .decrease,
                          aggregate: Aggregate = .sum, progress: ProgressChoice = .auto,
                          window: Int? = nil) -> Indicator {
        Indicator(id: "x", goal: "g", name: .init(en: "X", es: "X"), unit: .init(en: "u", es: "u"), country: .MX,
                  direction: direction, frequency: frequency, source: "test", aggregate: aggregate,
                  progress: progress, trendWindowYears: window)
    }

    static func annual(_ values: [Int: Double]) -> [Observation] {
        values.map { Observation(indicator: "x", period: .year($0.key), value: $0.value, geo: "MX", source: "t") }
    }

    static func monthly(from start: Period, _ values: [Double]) -> [Observation] {
        values.enumerated().map {
            Observation(indicator: "x", period: start.advanced(by: $0.offset), value: $0.element, geo: "MX", source: "t")
        }
    }

    static func target(baseline: PeriodValue, _ history: [(String, Period, Double)]) -> Target {
        Target(indicator: "x", baseline: baseline,
               history: history.map { TargetRevision(agreed: CalendarDate($0.0)!, target: PeriodValue(period: $0.1, value: $0.2), forum: "f") },
               illustrative: true)
    }

    static let asOf = CalendarDate("2030-12-31")!

    @Test func annualProgressUsesBaselineAndLatest() throws {
        let t = Self.target(baseline: .init(period: .year(2019), value: 100), [("2020-01-01", .year(2029), 50)])
        let a = Assessor(indicator: Self.indicator(), target: t, asOf: Self.asOf)
            .assess(Self.annual([2019: 100, 2020: 95, 2021: 90, 2022: 85, 2023: 80, 2024: 76]))
        #expect(a.progress.basis == .latest)
        #expect(a.progress.from == PeriodValue(period: .year(2019), value: 100))
        #expect(a.progress.current == PeriodValue(period: .year(2024), value: 76))
        let m = try #require(a.progress.measure)
        #expect(m.method == .cagr)
        expectClose(try #require(m.actualRate), pow(0.76, 1.0 / 5) - 1, 1e-12, "a")
        expectClose(try #require(m.requiredRate), pow(0.5, 1.0 / 10) - 1, 1e-12, "r")
        expectClose(try #require(m.fractionOfGap), 0.48, 1e-12, "gap")
        // R = d·a/|r| = 0.0534/0.0670 ≈ 0.80: moderate progress.
        expectClose(try #require(m.ratio), (1 - pow(0.76, 0.2)) / (1 - pow(0.5, 0.1)), 1e-12, "R")
        #expect(a.status == .moderate)
        #expect(a.progress.projected?.period == .year(2029))
    }

    @Test func monthlyCountsCompareTrailingTwelveMonthsWithAnnualFigures() throws {
        // 2019: 12 × 100 = 1200 (the baseline). Then 90 a month from 2020-01 to 2024-06.
        let values = Array(repeating: 100.0, count: 12) + Array(repeating: 90.0, count: 54)
        let t = Self.target(baseline: .init(period: .year(2019), value: 1200), [("2019-06-01", .year(2030), 600)])
        let a = Assessor(indicator: Self.indicator(.monthly), target: t, asOf: Self.asOf)
            .assess(Self.monthly(from: .month(2019, 1), values))
        #expect(a.progress.basis == .trailing12Months)
        #expect(a.progress.current == PeriodValue(period: .month(2024, 6), value: 1080))
        // The window ending June 2024 spans July 2023–June 2024: "year" 2023.5 on the time axis.
        let m = try #require(a.progress.measure)
        expectClose(try #require(m.actualRate), pow(1080.0 / 1200, 1 / 4.5) - 1, 1e-12, "a")
        #expect(a.trend?.test.isSeasonal == true)
    }

    @Test func meanAndLastAggregates() throws {
        let t = Self.target(baseline: .init(period: .year(2019), value: 10), [("2019-06-01", .year(2030), 5)])
        let rates = Array(repeating: 10.0, count: 12) + Array(repeating: 8.0, count: 12)
        let mean = Assessor(indicator: Self.indicator(.monthly, aggregate: .mean), target: t, asOf: Self.asOf)
            .assess(Self.monthly(from: .month(2019, 1), rates))
        #expect(mean.progress.current?.value == 8)
        let last = Assessor(indicator: Self.indicator(.monthly, aggregate: .last), target: t, asOf: Self.asOf)
            .assess(Self.monthly(from: .month(2019, 1), [10, 9.5, 9.7]))
        #expect(last.progress.current == PeriodValue(period: .month(2019, 3), value: 9.7))
    }

    @Test func incompleteTrailingWindowIsNotUsed() {
        var series = Self.monthly(from: .month(2020, 1), Array(repeating: 10.0, count: 24))
        series.remove(at: 20) // 2021-09 missing: windows ending 2021-09 … 2021-12 are incomplete
        let t = Self.target(baseline: .init(period: .year(2019), value: 130), [("2019-06-01", .year(2030), 60)])
        let a = Assessor(indicator: Self.indicator(.monthly), target: t, asOf: Self.asOf).assess(series)
        #expect(a.progress.current?.period == .month(2021, 8))
    }

    @Test func effectiveTargetIsTheLatestAgreedByTheAsOfDate() {
        let t = Self.target(baseline: .init(period: .year(2019), value: 100),
                            [("2021-10-08", .year(2030), 50), ("2023-10-13", .year(2030), 60)])
        #expect(t.effective(asOf: CalendarDate("2021-10-07")!) == nil)
        #expect(t.effective(asOf: CalendarDate("2021-10-08")!)?.target.value == 50)
        #expect(t.effective(asOf: CalendarDate("2023-10-12")!)?.target.value == 50)
        #expect(t.effective(asOf: CalendarDate("2023-10-13")!)?.target.value == 60)
        let before = Assessor(indicator: Self.indicator(), target: t, asOf: CalendarDate("2021-01-01")!)
            .assess(Self.annual([2019: 100, 2020: 90]))
        #expect(before.status == .noTarget)
        #expect(before.progress.from?.period == .year(2019))
    }

    @Test func metWhenAtOrBeyondTheTarget() {
        let t = Self.target(baseline: .init(period: .year(2019), value: 100), [("2019-06-01", .year(2030), 80)])
        let a = Assessor(indicator: Self.indicator(), target: t, asOf: Self.asOf).assess(Self.annual([2019: 100, 2022: 80]))
        #expect(a.status == .met)
    }

    @Test func movingAwayWhenTheTargetEqualsTheBaselineAndTheValueWorsens() {
        let t = Self.target(baseline: .init(period: .year(2019), value: 100), [("2019-06-01", .year(2030), 100)])
        let a = Assessor(indicator: Self.indicator(), target: t, asOf: Self.asOf).assess(Self.annual([2019: 100, 2022: 120]))
        #expect(a.status == .movingAway)
        #expect(a.progress.measure?.ratio == nil)
    }

    @Test func notAssessableCases() {
        let t = Self.target(baseline: .init(period: .year(2019), value: 100), [("2019-06-01", .year(2030), 50)])
        let empty = Assessor(indicator: Self.indicator(), target: t, asOf: Self.asOf).assess([])
        #expect(empty.status == .notAssessable)
        #expect(empty.trend == nil)
        let sameTime = Assessor(indicator: Self.indicator(), target: t, asOf: Self.asOf).assess(Self.annual([2019: 100]))
        #expect(sameTime.status == .notAssessable)
        let cagrZero = Assessor(indicator: Self.indicator(progress: .cagr), target: nil, asOf: Self.asOf)
            .assess(Self.annual([2015: 0, 2020: 4]))
        #expect(cagrZero.status == .notAssessable)
    }

    @Test func autoFallsBackToLinearWhenAValueIsZero() throws {
        let t = Self.target(baseline: .init(period: .year(2019), value: 0), [("2019-06-01", .year(2029), 10)])
        let a = Assessor(indicator: Self.indicator(direction: .increase), target: t, asOf: Self.asOf)
            .assess(Self.annual([2019: 0, 2024: 4]))
        let m = try #require(a.progress.measure)
        #expect(m.method == .linear)
        #expect(m.actualRate == 0.8)
        #expect(m.requiredRate == 1)
        #expect(a.status == .moderate)
        #expect(a.progress.projected?.value == 8)
    }

    @Test func withoutBaselineTheStartIsFiveYearsBeforeTheLatest() {
        let a = Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf)
            .assess(Self.annual([2010: 1, 2015: 200, 2017: 150, 2019: 100, 2020: 90]))
        #expect(a.progress.from?.period == .year(2015))
        #expect(a.status == .noTarget)
        #expect(a.progress.measure?.noTargetClass == .significantProgress)
    }

    @Test func trendWindowDefaultsToSinceBaselineAndCanBeConfigured() {
        let series = Self.annual(Dictionary(uniqueKeysWithValues: (2000...2024).map { ($0, Double($0 % 3)) }))
        let t = Self.target(baseline: .init(period: .year(2019), value: 1), [("2019-06-01", .year(2030), 0.5)])
        #expect(Assessor(indicator: Self.indicator(), target: t, asOf: Self.asOf).assess(series).trend?.result.n == 6)
        #expect(Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf).assess(series).trend?.result.n == 25)
        #expect(Assessor(indicator: Self.indicator(window: 10), target: t, asOf: Self.asOf).assess(series).trend?.result.n == 10)
    }

    @Test func fewerThanFivePointsAreNeverSignificant() {
        let a = Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf)
            .assess(Self.annual([2020: 1, 2021: 2, 2022: 3, 2023: 4]))
        #expect(a.trend?.result.assessable == false)
        #expect(a.trend?.direction == .noTrend)
    }

    @Test func dashboardIgnoresPeriodsNotCompleteByTheAsOfDateAndSubnationalRows() {
        let indicator = Self.indicator(.monthly)
        let catalog = Catalog(goals: [Goal(id: "g", name: .init(en: "G", es: "G"))], indicators: [indicator], targets: [])
        var rows = Self.monthly(from: .month(2025, 1), [1, 2, 3, 4, 5, 6, 7])
        rows.append(Observation(indicator: "x", period: .month(2025, 1), value: 99, geo: "MX-09", source: "t"))
        let d = Dashboard.evaluate(catalog, observations: rows, asOf: CalendarDate("2025-06-30")!)
        #expect(d.assessments[0].series.count == 6)
        #expect(d.assessments[0].latest?.period == .month(2025, 6))
        #expect(d.assessments[0].series.allSatisfy { $0.geo == "MX" })
    }

    /// The nearest basis point by bisection is the one a scan of every point picks: of two as near
    /// the earlier, of points at one time the first (seeded times in order, with repeats and ties).
    @Test func theNearestPointIsTheOneAScanFinds() {
        var state: UInt64 = 7
        func next(_ n: UInt64) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % n)
        }
        for _ in 0..<500 {
            var time = 2000.0
            let points = (0..<(1 + next(30))).map { k -> BasisPoint in
                time += Double(next(3)) / 4  // steps of 0, ¼ and ½ year: repeated times and exact ties
                return BasisPoint(period: .year(2000 + k), value: Double(k), time: time)
            }[...]
            let aim = 1999.5 + Double(next(80)) / 8
            var scanned = points.first!
            for p in points.dropFirst() {
                let d = abs(p.time - aim), best = abs(scanned.time - aim)
                if d != best ? d < best : p.time < scanned.time { scanned = p }
            }
            #expect(Assessor.nearest(points, to: aim) == scanned)
        }
        #expect(Assessor.nearest([], to: 2000) == nil)
    }
}
