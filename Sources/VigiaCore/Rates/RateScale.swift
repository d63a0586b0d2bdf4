/// Turns one place's counts into rates and back: count × per / population of the year the
/// value's period ends in (methods: docs/rates.md).
public struct RateScale: Sendable {
    public let definition: RateDefinition
    public let geo: String
    let indicator: Indicator
    let table: PopulationTable

    public init?(indicator: Indicator, geo: String, table: PopulationTable) {
        guard let definition = indicator.rate, table.covers(definition.population, geo: geo) else { return nil }
        self.definition = definition
        self.geo = geo
        self.indicator = indicator
        self.table = table
    }

    /// The population a value of `period` is divided by.
    public func estimate(for period: Period) -> PopulationTable.Estimate? {
        table.estimate(definition.population, geo: geo, year: indicator.populationYear(of: period))
    }

    public func rate(ofCount count: Double, at period: Period) -> Double? {
        estimate(for: period).flatMap { $0.value > 0 ? count * definition.per / $0.value : nil }
    }

    public func count(ofRate rate: Double, at period: Period) -> Double? {
        estimate(for: period).map { rate * $0.value / definition.per }
    }

    /// The value in the other measure: the rate of a count, the count of a rate.
    public func converting(_ value: Double, from measure: Measure, at period: Period) -> Double? {
        measure == .count ? rate(ofCount: value, at: period) : count(ofRate: value, at: period)
    }

    /// The observations as rates; a period without a population estimate drops out.
    func rates(_ observations: [Observation]) -> [Observation] {
        observations.compactMap { o in
            rate(ofCount: o.value, at: o.period).map {
                Observation(indicator: o.indicator, period: o.period, value: $0, geo: o.geo, source: o.source,
                            note: o.note, published: o.published, confidence: o.confidence)
            }
        }
    }

    /// Basis points (annual sums, trailing 12-month sums) as rates, each over its own end year.
    func rates(_ points: [BasisPoint]) -> [BasisPoint] {
        points.compactMap { p in rate(ofCount: p.value, at: p.period).map { BasisPoint(period: p.period, value: $0, time: p.time) } }
    }
}
