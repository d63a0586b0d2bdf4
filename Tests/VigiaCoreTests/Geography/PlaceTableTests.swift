import Testing
import VigiaCore

/// Places below a country or state: the window ranked, counts and rates, changes, shares, and
/// why the whole and the sum of its places differ.
struct PlaceTableTests {
    static func o(_ geo: String, _ period: Period, _ value: Double, _ indicator: String = "x") -> Observation {
        Observation(indicator: indicator, period: period, value: value, geo: geo, source: "test")
    }

    static func indicator(_ country: Country = .MX, frequency: Frequency = .monthly, values: SeriesValues = .perPeriod,
                          breaks: [SeriesBreak] = []) -> Indicator {
        Indicator(id: "x", goal: "g", name: LocalizedText(en: "X", es: "X"), unit: LocalizedText(en: "u", es: "u"),
                  country: country, direction: .decrease, frequency: frequency, source: "s",
                  aggregate: values == .rolling12Months ? .last : .sum, values: values, breaks: breaks,
                  rate: RateDefinition(per: 100_000, population: "pop"))
    }

    static func catalog(_ indicator: Indicator, targets: [Target] = []) -> Catalog {
        Catalog(goals: [Goal(id: "g", name: LocalizedText(en: "G", es: "G"))], indicators: [indicator], targets: targets,
                populations: [PopulationSeries(id: "pop", name: LocalizedText(en: "P", es: "P"), country: indicator.country,
                                               source: "census")])
    }

    static func population(_ geo: String, _ years: ClosedRange<Int>, _ value: Double) -> [Observation] {
        years.map { o(geo, .year($0), value, "pop") }
    }

    /// Two years of months for two states and the nation; state 01 has 100,000 people, state 02 has 200,000.
    static func monthly(through last: Period = .month(2025, 12)) -> [Observation] {
        var data: [Observation] = []
        var p = Period.month(2024, 1)
        while p <= last {
            data += [o("MX", p, 40), o("MX-01", p, 10), o("MX-02", p, 25)]
            p = p.advanced(by: 1)
        }
        return data + population("MX-01", 2020...2025, 100_000) + population("MX-02", 2020...2025, 200_000)
            + population("MX", 2020...2025, 300_000)
    }

    @Test func statesAreRankedOnTheTrailingYearWithRatesSharesAndTheDifferenceToTheNation() throws {
        let d = Dashboard.evaluate(Self.catalog(Self.indicator()), observations: Self.monthly(), asOf: CalendarDate("2026-06-30")!)
        let t = try #require(d.assessments.first?.places)
        #expect(t.window == PlaceWindow(end: .month(2025, 12), length: 12))
        #expect(t.rows.map(\.geo) == ["MX-02", "MX-01"])
        #expect(t.rows.map(\.value) == [300, 120])
        #expect(t.rows.map(\.rate) == [150, 120])           // 300 per 200,000 people; 120 per 100,000
        #expect(t.rows.map(\.change) == [0, 0])
        #expect(t.rows.map(\.share) == [300.0 / 480, 120.0 / 480])
        #expect(t.parentValue == 480)
        #expect(t.parentRate == 160)
        #expect(t.reconciliation.sumOfPlaces == 420)
        #expect(t.reconciliation.difference == 60)
        #expect(t.reconciliation.missing.isEmpty)
    }

    @Test func aYearWithoutAnEstimateTakesTheLatestOnlyOneYearOn() throws {
        let indicator = Self.indicator()
        let table = PopulationTable(Self.population("MX-01", 2020...2024, 100_000), ids: ["pop"])
        let scale = try #require(RateScale(indicator: indicator, geo: "MX-01", table: table))
        #expect(scale.estimate(for: .month(2025, 3)) == PopulationTable.Estimate(value: 100_000, year: 2024, carriedForward: true))
        #expect(scale.rate(ofCount: 5, at: .month(2024, 3)) == 5)
        #expect(scale.rate(ofCount: 5, at: .month(2026, 1)) == nil)   // two years on: stale, no rate
        #expect(scale.rate(ofCount: 5, at: .month(2019, 12)) == nil)  // before the first estimate
        let gap = PopulationTable(Self.population("MX-01", 2020...2020, 1) + Self.population("MX-01", 2022...2022, 1), ids: ["pop"])
        #expect(gap.estimate("pop", geo: "MX-01", year: 2021) == nil)  // a missing year is never filled in
    }

