/// The municipal figures a dashboard is evaluated with: their sums, and where to read the
/// figures themselves when a screen shows them.
public struct MunicipalData: Sendable {
    public let totals: MunicipalTotals
    public let source: any MunicipalSource

    public init(totals: MunicipalTotals, source: any MunicipalSource) {
        self.totals = totals
        self.source = source
    }

    /// Figures of every level, held in memory: the municipal ones summed and kept apart, the rest returned.
    static func split(_ observations: [Observation]) -> ([Observation], MunicipalData) {
        var levels = GeoLevels()
        var others: [Observation] = [], municipal: [Observation] = []
        others.reserveCapacity(observations.count)
        for o in observations {
            if levels[o.geo] == .municipality { municipal.append(o) } else { others.append(o) }
        }
        return (others, MunicipalData(totals: MunicipalTotals(municipal), source: MunicipalObservations(municipal)))
    }
}
