/// Positions of observations grouped by indicator, with the level of each, found in one pass.
///
/// At municipal scale an evaluation reads hundreds of thousands of observations; grouping them
/// by copying (each copy retains its strings) and classifying each geography code again costs
/// more than the sums themselves. Observations of one series come together, so the indicator and
/// the code are compared with the previous row's before anything is hashed.
struct ObservationGroups {
    /// Indices into the observations, per indicator, in the original order.
    private(set) var byIndicator: [String: [Int]] = [:]
    /// The level of each observation's geography code.
    private(set) var levels: [GeoLevel] = []

    init(_ observations: [Observation], where include: (Observation) -> Bool = { _ in true }) {
        var known = GeoLevels()
        var lastIndicator = "", lastGeo = "", lastLevel = GeoLevel.national
        var current: [Int] = []
        levels.reserveCapacity(observations.count)
        for (i, o) in observations.enumerated() {
            if o.geo != lastGeo {
                lastGeo = o.geo
                lastLevel = known[o.geo]
            }
            levels.append(lastLevel)
            guard include(o) else { continue }
            if o.indicator != lastIndicator {
                if !current.isEmpty { byIndicator[lastIndicator, default: []] += current }
                current = byIndicator.removeValue(forKey: o.indicator) ?? []
                lastIndicator = o.indicator
            }
            current.append(i)
        }
        if !current.isEmpty { byIndicator[lastIndicator, default: []] += current }
    }
}
