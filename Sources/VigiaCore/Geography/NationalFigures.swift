/// National figures where a source gave only sub-national ones.
///
/// A national figure given by a source is always used as such. For a period without one, the
/// national figure is the sum over states when every state the indicator has reported is there for
/// that period, else the sum over municipalities on the same condition. Levels are never mixed:
/// states and municipalities are never added together, so nothing is counted twice.
public enum NationalFigures {
    /// `observations` plus a derived national observation for every gap that can be filled.
    public static func completing(_ observations: [Observation]) -> [Observation] {
        observations + derived(observations)
    }

    /// The derived national observations alone, by indicator (in id order), then period.
    public static func derived(_ observations: [Observation]) -> [Observation] {
        derived(observations, municipal: MunicipalTotals(observations))
    }

    /// The same, with the municipal figures already summed (`observations` need not hold them).
    public static func derived(_ observations: [Observation], municipal: MunicipalTotals) -> [Observation] {
        let groups = ObservationGroups(observations)
        var derived: [Observation] = []
        for indicator in Set(groups.byIndicator.keys).union(municipal.indicators.keys).sorted() {
            let series = groups.byIndicator[indicator] ?? []
            var filled = Set(series.lazy.filter { groups.levels[$0] == .national }.map { observations[$0].period })
            derived += fromStates(observations, series, groups.levels, filling: &filled)
            if let totals = municipal.indicators[indicator] {
                derived += fromMunicipalities(indicator, totals, filling: &filled)
            }
        }
        return derived
    }

    /// What the states add up to in one period: the sum in the observations' order, the states
    /// present, and the first observation (whose source and country the derived figure takes).
    private struct PeriodTotal {
        var total = 0.0
        var units: Set<Int> = []
        var first: Int
        /// A sum is only as good as its weakest part.
        var confidence = Confidence.high
    }

    /// `series` indexes one indicator's observations.
    private static func fromStates(_ observations: [Observation], _ series: [Int], _ levels: [GeoLevel],
                                   filling filled: inout Set<Period>) -> [Observation] {
        var unitIndex: [String: Int] = [:], lastGeo = "", lastUnit = -1
        var byPeriod: [Period: PeriodTotal] = [:]
        for i in series where levels[i] == .state {
            let o = observations[i]
            if o.geo != lastGeo {
                lastGeo = o.geo
                lastUnit = unitIndex[o.geo] ?? { unitIndex[o.geo] = unitIndex.count; return unitIndex.count - 1 }()
            }
            guard !filled.contains(o.period) else { continue }
            byPeriod[o.period, default: PeriodTotal(first: i)].total += o.value
            byPeriod[o.period]!.units.insert(lastUnit)
            byPeriod[o.period]!.confidence = max(byPeriod[o.period]!.confidence, o.confidence)
        }
        let unitCount = unitIndex.count
        guard unitCount > 0 else { return [] }
        var result: [Observation] = []
        for (period, sum) in byPeriod.sorted(by: { $0.key < $1.key }) where sum.units.count == unitCount {
            let first = observations[sum.first]
            result.append(Observation(indicator: first.indicator, period: period, value: sum.total,
                                      geo: GeoCode(first.geo).country, source: first.source,
                                      note: "sum of \(unitCount) states", confidence: sum.confidence))
            filled.insert(period)
        }
        return result
    }

    /// The periods not yet filled in which every municipality the indicator has reported is there.
    private static func fromMunicipalities(_ indicator: String, _ totals: MunicipalTotals.Totals,
                                           filling filled: inout Set<Period>) -> [Observation] {
        guard totals.municipalities > 0 else { return [] }
        var result: [Observation] = []
        for (period, sum) in totals.national.sorted(by: { $0.key < $1.key })
        where sum.count == totals.municipalities && !filled.contains(period) {
            result.append(Observation(indicator: indicator, period: period, value: sum.value, geo: totals.country,
                                      source: sum.source, note: "sum of \(totals.municipalities) municipalities",
                                      confidence: sum.confidence))
            filled.insert(period)
        }
        return result
    }
}
