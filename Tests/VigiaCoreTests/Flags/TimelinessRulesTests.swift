import Testing
@testable import VigiaCore

/// stale-data, insufficient-data and data-revised: whether the figures can bear a judgment.
struct TimelinessRulesTests {
    @Test func staleMonthlyDataAfterTwoMonths() throws {
        let series = Given.monthly(from: .month(2025, 1), Array(repeating: 10, count: 16))   // to 2026-04
        // 2026-04 ends on April 30; two months later is June 30: still fresh on that day.
        #expect(Given.finding(StaleDataRule(), Given.indicator(.monthly), series, asOf: CalendarDate("2026-06-30")!) == nil)
        let f = try #require(Given.finding(StaleDataRule(), Given.indicator(.monthly), series, asOf: CalendarDate("2026-07-01")!))
        #expect(f.severity == .warning)
        #expect(f.since == .month(2026, 5))
        #expect(f.message.en == "No data since 2026-05: the latest value (2026-04) is 3 months old at 2026-07-01; 2 months are allowed for monthly data.")
        #expect(f.message.es == "Sin datos desde 2026-05: el último valor (2026-04) tiene 3 meses de antigüedad al 2026-07-01; se admiten 2 meses para datos mensuales.")
        #expect(f.adjustment.en == "Chase the data source: test source. Until it reports, progress is judged on 2026-04.")
    }

    @Test func staleAnnualDataAfterEighteenMonths() throws {
        let series = Given.annual(from: 2020, [1, 2, 3, 4, 5])   // to 2024
        #expect(Given.finding(StaleDataRule(), Given.indicator(), series, asOf: CalendarDate("2026-06-30")!) == nil)
        let f = try #require(Given.finding(StaleDataRule(), Given.indicator(), series, asOf: CalendarDate("2026-07-01")!))
        #expect(f.since == .year(2025))
        #expect(StaleDataRule().allowedMonths(.quarterly) == 6)
        #expect(Given.finding(StaleDataRule(annualMonths: 24), Given.indicator(), series, asOf: CalendarDate("2026-07-01")!) == nil)
    }

    @Test func insufficientDataBelowFivePoints() throws {
        let f = try #require(Given.finding(InsufficientDataRule(), Given.indicator(), Given.annual(from: 2021, [1, 2, 3, 4])))
        #expect(f.severity == .info)
        #expect(f.since == .year(2021))
        #expect(f.message.en == "Only 4 values in the window (2021–2024); at least 5 are needed to judge a trend.")
        #expect(f.adjustment.en == "Collect data before judging: 1 more value is needed; until then trend and progress are indicative only.")
        #expect(f.adjustment.es == "Reunir datos antes de juzgar: falta 1 valor; mientras tanto la tendencia y el avance son solo orientativos.")
        // Near miss: five values are enough.
        #expect(Given.finding(InsufficientDataRule(), Given.indicator(), Given.annual(from: 2020, [1, 2, 3, 4, 5])) == nil)
    }

    @Test func insufficientDataCountsTheWindowNotTheRecord() throws {
        // Ten years of data, but only three since the 2022 baseline.
        let plan = Given.target(baseline: (2022, 5), target: (2030, 1))
        let f = try #require(Given.finding(InsufficientDataRule(), Given.indicator(), target: plan,
                                           Given.annual(from: 2015, [9, 8, 7, 6, 6, 6, 5, 5, 4, 4])))
        #expect(f.since == .year(2022))
        let none = try #require(Given.finding(InsufficientDataRule(), Given.indicator(.monthly), []))
        #expect(none.since == .month(2030, 6))
        #expect(none.message.en == "No values to judge at 2030-06-30; at least 5 are needed to judge a trend.")
    }

    static func revision(_ period: Period, _ previous: Double, _ revised: Double, _ recorded: String) -> Revision {
        Revision(indicator: "x", period: period, previous: previous, revised: revised, recorded: CalendarDate(recorded)!)
    }

    @Test func dataRevisedAboveTwoPercent() throws {
        let series = Given.annual(from: 2020, [100, 100, 100, 100, 100])
        let revisions = [Self.revision(.year(2022), 100, 103, "2030-03-01"), Self.revision(.year(2021), 100, 98.5, "2030-03-01")]
        let f = try #require(Given.finding(DataRevisedRule(), Given.indicator(), series, revisions: revisions))
        #expect(f.severity == .info)
        #expect(f.since == .year(2022))
        #expect(f.message.en == "1 earlier value revised by more than 2.0% in the 12 months to 2030-06-30, from 2022 on; the largest: 2022 from 100 to 103 (+3.0%).")
        #expect(f.message.es == "1 valor anterior revisado en más de 2.0 % en los 12 meses al 2030-06-30, desde 2022; el mayor: 2022 de 100 a 103 (+3.0 %).")
    }

    @Test func dataRevisedNearMisses() {
        let series = Given.annual(from: 2020, [100, 100, 100, 100, 100])
        let rule = DataRevisedRule()
        // No store, no revisions: never fires.
        #expect(Given.finding(rule, Given.indicator(), series) == nil)
        // 1.9 % is not material; 3 % recorded after the as-of date or more than 12 months before it does not count.
        for r in [Self.revision(.year(2022), 100, 101.9, "2030-03-01"), Self.revision(.year(2022), 100, 103, "2030-07-01"),
                  Self.revision(.year(2022), 100, 103, "2029-06-30")] {
            #expect(Given.finding(rule, Given.indicator(), series, revisions: [r]) == nil, "\(r)")
        }
        // Another indicator's revision is not this one's.
        let other = Revision(indicator: "y", period: .year(2022), previous: 100, revised: 150, recorded: CalendarDate("2030-03-01")!)
        #expect(Given.finding(rule, Given.indicator(), series, revisions: [other]) == nil)
    }
}
