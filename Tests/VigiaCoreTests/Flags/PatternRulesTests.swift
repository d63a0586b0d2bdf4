import Testing
@testable import VigiaCore

/// regime-change and divergence: changes in the process, and linked indicators that disagree.
struct PatternRulesTests {
    @Test func regimeChangeInAnAnnualSeries() throws {
        // Rising 10 a year to 2021, falling 10 a year after; baseline 2019.
        let values = [0.0, 10.3, 19.8, 30.1, 39.6, 50.2, 60, 49.9, 40.3, 29.8, 20.1]
        let plan = Given.target(baseline: (2019, 50.2), target: (2030, 100))
        let up = Given.indicator(direction: .increase)
        let f = try #require(Given.finding(RegimeChangeRule(), up, target: plan, Given.annual(from: 2015, values)))
        #expect(f.since == .year(2021))
        #expect(f.severity == .warning)   // a turn downwards is bad news when an increase is wanted
        #expect(f.message.en == "Change of trend in 2021, a concern: +9.99 units/yr before, -9.98 units/yr after (piecewise-linear fit, breaks chosen by BIC).")
        #expect(f.adjustment.en == "Review attribution: what changed in 2021? Rebase the process limits from 2021 so later points are judged against the new regime.")
        // The same turn is good news when a decrease is wanted.
        let down = try #require(Given.finding(RegimeChangeRule(), Given.indicator(), target: plan, Given.annual(from: 2015, values)))
        #expect(down.severity == .info)
    }

    @Test func regimeChangeNearMisses() {
        // A straight line has no break.
        let line = Given.annual(from: 2015, [0, 10.3, 19.8, 30.1, 39.6, 50.2, 60, 70.1, 79.7, 90.2, 100])
        let plan = Given.target(baseline: (2019, 39.6), target: (2030, 150))
        #expect(Given.finding(RegimeChangeRule(), Given.indicator(direction: .increase), target: plan, line) == nil)
        // A break before the baseline is history, not a change since the start.
        let early = Given.annual(from: 2015, [0, 10.3, 19.8, 30.1, 20.4, 9.8, 0.2, -9.9, -20.1, -29.8, -40])
        let late = Given.target(baseline: (2020, 9.8), target: (2030, 100))
        let a = Given.assess(Given.indicator(direction: .increase), target: late, early)
        #expect(a.control?.changes.map(\.period) == [.year(2018)])
        #expect(Given.finding(RegimeChangeRule(), Given.indicator(direction: .increase), target: late, early) == nil)
    }

    @Test func regimeChangeInAMonthlySeriesByCusum() throws {
        // 2019 (the baseline year and CUSUM reference) alternates 101/99; from 2020-07 the level is 110.
        // C⁺ last stands at zero after the 99 of 2020-06, so the change is dated 2020-07.
        let base = (0..<18).map { $0 % 2 == 0 ? 101.0 : 99.0 }
        let series = Given.monthly(from: .month(2019, 1), base + Array(repeating: 110, count: 12))
        let plan = Given.target(baseline: (2019, 1200), target: (2030, 900))
        let f = try #require(Given.finding(RegimeChangeRule(), Given.indicator(.monthly), target: plan, series))
        #expect(f.since == .month(2020, 7))
        #expect(f.severity == .warning)
        #expect(f.message.en == "Level shift up from 2020-07, a concern (CUSUM, signalled 2020-07): mean 110 since, against 100 before.")
        // Near miss: no shift.
        let flat = Given.monthly(from: .month(2019, 1), (0..<30).map { $0 % 2 == 0 ? 99.0 : 101.0 })
        #expect(Given.finding(RegimeChangeRule(), Given.indicator(.monthly), target: plan, flat) == nil)
    }

    @Test func aStrongSeasonIsNotAShift() {
        // Every January is high and every December low, at a constant level: the season must not
        // read as a shift up each January (CUSUM runs on seasonally adjusted values).
        let season = [2800.0, 2900, 2600, 2500, 2450, 2400, 2380, 2300, 2250, 2200, 2150, 2100]
        let series = Given.monthly(from: .month(2019, 1), Array((0..<6).map { _ in season }.joined()))
        let plan = Given.target(baseline: (2019, 29_000), target: (2030, 20_000))
        #expect(Given.assess(Given.indicator(.monthly), target: plan, series).control?.changes == [])
        #expect(Given.finding(RegimeChangeRule(), Given.indicator(.monthly), target: plan, series) == nil)
    }

    // Seizures (increase wanted) and deaths (decrease wanted), three years apart.
    static let seizures = Given.indicator(id: "s", direction: .increase)
    static let deaths = Given.indicator(id: "d", direction: .decrease)

    static func divergence(seizures s: [Double], deaths d: [Double]) -> (Finding?, Finding?) {
        let sa = Given.annual("s", from: 2020, s), da = Given.annual("d", from: 2020, d)
        let rule = DivergenceRule(pairs: [IndicatorPair("s", "d")])
        let peerS = Given.assess(Self.seizures, sa), peerD = Given.assess(Self.deaths, da)
        return (Given.finding(rule, Self.seizures, sa, peers: [peerD]), Given.finding(rule, Self.deaths, da, peers: [peerS]))
    }

    @Test func divergenceWhenOneImprovesAndTheOtherWorsens() throws {
        // Seizures 100 → 80 (−20 %, worse); deaths 1000 → 700 (−30 %, better).
        let (onSeizures, onDeaths) = Self.divergence(seizures: [90, 100, 95, 92, 80], deaths: [900, 1000, 950, 800, 700])
        let f = try #require(onSeizures)
        #expect(f.severity == .warning)
        #expect(f.since == .year(2021))
        #expect(f.message.en == "Contradictory over 3 years. Indicator s: -20.0% (2021–2024), a worsening; Indicator d: -30.0% (2021–2024), an improvement.")
        #expect(f.message.es == "Contradicción en 3 años. Indicador s: -20.0 % (2021–2024), un deterioro; Indicador d: -30.0 % (2021–2024), una mejora.")
        #expect(try #require(onDeaths).message.en.hasPrefix("Contradictory over 3 years. Indicator d: -30.0%"))
    }

    @Test func divergenceNearMisses() {
        // Deaths down only 4 %: steady, no verdict to contradict.
        #expect(Self.divergence(seizures: [90, 100, 95, 92, 80], deaths: [900, 1000, 990, 980, 960]).0 == nil)
        // Both worsening: the verdicts agree (moving-away speaks to that).
        #expect(Self.divergence(seizures: [90, 100, 95, 92, 80], deaths: [900, 1000, 1100, 1200, 1300]).0 == nil)
        // Both improving.
        #expect(Self.divergence(seizures: [90, 100, 110, 120, 130], deaths: [900, 1000, 950, 800, 700]).0 == nil)
        // No value exactly three years before the latest: no movement to compare.
        #expect(Self.divergence(seizures: [90, 80], deaths: [900, 1000, 950, 800, 700]).1 == nil)
    }
}
