import Testing
@testable import VigiaCore

/// The decisions log: a recorded decision marks a flag addressed while its episode lasts.
struct DecisionTests {
    // Moving away since 2021 (the first value above the 2019 baseline after 2020's dip).
    static let catalogIndicator = Given.indicator()
    static let plan = Given.target(baseline: (2019, 100), target: (2029, 50))
    static let series = Given.annual(from: 2019, [100, 99, 101, 103, 104, 106])

    static func flags(_ decisions: [Decision], asOf: String = "2026-06-30") -> [Flag] {
        let catalog = Catalog(goals: [], indicators: [Self.catalogIndicator], targets: [Self.plan], decisions: decisions)
        return Dashboard.evaluate(catalog, observations: Self.series, asOf: CalendarDate(asOf)!).assessments[0].flags
    }

    static func decision(_ date: String, rule: RuleID = .movingAway, kind: DecisionKind = .changeApproach,
                         indicator: String = "x") -> Decision {
        Decision(indicator: indicator, rule: rule, date: CalendarDate(date)!, kind: kind, note: "why")
    }

    static func movingAway(_ flags: [Flag]) throws -> Flag {
        try #require(flags.first { $0.rule == .movingAway })
    }

    @Test func aDecisionOnOrBeforeTheAsOfDateAddressesTheFlag() throws {
        let decided = Self.decision("2025-03-01")
        let flag = try Self.movingAway(Self.flags([decided]))
        #expect(flag.since == .year(2021))
        #expect(flag.isAddressed)
        #expect(flag.decision == decided)
        // On the as-of date itself it counts too.
        #expect(try Self.movingAway(Self.flags([Self.decision("2026-06-30")])).isAddressed)
    }

    @Test func decisionsThatDoNotAddressTheFlag() throws {
        let cases = [
            Self.decision("2026-07-01"),                     // after the as-of date
            Self.decision("2020-12-31"),                     // before the episode began (2021)
            Self.decision("2025-03-01", rule: .offPace),           // another rule
            Self.decision("2025-03-01", indicator: "y"),     // another indicator
        ]
        for d in cases {
            let flag = try Self.movingAway(Self.flags([d]))
            #expect(!flag.isAddressed, "\(d)")
            #expect(flag.decision == nil, "\(d)")
        }
    }

    @Test func theLatestDecisionIsShown() throws {
        let first = Self.decision("2023-01-10", kind: .keepCourse), second = Self.decision("2025-05-05", kind: .reviseTarget)
        #expect(try Self.movingAway(Self.flags([second, first])).decision == second)
        // As of a date between them, the first is the one in force.
        #expect(try Self.movingAway(Self.flags([second, first], asOf: "2024-06-30")).decision == first)
    }

    @Test func theFlagGoesWhenTheConditionClearsDecisionOrNot() {
        let recovered = Given.annual(from: 2019, [100, 99, 101, 103, 90, 80])
        let catalog = Catalog(goals: [], indicators: [Self.catalogIndicator], targets: [Self.plan],
                              decisions: [Self.decision("2025-03-01")])
        let flags = Dashboard.evaluate(catalog, observations: recovered, asOf: CalendarDate("2026-06-30")!).assessments[0].flags
        #expect(!flags.contains { $0.rule == .movingAway })
    }

    @Test func flagsAreOrderedBySeverityThenRule() {
        let flags = Self.flags([])
        #expect(flags.map(\.severity) == flags.map(\.severity).sorted())
        #expect(flags.first?.rule == .movingAway)
        #expect(flags.map(\.rule) == [.movingAway, .targetInfeasible])   // critical, then warning
        #expect(flags.allSatisfy { !$0.message.en.isEmpty && !$0.message.es.isEmpty && $0.message.en != $0.message.es })
    }

    @Test func disabledRulesDoNotRun() {
        var rules = RuleSettings()
        rules.disabled = [.movingAway, .staleData]
        let catalog = Catalog(goals: [], indicators: [Self.catalogIndicator], targets: [Self.plan], rules: rules)
        let flags = Dashboard.evaluate(catalog, observations: Self.series, asOf: CalendarDate("2026-06-30")!).assessments[0].flags
        #expect(!flags.contains { $0.rule == .movingAway || $0.rule == .staleData })
    }

    @Test func selectingKeepsFlagsThatComparePairs() {
        let s = Given.indicator(id: "s", direction: .increase), d = Given.indicator(id: "d", direction: .decrease)
        var rules = RuleSettings()
        rules.divergence.pairs = [IndicatorPair("s", "d")]
        let catalog = Catalog(goals: [], indicators: [s, d], targets: [], rules: rules)
        let observations = Given.annual("s", from: 2020, [90, 100, 95, 92, 80]) + Given.annual("d", from: 2020, [900, 1000, 950, 800, 700])
        let dashboard = Dashboard.evaluate(catalog, observations: observations, asOf: CalendarDate("2025-06-30")!).selecting(["s"])
        #expect(dashboard.assessments.map(\.indicator.id) == ["s"])
        #expect(dashboard.assessments[0].flags.contains { $0.rule == .divergence })
        #expect(dashboard.flags.allSatisfy { $0.indicator.id == "s" })
    }
}
