/// National figures where a source gave only sub-national ones.
///
/// A national figure given by a source is always used as such. For a period without one, the
/// national figure is the sum over states when every state the indicator has reported is there for
/// that period, else the sum over municipalities on the same condition. Levels are never mixed:
/// states and municipalities are never added together, so nothing is counted twice.
public enum NationalFigures {
    /// `observations` plus a derived national observation for every gap that can be filled.
    public static func completing(_ observations: [Observation]) -> [Observation] {
        var byIndicator: [String: [Observation]] = [:]
        for o in observations { byIndicator[o.indicator, default: []].append(o) }
        var derived: [Observation] = []
        for indicator in byIndicator.keys.sorted() {
            derived += derive(byIndicator[indicator]!)
        }
        return observations + derived
    }

    private static func derive(_ series: [Observation]) -> [Observation] {
        var levels = GeoLevels()
        let given = Set(series.filter { levels[$0.geo] == .national }.map(\.period))
        var filled = given
        var result: [Observation] = []
        for level in [GeoLevel.state, .municipality] {
            let units = series.filter { levels[$0.geo] == level }
            let unitCount = Set(units.map(\.geo)).count
            guard unitCount > 0 else { continue }
            var byPeriod: [Period: [Observation]] = [:]
            for o in units where !filled.contains(o.period) { byPeriod[o.period, default: []].append(o) }
            for (period, rows) in byPeriod.sorted(by: { $0.key < $1.key }) where Set(rows.map(\.geo)).count == unitCount {
                let total = rows.reduce(0) { $0 + $1.value }
                let first = rows[0]
                result.append(Observation(indicator: first.indicator, period: period, value: total,
                                          geo: GeoCodes.country(of: first.geo), source: first.source,
                                          note: "sum of \(unitCount) \(level == .state ? "states" : "municipalities")"))
                filled.insert(period)
            }
        }
        return result
    }
}
