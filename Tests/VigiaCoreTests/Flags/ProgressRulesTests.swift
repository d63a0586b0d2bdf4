import Testing
@testable import VigiaCore

/// moving-away and off-pace: the progress ratio R of methods.md §3 against its thresholds.
struct ProgressRulesTests {
    // Baseline 100 in 2019, target 50 in 2029 (decrease): r = 0.5^(1/10) − 1 ≈ −6.70 %/yr.
    static let plan = Given.target(baseline: (2019, 100), target: (2029, 50))

    @Test func movingAwayWhenTheRatioIsNegative() throws {
        let series = Given.annual(from: 2019, [100, 102, 104, 106, 108, 110])
        let f = try #require(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, series))
        #expect(f.severity == .critical)
        #expect(f.since == .year(2020))
        #expect(f.message.en.hasPrefix("Moving away from the target since 2020: ratio -0.29 < 0, with 110 units in 2024 against 100 units (2019) at the start (target 50 by 2029)."))
        #expect(f.message.es.hasPrefix("Se aleja de la meta desde 2020: razón -0.29 < 0"))
        #expect(f.adjustment.en.contains("At the rate since the start (+1.9%/yr) the value would be"))
    }

    // MARK: Severity weighs the evidence (docs/flags.md)

    /// Rising from 2014 to 2024 against a 2019 baseline: every piece of evidence agrees.
    static let risingEveryYear = Given.annual(from: 2014, [80, 84, 88, 92, 96, 100, 102, 104, 106, 108, 110])

    @Test func criticalOnlyWhenLongTermShortTermAndTrendAgree() throws {
        let f = try #require(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, Self.risingEveryYear))
        #expect(f.severity == .critical)
        #expect(!f.message.en.contains("Not critical"))
    }

    @Test func aFallInTheLastYearAndAnOnTrackShortTermMakeItAWarning() throws {
        // Above the 2019 baseline (100) after a surge, then falling fast: long term moving away
        // (106 in 2025), the last five years on track (from 250 in 2020: R ≈ 0.96), the last year
        // down 15%, no significant trend since 2019.
        let series = Given.annual(from: 2015, [130, 125, 120, 110, 100, 250, 240, 200, 150, 125, 106])
        let f = try #require(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, series))
        #expect(f.severity == .warning)
        #expect(f.message.en.contains("Not critical, the evidence disagrees: down 15% in the last year, on track over the last 5 years (since 2020) and the trend test (Mann-Kendall) finds no significant trend (p = "))
        #expect(f.message.es.contains("No es crítico, la evidencia no coincide: bajó 15 % en el último año, en curso en los últimos 5 años (desde 2020) y la prueba de tendencia (Mann-Kendall) no encuentra una tendencia significativa"))
    }

    @Test func aBorderlineStatusIsNeverCritical() throws {
        // The same steady rise, but the latest value only 1% above the baseline.
        let series = Given.annual(from: 2014, [80, 84, 88, 92, 96, 100, 100.2, 100.4, 100.6, 100.8, 101])
        let a = Given.assess(Given.indicator(), target: Self.plan, series)
        #expect(a.progress.borderline)
        #expect(a.progress.margin?.better.map { abs($0 - (100 - 101) / 101.0) < 1e-12 } == true)
        let f = try #require(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, series))
        #expect(f.severity == .warning)
        #expect(f.message.en.contains("the status is borderline (1.0% from insufficient)"))
    }

    @Test func movingAwayNearMissIsSlowProgressNotRegress() {
        let series = Given.annual(from: 2019, [100, 99.5, 99, 98.5, 98, 97.5])
        #expect(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, series) == nil)
    }

    @Test func movingAwayDatesTheCurrentRunOnly() throws {
        // Below the baseline in 2020–2021, back above it from 2022.
        let series = Given.annual(from: 2019, [100, 95, 97, 101, 103, 104])
        #expect(try #require(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, series)).since == .year(2022))
    }

    @Test func aSignificantWrongWayTrendWithoutTargetIsAWarning() throws {
        let rising = Given.annual(from: 2015, [10, 11, 12, 13, 14, 15, 16, 17])
        let f = try #require(Given.finding(MovingAwayRule(), Given.indicator(), rising))
        #expect(f.severity == .warning)
        #expect(f.since == .year(2015))
        #expect(f.message.en == "Significant increasing trend since 2015, the wrong way (Mann-Kendall; Sen slope +1 units/yr; p < 0.001).")
        #expect(Given.finding(MovingAwayRule(wrongWayTrend: false), Given.indicator(), rising) == nil)
        // Near miss: the same trend is the desired one for an increase indicator.
        #expect(Given.finding(MovingAwayRule(), Given.indicator(direction: .increase), rising) == nil)
        // Near miss: a zigzag has no significant trend.
        let zigzag = Given.annual(from: 2015, [10, 14, 11, 13, 10, 14, 11, 12])
        #expect(Given.finding(MovingAwayRule(), Given.indicator(), zigzag) == nil)
    }

    @Test func offPaceBelowSixtyPercentOfTheRequiredPace() throws {
        // 2024: 82 → a = 0.82^(1/5) − 1 ≈ −3.89 %/yr, R ≈ 0.581; 2023: 85 → R ≈ 0.594; 2022: 88 → R ≈ 0.62.
        let series = Given.annual(from: 2019, [100, 96, 92, 88, 85, 82])
        let f = try #require(Given.finding(OffPaceRule(), Given.indicator(), target: Self.plan, series))
        #expect(f.severity == .warning)
        #expect(f.message.en == "Off pace since 2023: ratio 0.58 < 0.60 (actual -3.9%/yr against -6.7%/yr required from 2019).")
        #expect(f.message.es == "Ritmo insuficiente desde 2023: razón 0.58 < 0.60 (real -3.9 %/año frente a -6.7 %/año requerido desde 2019).")
        // From 82 in 2024 to 50 in 2029: (50/82)^(1/5) − 1 ≈ −9.4 %/yr.
        #expect(f.adjustment.en == "Accelerate or revise the plan. From 82 units in 2024, reaching 50 by 2029 now takes -9.4%/yr.")
    }

    @Test func offPaceNearMissAtSixtyOnePercent() {
        // 2024: 81 → R ≈ 0.616: moderate progress, not off pace.
        let series = Given.annual(from: 2019, [100, 96, 92, 88, 85, 81])
        #expect(Given.finding(OffPaceRule(), Given.indicator(), target: Self.plan, series) == nil)
        // The threshold is a setting.
        #expect(Given.finding(OffPaceRule(ratioBelow: 0.7), Given.indicator(), target: Self.plan, series) != nil)
    }

    @Test func offPaceSinceTheStartOfTheRun() throws {
        // 2020: 90 is on track (R ≈ 1.5); from 2021 the pace drops below 0.60 and stays there.
        let series = Given.annual(from: 2019, [100, 90, 97, 96, 95, 94])
        #expect(try #require(Given.finding(OffPaceRule(), Given.indicator(), target: Self.plan, series)).since == .year(2021))
        // Moving away is not off pace.
        #expect(Given.finding(OffPaceRule(), Given.indicator(), target: Self.plan,
                              Given.annual(from: 2019, [100, 101])) == nil)
    }
}
