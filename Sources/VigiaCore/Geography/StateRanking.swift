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
        let groups = ObservationGroups(observations) { $0.period.endDate <= asOf }
        var result: [String: StateRanking] = [:]
        for (indicator, series) in groups.byIndicator {
            if let ranking = ranking(indicator, observations, series, groups.levels) { result[indicator] = ranking }
        }
        return result
    }

    /// `series` indexes one indicator's observations.
    private static func ranking(_ indicator: String, _ observations: [Observation], _ series: [Int],
                                _ levels: [GeoLevel]) -> StateRanking? {
        var latestState: Period? = nil, latestMunicipal: Period? = nil
        for i in series {
            switch levels[i] {
            case .state: latestState = max(latestState ?? observations[i].period, observations[i].period)
            case .municipality: latestMunicipal = max(latestMunicipal ?? observations[i].period, observations[i].period)
            default: break
            }
        }
        guard let period = [latestState, latestMunicipal].compactMap({ $0 }).max() else { return nil }
        let fromStates = latestState == period
        var values: [String: Double] = [:]
        for i in series where observations[i].period == period {
            let o = observations[i]
            if fromStates, levels[i] == .state {
                values[o.geo, default: 0] += o.value
            } else if !fromStates, levels[i] == .municipality {
                values[GeoCodes.state(ofMunicipality: o.geo)!, default: 0] += o.value
            }
        }
        let sum = values.values.reduce(0, +)
        let entries = values.map { Entry(geo: $0.key, name: $0.key, value: $0.value, share: sum == 0 ? 0 : $0.value / sum) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.geo < $1.geo }
        let country = GeoCodes.country(of: entries.first?.geo ?? "")
        let national = series.first { observations[$0].period == period && observations[$0].geo == country }
            .map { observations[$0].value }
        return StateRanking(indicator: indicator, period: period, statesFrom: fromStates ? .state : .municipality,
                            entries: entries, sumOfStates: sum, national: national)
    }
}
