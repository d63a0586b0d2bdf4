import Testing
@testable import VigiaCore

/// Small hand-made indicators, series and targets for the flag rule tests.
enum Given {
    static func indicator(_ frequency: Frequency = .annual, id: String = "x", direction: Direction = .decrease,
                          aggregate: Aggregate = .sum, progress: ProgressChoice = .auto) -> Indicator {
        Indicator(id: id, goal: "g", name: .init(en: "Indicator \(id)", es: "Indicador \(id)"),
                  unit: .init(en: "units", es: "unidades"), country: .MX, direction: direction,
                  frequency: frequency, source: "test source", aggregate: aggregate, progress: progress)
    }

    /// Consecutive years from `first`.
    static func annual(_ id: String = "x", from first: Int, _ values: [Double]) -> [Observation] {
        values.enumerated().map {
            Observation(indicator: id, period: .year(first + $0.offset), value: $0.element, geo: "MX", source: "t")
        }
    }

    static func monthly(_ id: String = "x", from start: Period, _ values: [Double]) -> [Observation] {
        values.enumerated().map {
            Observation(indicator: id, period: start.advanced(by: $0.offset), value: $0.element, geo: "MX", source: "t")
        }
    }

    static func target(_ id: String = "x", baseline: (Int, Double), target: (Int, Double),
                       agreed: String = "2019-06-01") -> Target {
        Target(indicator: id, baseline: PeriodValue(period: .year(baseline.0), value: baseline.1),
               history: [TargetRevision(agreed: CalendarDate(agreed)!,
                                        target: PeriodValue(period: .year(target.0), value: target.1), forum: "f")],
               illustrative: true)
    }

    static let asOf = CalendarDate("2030-06-30")!

    /// The assessment of one indicator and what `rule` finds in it.
    static func finding(_ rule: some FlagRule, _ indicator: Indicator, target: Target? = nil, _ series: [Observation],
                        asOf: CalendarDate = asOf, revisions: [Revision] = [], peers: [Assessment] = [],
                        control: ProcessControlSettings = .standard) -> Finding? {
        let a = Assessor(indicator: indicator, target: target, asOf: asOf, control: control).assess(series)
        let all = Dictionary((peers + [a]).map { ($0.indicator.id, $0) }, uniquingKeysWith: { x, _ in x })
        return rule.evaluate(FlagContext(assessment: a, asOf: asOf, revisions: revisions, peers: all))
    }

    static func assess(_ indicator: Indicator, target: Target? = nil, _ series: [Observation],
                       asOf: CalendarDate = asOf) -> Assessment {
        Assessor(indicator: indicator, target: target, asOf: asOf).assess(series)
    }
}
