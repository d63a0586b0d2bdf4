import Testing
@testable import VigiaCore

/// target-infeasible and target-met-early: assurance (methods.md §4) and the pace the record shows.
struct TargetRulesTests {
    @Test func infeasibleWhenTheProcessConsistentlyFails() throws {
        // Around 100 since the 2019 baseline: x̄ ≈ 100.17, mR̄ = 1.2, lower limit ≈ 96.97; the target 50 lies far below.
        let series = Given.annual(from: 2014, [120, 116, 112, 108, 104, 100, 101, 99, 100, 101, 100])
        let plan = Given.target(baseline: (2019, 100), target: (2030, 50))
        let f = try #require(Given.finding(TargetInfeasibleRule(), Given.indicator(), target: plan, series))
        #expect(f.severity == .warning)
        #expect(f.since == .year(2019))
        #expect(f.message.en.hasPrefix("As the process runs it will not meet the target: the target (50) lies below the lower process limit of 97.0 (centre 100, 2019–2024); every value since 2019 is worse than it."))
        #expect(f.message.es.hasPrefix("Tal como funciona el proceso no alcanzará la meta: la meta (50) está por debajo del límite inferior del proceso, 97.0 (centro 100, 2019–2024)"))
    }

    @Test func infeasibleWhenTheRequiredRateBeatsTheRecord() throws {
        // A noisy series (limits ≈ 49–170, so the target 60 is hit-or-miss) whose best 5-year
        // rate is 125 → 99 (2017–2022), −4.6 %/yr; from 100 in 2024, 60 by 2030 takes −8.2 %/yr.
        let series = Given.annual(from: 2014, [100, 120, 95, 125, 98, 118, 96, 122, 99, 121, 100])
        let plan = Given.target(baseline: (2019, 118), target: (2030, 60))
        let a = Given.assess(Given.indicator(), target: plan, series)
        #expect(a.control?.assurance == .hitOrMiss)
        let f = try #require(Given.finding(TargetInfeasibleRule(), Given.indicator(), target: plan, series))
        #expect(f.message.en == "Reaching 60 by 2030 takes -8.2%/yr from 100 units in 2024, faster than the best 5-year rate in the record, -4.6%/yr (2017–2022).")
        #expect(f.message.es == "Llegar a 60 en 2030 requiere -8.2 %/año desde 100 unidades en 2024, más que la mejor tasa de 5 años registrada, -4.6 %/año (2017–2022).")
        // 100 × 0.95443^6 ≈ 75.6.
        #expect(f.adjustment.en == "Revisit the target. At the best rate the record shows, the value would be 75.6 in 2030.")
        // A longer span for "sustained" finds a different best; with 8 years, 2014–2022 (100 → 99) is best.
        #expect(Given.finding(TargetInfeasibleRule(bestRateYears: 8), Given.indicator(), target: plan, series) != nil)
    }

    @Test func feasibleTargetNearMiss() {
        // Target 101 inside the limits (≈ 100–112), and −0.65 %/yr needed against −3.3 %/yr achieved 2014–2019.
        let series = Given.annual(from: 2014, [130, 126, 122, 118, 114, 110, 106, 104, 106, 104, 105])
        let plan = Given.target(baseline: (2019, 110), target: (2030, 101))
        #expect(Given.assess(Given.indicator(), target: plan, series).control?.assurance == .hitOrMiss)
        #expect(Given.finding(TargetInfeasibleRule(), Given.indicator(), target: plan, series) == nil)
    }

    @Test func metEarlyBeforeTheTargetDate() throws {
        let up = Given.indicator(direction: .increase)
        let plan = Given.target(baseline: (2019, 100), target: (2028, 150))
        let f = try #require(Given.finding(TargetMetEarlyRule(), up, target: plan,
                                           Given.annual(from: 2019, [100, 110, 120, 130, 160, 170])))
        #expect(f.severity == .info)
        #expect(f.since == .year(2023))
        #expect(f.message.en == "Target met early, since 2023: 170 units in 2024 is already beyond the target of 150 set for 2028.")
        #expect(f.adjustment.es.hasPrefix("Elevar la ambición. Con 170 alcanzado frente a 150 fijado para 2028"))
    }

    @Test func metEarlyNearMisses() {
        let up = Given.indicator(direction: .increase)
        let plan = Given.target(baseline: (2019, 100), target: (2028, 150))
        // One short of the target, and the target inside the limits (≈ 99–151).
        let short = Given.annual(from: 2019, [100, 110, 120, 130, 140, 149])
        #expect(Given.assess(up, target: plan, short).control?.assurance == .hitOrMiss)
        #expect(Given.finding(TargetMetEarlyRule(), up, target: plan, short) == nil)
        // Met in the target year itself is not early.
        let onTime = Given.annual(from: 2019, [100, 105, 110, 115, 120, 125, 130, 135, 140, 151])
        #expect(Given.finding(TargetMetEarlyRule(), up, target: plan, onTime) == nil)
    }

    @Test func consistentlyPassesIsMetEarlyToo() throws {
        // Decrease wanted; values near 100 and a target of 200 above the upper limit.
        let plan = Given.target(baseline: (2019, 101), target: (2030, 200))
        let f = try #require(Given.finding(TargetMetEarlyRule(), Given.indicator(), target: plan,
                                           Given.annual(from: 2019, [101, 99, 100, 102, 98, 100])))
        #expect(f.message.en.contains("The process consistently passes the target: the target (200) lies above the upper process limit"))
    }
}
