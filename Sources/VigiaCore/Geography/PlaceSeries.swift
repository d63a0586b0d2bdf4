/// Every sub-national series of the indicators, by place, as known at the as-of date: what the
/// Places screen ranks and a state's Detail assesses.
///
/// States come from the source's state figures; an indicator with municipal figures only gets its
/// states as the sums of their municipalities, period by period (never both levels added).
public struct PlaceSeries: Sendable {
    /// Indicator → place → observations in time order.
    private var byIndicator: [String: [String: [Observation]]] = [:]

    public init() {}

    /// `include` says which observations count (complete by the as-of date).
    public init(_ observations: [Observation], include: (Observation) -> Bool) {
        var levels = GeoLevels()
        for o in observations where !GeoCode(o.geo).isNational && include(o) {
            let level = levels[o.geo]
            guard level == .state || level == .municipality else { continue }
            byIndicator[o.indicator, default: [:]][o.geo, default: []].append(o)
        }
        for indicator in byIndicator.keys {
            byIndicator[indicator] = byIndicator[indicator]!.mapValues(Assessor.inTimeOrder)
            addStatesFromMunicipalities(indicator, &levels)
        }
    }

    public var isEmpty: Bool { byIndicator.isEmpty }

    public func hasPlaces(_ indicator: String) -> Bool { byIndicator[indicator] != nil }

    /// The series of one place, in time order (empty when it has none).
    public func series(_ indicator: String, geo: String) -> [Observation] { byIndicator[indicator]?[geo] ?? [] }

    /// The places below `parent` with figures: by default one level down (the states of a country
    /// `MX`, the municipalities of a state `MX-11`); `level: .municipality` under a country lists
    /// every municipality of it.
    public func places(_ indicator: String, under parent: String, level: GeoLevel? = nil) -> [String] {
        guard let all = byIndicator[indicator] else { return [] }
        let parentLevel = GeoCode(parent).level
        let wanted = level ?? (parentLevel == .national ? .state : .municipality)
        return all.keys.filter { geo in
            let code = GeoCode(geo)
            switch (parentLevel, wanted) {
            case (.national, .state), (.national, .municipality): return code.level == wanted && code.country == parent
            case (.state, .municipality): return code.state?.text == parent
            default: return false
            }
        }.sorted()
    }

    /// Whether `geo` has places below it for the indicator.
    public func hasPlaces(_ indicator: String, under geo: String, level: GeoLevel? = nil) -> Bool {
        !places(indicator, under: geo, level: level).isEmpty
    }

    private mutating func addStatesFromMunicipalities(_ indicator: String, _ levels: inout GeoLevels) {
        let series = byIndicator[indicator]!
        guard !series.keys.contains(where: { levels[$0] == .state }) else { return }
        var sums: [String: [Period: Observation]] = [:]
        for (geo, observations) in series {
            guard let state = GeoCode(geo).state?.text else { continue }
            for o in observations {
                let before = sums[state]?[o.period]
                let total = (before?.value ?? 0) + o.value
                sums[state, default: [:]][o.period] = Observation(
                    indicator: indicator, period: o.period, value: total, geo: state, source: o.source,
                    note: "sum of municipalities", published: o.published,
                    confidence: Confidence.weakest([before?.confidence ?? .high, o.confidence]))
            }
        }
        for (state, byPeriod) in sums {
            byIndicator[indicator]![state] = byPeriod.values.sorted { $0.period < $1.period }
        }
    }
}
