import VigiaCore

/// A small fixed dashboard for golden tests: every status, accents, a long name, a control
/// character in data, a series with gaps (and a lone year between them), a break and events.
/// Independent of the bundled data, so goldens change only with rendering.
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
            indicator("xfer", "toc", en: "Persons sent to the US", es: "Personas enviadas a EE. UU.", unit: ("persons", "personas"),
                      direction: .increase, frequency: .annual, breaks: [transfersCounted]),
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
        // No values for 2018 and 2020: 2019 stands alone between two gaps.
        for (y, v) in zip(Array(2010...2017) + [2019] + Array(2021...2025), [94.0, 93, 115, 54, 66, 57, 69, 58, 56, 78, 54, 40, 61, 120]) {
            rows.append(obs("xfer", .year(y), v))
        }
        let catalog = Catalog(goals: goals, indicators: indicators, targets: targets, events: events)
        return Dashboard.evaluate(catalog, observations: rows, asOf: asOf)
    }

    static func indicator(_ id: String, _ goal: String, en: String, es: String, unit: (String, String),
                          direction: Direction, frequency: Frequency, progress: ProgressChoice = .auto,
                          breaks: [SeriesBreak] = []) -> Indicator {
        Indicator(id: id, goal: goal, name: .init(en: en, es: es), unit: .init(en: unit.0, es: unit.1), country: .MX,
                  direction: direction, frequency: frequency, source: "Sample source for \(id)", aggregate: .sum,
                  progress: progress, breaks: breaks,
                  description: id == "fent" ? .init(en: "Interdiction output.", es: "Resultado de la interdicción.") : nil)
    }

    static let transfersCounted = SeriesBreak(
        period: .year(2012), kind: .scope,
        note: .init(en: "transfers counted beside treaty extraditions", es: "se cuentan traslados además de extradiciones"))

    /// Two events for the transfers (one in the series' last year, after its last point), one for
    /// homicides, and one after the as-of date that no chart may show.
    static let events = [
        event("2021-10-08", .agreement, en: "Bicentennial Framework agreed", es: "Se acuerda el Entendimiento Bicentenario", ["xfer"]),
        event("2025-02-27", .transfer, en: "29 detainees handed over <at once>", es: "29 detenidos entregados <a la vez>", ["xfer"]),
        event("2024-10-01", .policy, en: "New security strategy", es: "Nueva estrategia de seguridad", ["mx.hom"]),
        event("2026-03-01", .transfer, en: "Not yet happened", es: "Aún no ocurre", ["xfer"]),
    ]

    static func event(_ date: String, _ kind: EventKind, en: String, es: String, _ ids: [String]) -> PolicyEvent {
        PolicyEvent(date: CalendarDate(date)!, title: .init(en: en, es: es), kind: kind, scope: .indicators(ids), source: "sample")
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
