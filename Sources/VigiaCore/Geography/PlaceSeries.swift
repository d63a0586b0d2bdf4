/// Every sub-national series of the indicators, by place, as known at the as-of date: what the
/// Places screen ranks and a state's Detail assesses.
///
/// States come from the source's state figures; an indicator with municipal figures only gets its
/// states as the sums of their municipalities, period by period (never both levels added). The
/// municipalities' own series are read when first asked for (`MunicipalFigures`).
public struct PlaceSeries: Sendable {
    /// Indicator → state (or region) → observations in time order.
    private var byIndicator: [String: [String: [Observation]]] = [:]
    private let municipal: MunicipalFigures?

    public init() { municipal = nil }

    /// `observations` are the figures above the municipalities (others are left out); `include`
    /// says which periods count (complete by the as-of date).
    public init(_ observations: [Observation], municipal: MunicipalFigures?,
                include: @escaping @Sendable (String, Period) -> Bool) {
        self.municipal = municipal
        var levels = GeoLevels()
        for o in observations where !GeoCode(o.geo).isNational && levels[o.geo] == .state && include(o.indicator, o.period) {
            byIndicator[o.indicator, default: [:]][o.geo, default: []].append(o)
        }
        byIndicator = byIndicator.mapValues { $0.mapValues(Assessor.inTimeOrder) }
        for (indicator, totals) in municipal?.totals.indicators ?? [:] where byIndicator[indicator] == nil {
            addStates(indicator, totals, include: include)
        }
    }

    /// Reads the municipalities' series ahead of need (see `MunicipalFigures.prefetch`).
    public func prefetchMunicipalities() { municipal?.prefetch() }

    public var isEmpty: Bool { byIndicator.isEmpty && (municipal?.totals.isEmpty ?? true) }

    public func hasPlaces(_ indicator: String) -> Bool {
        byIndicator[indicator] != nil || municipal?.totals.indicators[indicator] != nil
    }

    /// The series of one place, in time order (empty when it has none).
    public func series(_ indicator: String, geo: String) -> [Observation] {
        if GeoCode(geo).level == .municipality { return municipal?.series(indicator, geo: geo) ?? [] }
        return byIndicator[indicator]?[geo] ?? []
    }

    /// The places below `parent` with figures: by default one level down (the states of a country
    /// `MX`, the municipalities of a state `MX-11`); `level: .municipality` under a country lists
    /// every municipality of it.
    public func places(_ indicator: String, under parent: String, level: GeoLevel? = nil) -> [String] {
        let parentLevel = GeoCode(parent).level
        switch (parentLevel, level ?? (parentLevel == .national ? .state : .municipality)) {
        case (.national, .state):
            return (byIndicator[indicator] ?? [:]).keys.filter { GeoCode($0).country == parent }.sorted()
        case (.national, .municipality), (.state, .municipality):
            return municipal?.places(indicator, within: parent) ?? []
        default:
            return []
        }
    }

    /// Whether `geo` has places below it for the indicator (municipalities are not read to say so).
    public func hasPlaces(_ indicator: String, under geo: String, level: GeoLevel? = nil) -> Bool {
        let parentLevel = GeoCode(geo).level
        switch (parentLevel, level ?? (parentLevel == .national ? .state : .municipality)) {
        case (.national, .state): return !places(indicator, under: geo).isEmpty
        case (.national, .municipality), (.state, .municipality): return municipal?.has(indicator, within: geo) ?? false
        default: return false
        }
    }

    private mutating func addStates(_ indicator: String, _ totals: MunicipalTotals.Totals,
                                    include: (String, Period) -> Bool) {
        for (state, sums) in totals.states {
            let series = sums.filter { include(indicator, $0.key) }.sorted { $0.key < $1.key }.map { period, sum in
                Observation(indicator: indicator, period: period, value: sum.value, geo: state, source: sum.source,
                            note: "sum of municipalities", published: sum.published, confidence: sum.confidence)
            }
            if !series.isEmpty { byIndicator[indicator, default: [:]][state] = series }
        }
    }
}
