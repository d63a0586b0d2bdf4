/// The sub-national side of a dashboard: the places' series, the populations, and what is needed
/// to rank the places of a country or state and to assess one place like the nation.
public struct DashboardGeography: Sendable {
    public let places: PlaceSeries
    public let populations: PopulationTable
    /// Place names as the sources gave them.
    public let names: [String: String]
    let indicators: [String: Indicator]
    /// The national series in counts, by indicator: the parent figure of the states' table.
    let national: [String: [Observation]]
    let placeTargets: [String: [String: Target]]
    let rules: RuleSettings
    let asOf: CalendarDate

    public init() {
        self.init(indicators: [:], places: PlaceSeries(), populations: PopulationTable(), national: [:],
                  placeTargets: [:], rules: .defaults, asOf: CalendarDate(year: 2000, month: 1, day: 1)!, names: [:])
    }

    init(catalog: Catalog, asOf: CalendarDate, places: PlaceSeries, populations: PopulationTable,
         national: [String: [Observation]], names: [String: String]) {
        self.init(indicators: Dictionary(catalog.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                  places: places, populations: populations, national: national, placeTargets: catalog.placeTargets,
                  rules: catalog.rules, asOf: asOf, names: names)
    }

    private init(indicators: [String: Indicator], places: PlaceSeries, populations: PopulationTable,
                 national: [String: [Observation]], placeTargets: [String: [String: Target]], rules: RuleSettings,
                 asOf: CalendarDate, names: [String: String]) {
        self.indicators = indicators
        self.places = places
        self.populations = populations
        self.national = national
        self.placeTargets = placeTargets
        self.rules = rules
        self.asOf = asOf
        self.names = names
    }

    /// The place's name: as the sources gave it, else the catalogue's, else its code.
    public func name(of geo: String) -> String { names[geo] ?? StateNames.byCode[geo] ?? geo }

    /// The places below `parent` (a country or a state) for the indicator, one level down unless
    /// `level` says (every municipality of a country); nil when none has figures.
    public func table(_ indicator: String, under parent: String, level: GeoLevel? = nil) -> PlaceTable? {
        guard let definition = indicators[indicator], places.hasPlaces(indicator, under: parent, level: level) else { return nil }
        let parentSeries = GeoCode(parent).isNational ? national[indicator] ?? [] : series(indicator, geo: parent)
        return PlaceTable.make(definition, parent: parent, level: level, parentSeries: parentSeries, places: places,
                               series: { series(indicator, geo: $0) }, populations: populations, names: names)
    }

    /// One place assessed as the nation is: its trend, its progress against its own target when
    /// targets.yaml sets one (`geo`), its flags. Nil when the place has no figures.
    public func assessment(_ indicator: String, at geo: String) -> Assessment? {
        guard let definition = indicators[indicator] else { return nil }
        let series = series(indicator, geo: geo)
        guard !series.isEmpty else { return nil }
        var assessment = Assessor(indicator: definition, target: placeTargets[indicator]?[geo], asOf: asOf,
                                  control: rules.control, borderline: rules.borderline,
                                  rates: RateScale(indicator: definition, geo: geo, table: populations)).assess(series)
        assessment.placeName = name(of: geo)
        assessment.flags = FlagEvaluator.flags(FlagContext(assessment: assessment, asOf: asOf), settings: rules, decisions: [])
        if GeoCode(geo).level == .state { assessment.places = table(indicator, under: geo) }
        return assessment
    }

    /// A place's series with the places reported apart that belong to it added in (New York City
    /// to New York State), period by period.
    func series(_ indicator: String, geo: String) -> [Observation] {
        let own = places.series(indicator, geo: geo)
        let parts = PlaceFacts.partOf.filter { $0.value == geo }.keys.sorted().map { places.series(indicator, geo: $0) }
        guard parts.contains(where: { !$0.isEmpty }) else { return own }
        // A period counts only when every part has its figure: the state without its city undercounts.
        let apart = parts.map { Dictionary($0.map { ($0.period, $0.value) }, uniquingKeysWith: { _, b in b }) }
        return own.compactMap { mine in
            var total = mine.value
            for part in apart {
                guard let value = part[mine.period] else { return nil }
                total += value
            }
            return Observation(indicator: mine.indicator, period: mine.period, value: total, geo: geo, source: mine.source,
                               note: mine.note, published: mine.published, confidence: mine.confidence)
        }
    }
}

extension Dashboard {
    /// The report for places below the nation: every indicator with figures at each place, assessed
    /// there as the nation is, place by place in the order given.
    public func forPlaces(_ geos: [String]) -> Dashboard {
        let assessments = geos.flatMap { geo in
            self.assessments.compactMap { geography.assessment($0.indicator.id, at: geo) }
        }
        return Dashboard(asOf: asOf, goals: goals, assessments: assessments, places: places, borderline: borderline,
                         geography: geography)
    }

    /// Every state with figures for any indicator of the dashboard, by code (New York City, which
    /// CDC reports apart, is part of New York).
    public var statesWithFigures: [String] {
        var states: Set<String> = []
        for a in assessments {
            states.formUnion(geography.places.places(a.indicator.id, under: GeoCode.national(a.indicator.country).text))
        }
        return states.subtracting(PlaceFacts.partOf.keys).sorted()
    }
}
