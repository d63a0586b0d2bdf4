import Foundation
import Testing
@testable import VigiaCore

/// The second-round judgments of methods.md §7: what a value is, which trend test, the short term
/// and the last year beside the long term, margins, and the sentence that explains the status.
struct JudgmentTests {
    static func indicator(_ frequency: Frequency = .annual, values: SeriesValues = .perPeriod,
                          test: TrendTestChoice = .auto, shortTermYears: Int = 5) -> Indicator {
        Indicator(id: "x", goal: "g", name: .init(en: "X", es: "X"), unit: .init(en: "deaths", es: "muertes"),
                  country: .US, direction: .decrease, frequency: frequency, source: "test",
                  aggregate: values == .rolling12Months ? .last : .sum, values: values, trendTest: test,
                  shortTermYears: shortTermYears)
    }

    static func target(_ baseline: (Period, Double), _ goal: (Period, Double)) -> Target {
        Target(indicator: "x", baseline: PeriodValue(period: baseline.0, value: baseline.1),
               history: [TargetRevision(agreed: CalendarDate("2020-01-01")!,
                                        target: PeriodValue(period: goal.0, value: goal.1), forum: "f")],
               illustrative: true)
    }

    static let asOf = CalendarDate("2030-12-31")!

    static func series(from start: Period, _ values: [Double]) -> [Observation] {
        values.enumerated().map {
            Observation(indicator: "x", period: start.advanced(by: $0.offset), value: $0.element, geo: "US", source: "t")
        }
    }

    /// 12-month sums that rose for years, then fell in the last: every month moves the same way
    /// as its neighbours, so a test that took months as independent would find a strong trend.
    static let rollingSums: [Double] = {
        let yearly: [Double] = [67_736, 77_017, 99_772, 107_785, 110_774, 100_049, 73_690]  // VSRR, each April
        // Monthly values from 2019-01 to 2025-04, interpolated between the April values above
        // (2019-04 … 2025-04), so that one value a year reproduces them exactly.
        var out: [Double] = []
        for month in 0..<76 {
            let position = Double(month - 3) / 12  // years after 2019-04
            let i = max(0, min(yearly.count - 2, Int(position.rounded(.down))))
            let f = position - Double(i)
            out.append((yearly[i] + (yearly[i + 1] - yearly[i]) * f).rounded())
        }
        return out
    }()

    @Test func twelveMonthSumsAreTestedOneValueAYearEndingInTheLatestMonth() throws {
        let a = Assessor(indicator: Self.indicator(.monthly, values: .rolling12Months),
                         target: Self.target((.year(2019), 71_130), (.year(2030), 50_000)), asOf: Self.asOf)
            .assess(Self.series(from: .month(2019, 1), Self.rollingSums))
        let t = try #require(a.trend)
        #expect(t.basis == .nonOverlapping12Months)
        #expect(t.test == .mannKendall)
        #expect(t.slopeOf == .twelveMonthSum)
        #expect(t.result.n == 7)  // 2019-04, 2020-04, …, 2025-04
        #expect(t.choice == .tooShortToCheck(have: 7, need: 10, fullYears: false))
        // pymannkendall.original_test([67736, 77017, 99772, 107785, 110774, 100049, 73690]): S = 7, p = 0.3675.
        #expect(t.result.s == 7)
        expectClose(t.result.p, 0.36752073824214304, 1e-6, "p")
        #expect(!t.significant)
        // All 76 months taken as independent seasons would have said "increasing".
        #expect(TrendTest.seasonal(a.window.map(TimePoint.init), period: 12).direction == .increasing)
        // No process limits on overlapping sums, and the reason is given.
        #expect(a.control == nil)
        #expect(a.controlOmission == .rolling12MonthSums)
        #expect(a.controlOmission?.explanation.en.contains("shares 11 months") == true)
    }

