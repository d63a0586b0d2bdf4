import VigiaCore

/// A fixed dashboard with places: synthetic-opioid deaths as CDC publishes them (12-month sums,
/// New York City apart from New York, Puerto Rico outside the national total, a suppressed state),
/// with populations and a rate target for one state. Independent of the bundled data.
enum PlacesSample {
    static let asOf = CalendarDate("2026-06-30")!

    static func make() -> Dashboard {
        let indicator = Indicator(id: "us.syn", goal: "crime", name: .init(en: "Synthetic opioid deaths (US)", es: "Muertes por opioides sintéticos (EE. UU.)"),
                                  unit: .init(en: "deaths", es: "muertes"), country: .US, direction: .decrease, frequency: .monthly,
                                  source: "CDC VSRR", aggregate: .last, values: .rolling12Months,
                                  rate: RateDefinition(per: 100_000, population: "us.pop"))
        let stateTarget = Target(indicator: "us.syn", baseline: PeriodValue(period: .year(2023), value: 40),
                                 history: [TargetRevision(agreed: CalendarDate("2024-01-15")!, target: PeriodValue(period: .year(2030), value: 20),
                                                          forum: "Security Implementation Group")],
                                 illustrative: true, measure: .rate, geo: "US-WV")
        let catalog = Catalog(goals: [Goal(id: "crime", name: .init(en: "Focused crime prevention", es: "Prevención focalizada del delito"))],
                              indicators: [indicator], targets: [stateTarget],
                              populations: [PopulationSeries(id: "us.pop", name: .init(en: "Population", es: "Población"), country: .US, source: "Census")])
        // Place, 12-month sum in Jan 2024, monthly step, population.
        let places: [(String, String, Double, Double, Double)] = [
            ("US", "United States", 70_000, -900, 336_000_000), ("US-WV", "West Virginia", 700, -12, 1_770_000),
            ("US-NY", "New York", 1_500, -20, 19_600_000), ("US-YC", "New York City", 2_000, -25, 0),
            ("US-TX", "Texas", 2_400, 10, 31_000_000), ("US-CA", "California", 7_000, -60, 39_000_000),
            ("US-FL", "Florida", 5_000, -40, 23_000_000), ("US-PR", "Puerto Rico", 300, 2, 3_200_000),
        ]
        var rows: [Observation] = []
        for (geo, _, start, step, population) in places {
            for k in 0..<25 {
                let period = Period.month(2024, 1).advanced(by: k)
                if geo == "US-FL" && k == 24 { continue }   // suppressed in the latest month
                rows.append(Observation(indicator: "us.syn", period: period, value: start + step * Double(k), geo: geo, source: "CDC VSRR"))
            }
            if population > 0 {
                for year in 2020...2025 {
                    rows.append(Observation(indicator: "us.pop", period: .year(year), value: population, geo: geo, source: "Census"))
                }
            }
        }
        let names = Dictionary(uniqueKeysWithValues: places.map { ($0.0, $0.1) })
        return Dashboard.evaluate(catalog, observations: rows, asOf: asOf, places: names)
    }
}
