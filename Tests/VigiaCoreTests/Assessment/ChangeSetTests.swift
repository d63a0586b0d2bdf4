import Testing
@testable import VigiaCore

/// The "what changed since" section on a crafted history.
struct ChangeSetTests {
    static let indicator = Indicator(id: "x", goal: "g", name: .init(en: "X", es: "X"), unit: .init(en: "u", es: "u"),
                                     country: .MX, direction: .decrease, frequency: .annual, source: "s")
    static let other = Indicator(id: "y", goal: "g", name: .init(en: "Y", es: "Y"), unit: .init(en: "u", es: "u"),
                                 country: .MX, direction: .decrease, frequency: .annual, source: "s")

    static func catalog() -> Catalog {
        let target = Target(indicator: "x", baseline: PeriodValue(period: .year(2019), value: 100),
                            history: [TargetRevision(agreed: CalendarDate("2020-01-15")!, target: PeriodValue(period: .year(2030), value: 50), forum: "f"),
                                      TargetRevision(agreed: CalendarDate("2023-03-01")!, target: PeriodValue(period: .year(2030), value: 80), forum: "g",
                                                     rationale: "slower")],
                            illustrative: true)
        return Catalog(goals: [Goal(id: "g", name: .init(en: "G", es: "G"))], indicators: [indicator, other], targets: [target])
    }

    /// x falls on pace until 2021, then climbs back; y is steady.
    static let rows: [Observation] = zip(2019...2024, [100.0, 94, 89, 92, 99, 104]).map {
        Observation(indicator: "x", period: .year($0.0), value: $0.1, geo: "MX", source: "s")
    } + (2019...2024).map { Observation(indicator: "y", period: .year($0), value: 10, geo: "MX", source: "s") }

    @Test func statusesTargetsFlagsAndData() throws {
        let catalog = Self.catalog()
        let since = CalendarDate("2022-06-30")!, asOf = CalendarDate("2025-06-30")!
        let revision = Revision(indicator: "x", period: .year(2023), previous: 98, revised: 99, recorded: CalendarDate("2024-05-02")!)
        let old = Revision(indicator: "x", period: .year(2020), previous: 95, revised: 94, recorded: CalendarDate("2021-05-02")!)
        let changes = ChangeSet(before: Dashboard.evaluate(catalog, observations: Self.rows, asOf: since),
                                after: Dashboard.evaluate(catalog, observations: Self.rows, asOf: asOf),
                                revisions: [revision, old])
        #expect(changes.since == since && changes.asOf == asOf)
        let status = try #require(changes.statusChanges.first)
        #expect(changes.statusChanges.count == 1)
        #expect(status.indicator.id == "x" && status.from == .moderate && status.to == .movingAway)
        #expect(changes.newFlags.contains { $0.indicator.id == "x" && $0.flag.rule == .movingAway })
        let target = try #require(changes.targetRevisions.first)
        #expect(changes.targetRevisions.count == 1)
        #expect(target.revision.target.value == 80 && target.previous?.target.value == 50)
        #expect(changes.dataRevisions == [revision], "only revisions recorded in the period")
        #expect(changes.newObservations.map(\.indicator.id) == ["x", "y"])
        #expect(changes.newObservations.first?.count == 3, "2022, 2023 and 2024 ended after the since date")
        #expect(changes.newObservations.first?.latest == .year(2024))
    }

    @Test func nothingChangedIsEmpty() {
        let catalog = Self.catalog()
        let d = Dashboard.evaluate(catalog, observations: Self.rows, asOf: CalendarDate("2025-06-30")!)
        #expect(ChangeSet(before: d, after: d).isEmpty)
    }
}
