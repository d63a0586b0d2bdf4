/// The states of one indicator at its latest period, largest first, with the national figure
/// beside their sum: what the Detail screen and the reports show as "ranking by state".
public struct StateRanking: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public let geo: String
        /// The place's name as the sources gave it; the code when they gave none.
        public var name: String
        public let value: Double
        /// Share of the sum over states (0...1).
        public let share: Double
    }

    public let indicator: String
    public let period: Period
    /// Whether the state figures were given by the source or summed from its municipalities.
    public let statesFrom: GeoLevel
    public private(set) var entries: [Entry]
    /// The sum over the ranked states.
    public let sumOfStates: Double
    /// The national figure the source gave for the period, if it gave one.
    public let national: Double?

    /// The same ranking with the places' names.
    public func named(_ places: [String: String]) -> StateRanking {
        var named = self
        for i in named.entries.indices { named.entries[i].name = places[named.entries[i].geo] ?? named.entries[i].geo }
        return named
    }

    /// National minus the sum of states, when both exist: non-residents, unassigned cases, revisions.
    public var difference: Double? { national.map { $0 - sumOfStates } }

    /// One ranking per indicator that has state or municipal data in a period complete by `asOf`.
    /// Partial periods never reach here: the store keeps them apart.
    public static func rankings(_ observations: [Observation], asOf: CalendarDate) -> [String: StateRanking] {
        var byIndicator: [String: [Observation]] = [:]
        for o in observations where o.period.endDate <= asOf { byIndicator[o.indicator, default: []].append(o) }
        var result: [String: StateRanking] = [:]
        for (indicator, series) in byIndicator {
            if let ranking = ranking(indicator, series) { result[indicator] = ranking }
        }
        return result
    }

    private static func ranking(_ indicator: String, _ series: [Observation]) -> StateRanking? {
        var levels = GeoLevels()
        let states = series.filter { levels[$0.geo] == .state }
        let municipalities = series.filter { levels[$0.geo] == .municipality }
        let latestState = states.map(\.period).max()
        let latestMunicipal = municipalities.map(\.period).max()
        guard let period = [latestState, latestMunicipal].compactMap({ $0 }).max() else { return nil }
        let fromStates = latestState == period
        var values: [String: Double] = [:]
        if fromStates {
            for o in states where o.period == period { values[o.geo, default: 0] += o.value }
        } else {
            for o in municipalities where o.period == period {
                values[GeoCodes.state(ofMunicipality: o.geo)!, default: 0] += o.value
            }
        }
        let sum = values.values.reduce(0, +)
        let entries = values.map { Entry(geo: $0.key, name: $0.key, value: $0.value, share: sum == 0 ? 0 : $0.value / sum) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.geo < $1.geo }
        let country = GeoCodes.country(of: entries.first?.geo ?? "")
        let national = series.first { $0.period == period && $0.geo == country }?.value
        return StateRanking(indicator: indicator, period: period, statesFrom: fromStates ? .state : .municipality,
                            entries: entries, sumOfStates: sum, national: national)
    }
}