    @Test func withoutAWholeYearThePlacesAreRankedOnTheYearToDate() throws {
        let breaks = [SeriesBreak(period: .month(2026, 1), kind: .classification, note: LocalizedText(en: "n", es: "n"))]
        var data: [Observation] = []
        for m in 1...3 { data += [Self.o("MX-01", .month(2026, m), 1), Self.o("MX-02", .month(2026, m), 2)] }
        data += Self.population("MX-01", 2026...2026, 100_000) + Self.population("MX-02", 2026...2026, 100_000)
        let d = Dashboard.evaluate(Self.catalog(Self.indicator(breaks: breaks)), observations: data, asOf: CalendarDate("2026-06-30")!)
        let t = try #require(d.assessments.first?.places)
        #expect(t.window == PlaceWindow(end: .month(2026, 3), length: 3))
        #expect(t.window.isPartOfYear)
        #expect(t.rows.map(\.value) == [6, 3])
        #expect(t.rows.allSatisfy { $0.change == nil })
    }

    @Test func newYorkCityIsAddedToNewYorkPuertoRicoIsOutsideTheTotalAndAMissingStateIsNamed() throws {
        let end = Period.month(2025, 12)
        var data = [Self.o("US", end, 100), Self.o("US-NY", end, 10), Self.o("US-YC", end, 15), Self.o("US-TX", end, 50),
                    Self.o("US-PR", end, 7)]
        data += Self.population("US-NY", 2025...2025, 100_000) + Self.population("US-TX", 2025...2025, 500_000)
            + Self.population("US-PR", 2025...2025, 70_000) + Self.population("US-FL", 2025...2025, 400_000)
        let d = Dashboard.evaluate(Self.catalog(Self.indicator(.US, values: .rolling12Months)), observations: data,
                                   asOf: CalendarDate("2026-06-30")!)
        let t = try #require(d.assessments.first?.places)
        let ny = try #require(t.rows.first { $0.geo == "US-NY" })
        #expect(ny.value == 25)
        #expect(ny.rate == 25)
        #expect(ny.includes == ["US-YC"])
        #expect(!t.rows.contains { $0.geo == "US-YC" })
        #expect(t.reconciliation.merged == ["US-YC": "US-NY"])
        #expect(t.reconciliation.outside == ["US-PR": 7])
        #expect(t.reconciliation.missing == ["US-FL"])
        #expect(t.reconciliation.sumOfPlaces == 75)      // New York with the city, Texas; not Puerto Rico
        #expect(t.reconciliation.difference == 25)
    }

    @Test func aStateIsAssessedAgainstItsOwnRateTarget() throws {
        let target = Target(indicator: "x", baseline: PeriodValue(period: .year(2024), value: 120),
                            history: [TargetRevision(agreed: CalendarDate("2024-01-01")!, target: PeriodValue(period: .year(2030), value: 60),
                                                     forum: "f")],
                            illustrative: true, measure: .rate, geo: "MX-01")
        let d = Dashboard.evaluate(Self.catalog(Self.indicator(), targets: [target]), observations: Self.monthly(),
                                   asOf: CalendarDate("2026-06-30")!)
        #expect(d.assessments.first?.target == nil)     // a state's target is not the nation's
        let a = try #require(d.geography.assessment("x", at: "MX-01"))
        #expect(a.measure == .rate)
        #expect(a.placeName == "Aguascalientes")
        #expect(a.progress.current?.value == 120)     // 120 crimes over 100,000 people in 2025
        #expect(a.headline?.count == 120)
        #expect(a.series.first?.value == 10)          // a month's rate: 10 per 100,000
        #expect(a.progress.from?.value == 120)
    }

    @Test func municipalitiesAreListedBelowTheirStateAndMakeItsSeriesWhenTheSourceGaveNoStates() throws {
        let m = Period.month(2025, 12)
        let data = [Self.o("MX-11001", m, 3), Self.o("MX-11002", m, 4), Self.o("MX-09015", m, 5)]
        let d = Dashboard.evaluate(Self.catalog(Self.indicator()), observations: data, asOf: CalendarDate("2026-06-30")!)
        let states = try #require(d.assessments.first?.places)
        #expect(states.rows.map(\.geo) == ["MX-11", "MX-09"])
        #expect(states.window == PlaceWindow(end: m, length: 1))   // the year to date: December only
        #expect(states.rows.map(\.value) == [7, 5])
        let municipalities = try #require(d.geography.table("x", under: "MX-11"))
        #expect(municipalities.level == .municipality)
        #expect(municipalities.rows.map(\.geo) == ["MX-11002", "MX-11001"])
        #expect(municipalities.rows.allSatisfy { $0.rate == nil })
    }
}
