import Foundation
import VigiaCore
import VigiaStore

/// Monthly series of one indicator by municipality, each with a target of its own (half its 2019
/// total by 2030), so every part of the evaluation is exercised: trend, progress against a target,
/// process control, change points and every flag rule.
struct MunicipalSeries {
    let indicator: Indicator
    /// One per municipality, in time order.
    let series: [[Observation]]

    /// Synthetic and seeded: `count` series of `months` months from 2015-01, with a level,
    /// a slope, a season and noise each.
    static func synthetic(_ indicator: Indicator, count: Int, months: Int) -> MunicipalSeries {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func random() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let series = (0..<count).map { i in
            let level = 5 + random() * 60, slope = (random() - 0.5) * 0.02
            return (0..<months).map { m in
                let season = 1 + 0.15 * sin(Double(m % 12) / 12 * 2 * .pi)
                let value = max(0, (level * season * (1 + slope * Double(m)) + (random() - 0.5) * level * 0.4).rounded())
                return Observation(indicator: indicator.id, period: Period.month(2015, 1).advanced(by: m), value: value,
                                   geo: GeoCode.mexicanMunicipality(10_000 + i).text, source: "synthetic")
            }
        }
        return MunicipalSeries(indicator: indicator, series: series)
    }

    /// Every municipal series of `indicator` in the store, as known at `asOf`.
    static func stored(_ indicator: Indicator, store: Store, asOf: CalendarDate) throws -> MunicipalSeries {
        var byGeo: [String: [Observation]] = [:]
        for o in try store.observations(knownAt: asOf).complete
        where o.indicator == indicator.id && GeoCode(o.geo).level == .municipality && o.period.endDate <= asOf {
            byGeo[o.geo, default: []].append(o)
        }
        return MunicipalSeries(indicator: indicator, series: byGeo.keys.sorted().map { byGeo[$0]! })
    }

    /// Half the 2019 total by 2030, agreed in 2021 (the 2019 total is at least 1).
    static func target(for series: [Observation]) -> Target {
        let baseline = max(1, series.filter { $0.period.year == 2019 }.reduce(0) { $0 + $1.value })
        return Target(indicator: series.first?.indicator ?? "", baseline: PeriodValue(period: .year(2019), value: baseline),
                      history: [TargetRevision(agreed: CalendarDate(year: 2021, month: 10, day: 8)!,
                                               target: PeriodValue(period: .year(2030), value: baseline / 2), forum: "bench")],
                      illustrative: true)
    }

    var count: Int { series.count }
    var targets: [Target] { series.map(Self.target) }

    /// Assessment and flags of every series, as `Dashboard.evaluate` does for each indicator;
    /// returns the number of flags raised.
    @discardableResult
    func evaluate(targets: [Target], asOf: CalendarDate) -> Int {
        var flags = 0
        for (i, s) in series.enumerated() {
            let a = Assessor(indicator: indicator, target: targets[i], asOf: asOf, control: RuleSettings.defaults.control)
                .assess(s)
            flags += FlagEvaluator.flags(FlagContext(assessment: a, asOf: asOf), settings: .defaults, decisions: []).count
        }
        return flags
    }

    /// A dashboard with one indicator per municipality, evaluated the one way dashboards are.
    func dashboard(goals: [Goal], asOf: CalendarDate) -> Dashboard {
        let indicators = perMunicipality
        let targets = zip(indicators, series).map { indicator, s in
            let t = Self.target(for: s)
            return Target(indicator: indicator.id, baseline: t.baseline, history: t.history, illustrative: true)
        }
        var observations: [Observation] = []
        observations.reserveCapacity(series.reduce(0) { $0 + $1.count })
        for (indicator, s) in zip(indicators, series) {
            for o in s {
                observations.append(Observation(indicator: indicator.id, period: o.period, value: o.value, geo: "MX",
                                                source: o.source, note: o.note))
            }
        }
        let catalog = Catalog(goals: goals.filter { $0.id == indicator.goal }, indicators: indicators, targets: targets)
        return Dashboard.evaluate(catalog, observations: observations, asOf: asOf)
    }

    /// One indicator per municipality, so that ten thousand of them make an Overview.
    var perMunicipality: [Indicator] {
        series.map { s in
            let geo = s.first?.geo ?? "?"
            return Indicator(id: "\(indicator.id)@\(geo)", goal: indicator.goal,
                             name: LocalizedText(en: "\(indicator.name.en), \(geo)", es: "\(indicator.name.es), \(geo)"),
                             unit: indicator.unit, country: indicator.country, direction: indicator.direction,
                             frequency: indicator.frequency, source: indicator.source, aggregate: indicator.aggregate,
                             progress: indicator.progress, trendWindowYears: indicator.trendWindowYears)
        }
    }

    /// `geo<TAB>test<TAB>the trend window on a monthly grid (nan for a missing month)<TAB>S<TAB>p<TAB>Sen slope
    /// per year`, one line per series: the input of Benchmarks/peers/mk_seasonal.py, with the test Vigía's
    /// `auto` chose for the series and its answer to compare with.
    func export(to path: String, targets: [Target], asOf: CalendarDate) throws {
        var out = ""
        for (i, s) in series.enumerated() {
            let a = Assessor(indicator: indicator, target: targets[i], asOf: asOf).assess(s)
            guard let first = a.window.first, let last = a.window.last, let t = a.trend else { continue }
            var grid = Array(repeating: "nan", count: last.period.ordinal - first.period.ordinal + 1)
            for o in a.window { grid[o.period.ordinal - first.period.ordinal] = String(o.value) }
            let r = t.result
            out += "\(first.geo)\t\(r.test.rawValue)\t\(grid.joined(separator: ","))\t\(r.s)\t\(r.p)\t\(r.slopePerYear ?? .nan)\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