    @Test func autoPicksHamedRaoForSeriallyCorrelatedAnnualValues() throws {
        // An upward drift with long runs above and below it: serially correlated residuals.
        let values: [Double] = [10, 12, 15, 16, 15, 13, 12, 13, 16, 19, 21, 20, 18, 17, 19, 22, 25, 26, 24, 23]
        let a = Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .year(2005), values))
        let t = try #require(a.trend)
        guard case .checked(let check) = t.choice else { Issue.record("expected a serial-correlation check"); return }
        #expect(check.significant)
        #expect(t.test == .hamedRao)
    }

    @Test func autoKeepsMannKendallBelowTenValues() throws {
        let a = Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .year(2016), [5, 6, 7, 8, 9, 10, 11, 12, 13]))
        #expect(a.trend?.test == .mannKendall)
        #expect(a.trend?.choice == .tooShortToCheck(have: 9, need: 10, fullYears: false))
    }

    @Test func autoPicksTheCorrelatedSeasonalTestOnAutocorrelatedMonths() throws {
        // Seven years of monthly values with a seasonal pattern and slow swings of level.
        let values = (0..<84).map { (m: Int) -> Double in
            let month = Double(m)
            let season: Double = 80 * sin(Double(m % 12) / 12 * 2 * Double.pi)
            let swing: Double = 120 * sin(month / 20)
            return 1000 + season + swing - month
        }
        let a = Assessor(indicator: Self.indicator(.monthly), target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .month(2018, 1), values))
        #expect(a.trend?.test == .correlatedSeasonal)
        #expect(a.trend?.basis == .allValues)
        #expect(a.trend?.slopeOf == .monthlyValue)
    }

    @Test func theCorrelatedTestReadsFullYearsEndingInTheLatestMonth() {
        let points = (0..<30).map { TimePoint(position: 2019 * 12 + $0, value: Double($0)) }  // 2019-01 … 2021-06
        let cycles = TrendSelection.endingInLatest(points, period: 12)
        #expect(cycles.first?.position == 2019 * 12 + 6)  // from 2019-07: two full years to 2021-06
        #expect(TrendSelection.completeCycles(cycles, period: 12) == 2)
    }

    @Test func aConfiguredTestIsUsedAndSaidToBe() {
        let a = Assessor(indicator: Self.indicator(test: .fixed(.yueWang)), target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .year(2010), [9, 8, 8, 7, 6, 6, 5, 4, 4, 3, 3, 2]))
        #expect(a.trend?.test == .yueWang)
        #expect(a.trend?.choice == .configured)
    }

    // MARK: Short term and last year

    @Test func theShortTermStartsFiveYearsBeforeTheLatestAgainstTheSameTarget() throws {
        // Baseline 100 in 2019, target 50 in 2030; a surge to 220 in 2020, then down to 104 in 2025.
        let a = Assessor(indicator: Self.indicator(), target: Self.target((.year(2019), 100), (.year(2030), 50)), asOf: Self.asOf)
            .assess(Self.series(from: .year(2018), [98, 100, 220, 200, 180, 150, 120, 104]))
        #expect(a.status == .movingAway)
        let short = try #require(a.progress.shortTerm)
        #expect(short.years == 5)
        #expect(short.from == PeriodValue(period: .year(2020), value: 220))
        let actual = pow(104.0 / 220, 1.0 / 5) - 1, required = pow(50.0 / 220, 1.0 / 10) - 1
        expectClose(try #require(short.measure.actualRate), actual, 1e-12, "short-term a")
        expectClose(try #require(short.measure.requiredRate), required, 1e-12, "short-term r")
        expectClose(try #require(short.measure.ratio), -actual / abs(required), 1e-12, "short-term R")
        #expect(short.status == .onTrack)
        expectClose(try #require(short.projected?.value), 104 * pow(1 + actual, 5), 1e-9, "short-term projection")
        let year = try #require(a.progress.lastYear)
        #expect(year.from == PeriodValue(period: .year(2024), value: 120))
        expectClose(year.change, (104 - 120) / 120.0, 1e-12, "last year")
    }

    @Test func theShortTermFollowsItsConfiguredSpanAndNeedsAValueThere() {
        let series = Self.series(from: .year(2018), [98, 100, 220, 200, 180, 150, 120, 104])
        let target = Self.target((.year(2019), 100), (.year(2030), 50))
        let three = Assessor(indicator: Self.indicator(shortTermYears: 3), target: target, asOf: Self.asOf).assess(series)
        #expect(three.progress.shortTerm?.from.period == .year(2022))
        let ten = Assessor(indicator: Self.indicator(shortTermYears: 10), target: target, asOf: Self.asOf).assess(series)
        #expect(ten.progress.shortTerm == nil)
    }

    // MARK: Margins

    @Test func marginsSolveTheRatioAtEachThreshold() throws {
        // Baseline 100 (2019) → target 50 (2029); latest 76 in 2024: R ≈ 0.80, moderate.
        let a = Assessor(indicator: Self.indicator(), target: Self.target((.year(2019), 100), (.year(2029), 50)), asOf: Self.asOf)
            .assess(Self.series(from: .year(2019), [100, 95, 90, 85, 80, 76]))
        #expect(a.status == .moderate)
        let m = try #require(a.progress.margin)
        let r = pow(0.5, 0.1) - 1
        // On track at R = 0.95: x = 100·(1 − 0.95·|r|)^5; insufficient below R = 0.60.
        let onTrack = 100 * pow(1 + 0.95 * r, 5), insufficient = 100 * pow(1 + 0.60 * r, 5)
        expectClose(try #require(m.better), (onTrack - 76) / 76, 1e-12, "better")
        expectClose(try #require(m.worse), (insufficient - 76) / 76, 1e-12, "worse")
        #expect(m.betterStatus == .onTrack && m.worseStatus == .insufficient)
        #expect(!a.progress.borderline)
        // The status really does change just past each margin.
        for (margin, expected) in [(m.better!, ProgressStatus.onTrack), (m.worse!, .insufficient)] {
            let moved = Assessor(indicator: Self.indicator(), target: Self.target((.year(2019), 100), (.year(2029), 50)), asOf: Self.asOf)
                .assess(Self.series(from: .year(2019), [100, 95, 90, 85, 80, 76 * (1 + margin * 1.000001)]))
            #expect(moved.status == expected)
        }
    }

    @Test func aStatusWithinTheBorderlineMarginIsBorderline() throws {
        let target = Self.target((.year(2019), 100), (.year(2029), 50))
        let series = Self.series(from: .year(2019), [100, 101, 102, 101, 100.5, 101.5])
        let strict = Assessor(indicator: Self.indicator(), target: target, asOf: Self.asOf, borderline: 0.01).assess(series)
        let usual = Assessor(indicator: Self.indicator(), target: target, asOf: Self.asOf).assess(series)
        #expect(usual.status == .movingAway)
        expectClose(try #require(usual.progress.margin?.better), (100 - 101.5) / 101.5, 1e-12, "to the baseline")
        #expect(usual.progress.margin?.worse == nil, "nothing is worse than moving away")
        #expect(usual.progress.borderline)
        #expect(!strict.progress.borderline, "1.5% is outside a 1% band")
    }

    @Test func metHasOnlyAWorseMargin() throws {
        let a = Assessor(indicator: Self.indicator(), target: Self.target((.year(2019), 100), (.year(2029), 50)), asOf: Self.asOf)
            .assess(Self.series(from: .year(2019), [100, 80, 60, 49]))
        #expect(a.status == .met)
        #expect(a.progress.margin?.better == nil)
        expectClose(try #require(a.progress.margin?.worse), (50 - 49) / 49.0, 1e-12, "back to the target")
    }

    // MARK: Why

    @Test func theReasonNamesTheBaselineAndWhatDisagrees() {
        let a = Assessor(indicator: Self.indicator(), target: Self.target((.year(2019), 100), (.year(2030), 50)), asOf: Self.asOf)
            .assess(Self.series(from: .year(2018), [98, 100, 220, 200, 180, 150, 120, 104]))
        #expect(a.why.en == "Moving away: 4.0% above the 2019 baseline (104 vs 100), although down 13% in the last year; on track over 5 years.")
        #expect(a.why.es == "Alejándose: 4.0 % por encima de la línea base de 2019 (104 frente a 100), aunque bajó 13 % en el último año; en curso en los últimos 5 años.")
    }

    @Test func theReasonSaysWhenAStatusIsBorderline() {
        let a = Assessor(indicator: Self.indicator(), target: Self.target((.year(2019), 100), (.year(2029), 50)), asOf: Self.asOf)
            .assess(Self.series(from: .year(2019), [100, 101, 102, 101, 100.5, 101]))
        #expect(a.why.en.hasPrefix("Moving away (borderline: 1.0% from insufficient): 1.0% above the 2019 baseline (101 vs 100)"))
        #expect(a.why.es.hasPrefix("Alejándose (en el límite: a 1.0 % de insuficiente): 1.0 % por encima de la línea base de 2019"))
    }

    @Test func theReasonWithoutATargetOrWithoutData() {
        let none = Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf).assess([])
        #expect(none.why.en == "Not assessable: no data.")
        #expect(none.why.es == "No evaluable: sin datos.")
        let free = Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .year(2019), [100, 90, 80, 70, 60, 50]))
        #expect(free.why.en == "No target: down 50% since 2019 (50 vs 100), significant progress (-12.9%/yr).")
    }

    // MARK: Limits

    @Test func limitsOfCountsStopAtZero() throws {
        let a = Assessor(indicator: Self.indicator(), target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .year(2015), [100, 20, 180, 10, 150, 5, 120]))
        let chart = try #require(a.control?.chart)
        #expect(chart.centre - ControlChart.limitFactor * chart.meanMovingRange < 0)
        #expect(chart.lower == 0)
        #expect(chart.lowerIsFloored)
        // Rates (aggregate: mean) are not floored.
        let rate = Indicator(id: "x", goal: "g", name: .init(en: "X", es: "X"), unit: .init(en: "%", es: "%"), country: .US,
                             direction: .decrease, frequency: .annual, source: "t", aggregate: .mean)
        let r = Assessor(indicator: rate, target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .year(2015), [100, 20, 180, 10, 150, 5, 120]))
        #expect(try #require(r.control?.chart.lower) < 0)
    }

    @Test func slopesSayWhatTheyAreAChangeOf() throws {
        let monthly = Assessor(indicator: Self.indicator(.monthly), target: nil, asOf: Self.asOf)
            .assess(Self.series(from: .month(2019, 1), (0..<36).map { 100 - Double($0) }))
        let t = try #require(monthly.trend)
        #expect(t.slopeText(.init(en: "victims", es: "víctimas"), .en) == "-12 victims a month, per year")
        #expect(t.slopeText(.init(en: "victims", es: "víctimas"), .es) == "-12 víctimas al mes, por año")
    }
}
