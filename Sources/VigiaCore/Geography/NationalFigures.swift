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
        let groups = ObservationGroups(observations)
        var derived: [Observation] = []
        for indicator in groups.byIndicator.keys.sorted() {
            derived += derive(observations, groups.byIndicator[indicator]!, groups.levels)
        }
        return derived
    }

    /// What a level adds up to in one period: the sum in the observations' order, the units
    /// present, and the first observation (whose source and country the derived figure takes).
    private struct PeriodTotal {
        var total = 0.0
        var units: Set<Int> = []
        var first: Int
        /// A sum is only as good as its weakest part.
        var confidence = Confidence.high
    }

    /// `series` indexes one indicator's observations.
    private static func derive(_ observations: [Observation], _ series: [Int], _ levels: [GeoLevel]) -> [Observation] {
        var filled = Set(series.lazy.filter { levels[$0] == .national }.map { observations[$0].period })
        var result: [Observation] = []
        for level in [GeoLevel.state, .municipality] {
            var unitIndex: [String: Int] = [:], lastGeo = "", lastUnit = -1
            var byPeriod: [Period: PeriodTotal] = [:]
            for i in series where levels[i] == level {
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
            guard unitCount > 0 else { continue }
            for (period, sum) in byPeriod.sorted(by: { $0.key < $1.key }) where sum.units.count == unitCount {
                let first = observations[sum.first]
                result.append(Observation(indicator: first.indicator, period: period, value: sum.total,
                                          geo: GeoCode(first.geo).country, source: first.source,
                                          note: "sum of \(unitCount) \(level == .state ? "states" : "municipalities")",
                                          confidence: sum.confidence))
                filled.insert(period)
            }
        }
        return result
    }
}
