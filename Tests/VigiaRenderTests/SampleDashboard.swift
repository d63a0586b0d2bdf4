import VigiaCore

/// A small fixed dashboard for golden tests: every status, accents, a long name, a control
/// character in data. Independent of the bundled data, so goldens change only with rendering.
enum SampleDashboard {
    static let asOf = CalendarDate("2025-12-31")!

    static func make() -> Dashboard {
        let goals = [
            Goal(id: "crime", name: .init(en: "Focused crime prevention", es: "Prevención focalizada del delito")),
            Goal(id: "toc", name: .init(en: "Disrupt transnational organized crime", es: "Desarticular la delincuencia organizada")),
        ]
        let indicators = [
            indicator("mx.hom", "crime", en: "Intentional homicide victims (Mexico)", es: "Víctimas de homicidio doloso (México)",
                      unit: ("victims", "víctimas"), direction: .decrease, frequency: .monthly),
            indicator("us.od", "crime", en: "Overdose deaths (US)\u{1B}[2J", es: "Muertes por sobredosis (EE. UU.)",
                      unit: ("deaths", "muertes"), direction: .decrease, frequency: .annual),
            indicator("fent", "toc", en: "Fentanyl seized at the border by all components, nationwide, fiscal years",
                      es: "Fentanilo asegurado en la frontera", unit: ("lb", "lb"), direction: .increase, frequency: .annual),
            indicator("ext", "toc", en: "Extraditions", es: "Extradiciones", unit: ("persons", "personas"),
                      direction: .increase, frequency: .annual, progress: .linear),
            indicator("meth", "toc", en: "Methamphetamine seized", es: "Metanfetamina asegurada", unit: ("lb", "lb"),
                      direction: .increase, frequency: .annual),
        ]
        let targets = [
            target("mx.hom", baseline: (.year(2019), 34_000), [("2021-10-08", .year(2030), 17_000), ("2023-10-13", .year(2030), 20_000)]),
            target("us.od", baseline: (.year(2019), 70_000), [("2022-04-21", .year(2030), 50_000)]),
            target("fent", baseline: (.year(2019), 2_800), [("2021-10-08", .year(2025), 9_000)]),
            target("ext", baseline: (.year(2019), 58), [("2021-10-08", .year(2030), 100)]),
        ]
        var rows: [Observation] = []
        for (i, v) in [2800.0, 2900, 2600, 2500, 2450, 2400, 2380, 2300, 2250, 2200, 2150, 2100].enumerated() {
            for year in 2019...2025 {
                let drift = Double(year - 2019) * 60
                rows.append(obs("mx.hom", .month(year, i + 1), v - drift))
            }
        }
        for (y, v) in zip(2015...2024, [52_000.0, 63_000, 70_000, 67_000, 70_600, 91_700, 106_700, 107_900, 105_000, 80_000]) {
            rows.append(obs("us.od", .year(y), v))
        }
        for (y, v) in zip(2019...2025, [2_800.0, 4_800, 11_200, 14_700, 27_000, 21_900, 12_000]) { rows.append(obs("fent", .year(y), v)) }
        for (y, v) in zip(2017...2024, [57.0, 69, 58, 56, 37, 78, 54, 40]) { rows.append(obs("ext", .year(y), v)) }
        for (y, v) in zip(2019...2024, [141_970.0, 177_684, 191_834, 175_410, 140_408, 174_197]) { rows.append(obs("meth", .year(y), v)) }
        let catalog = Catalog(goals: goals, indicators: indicators, targets: targets)
        return Dashboard.evaluate(catalog, observations: rows, asOf: asOf)
    }

    static func indicator(_ id: String, _ goal: String, en: String, es: String, unit: (String, String),
                          direction: Direction, frequency: Frequency, progress: ProgressChoice = .auto) -> Indicator {
        Indicator(id: id, goal: goal, name: .init(en: en, es: es), unit: .init(en: unit.0, es: unit.1), country: .MX,
                  direction: direction, frequency: frequency, source: "Sample source for \(id)", aggregate: .sum,
                  progress: progress, description: id == "fent" ? .init(en: "Interdiction output.", es: "Resultado de la interdicción.") : nil)
    }

    static func target(_ id: String, baseline: (Period, Double), _ history: [(String, Period, Double)]) -> Target {
        Target(indicator: id, baseline: PeriodValue(period: baseline.0, value: baseline.1),
               history: history.map { TargetRevision(agreed: CalendarDate($0.0)!, target: PeriodValue(period: $0.1, value: $0.2),
                                                     forum: "Dialogue", rationale: "Sample rationale for \(id).") },
               illustrative: true)
    }

    static func obs(_ id: String, _ period: Period, _ value: Double) -> Observation {
        Observation(indicator: id, period: period, value: value, geo: "MX", source: "sample", note: nil)
    }
}
