/// Population estimates by series, place and year, as known at the as-of date.
///
/// The year after the newest estimate takes the newest (carried forward, and said so wherever the
/// rate is shown: the current year's July estimate comes out the following winter); later years,
/// a year before the first, or a year missing between two estimates have none: a rate is never
/// computed on a stale or guessed denominator (`validate` reports gaps).
public struct PopulationTable: Sendable {
    /// The estimate a rate was divided by.
    public struct Estimate: Hashable, Sendable {
        public let value: Double
        /// The year of the July estimate used.
        public let year: Int
        /// True when the rate's year is after the newest estimate.
        public var carriedForward: Bool

        public init(value: Double, year: Int, carriedForward: Bool) {
            self.value = value
            self.year = year
            self.carriedForward = carriedForward
        }
    }

    /// Series id → place → (first year, values by year from it; nil where missing).
    private var estimates: [String: [String: (first: Int, values: [Double?])]] = [:]

    /// How far past the newest estimate a rate may go.
    public static let yearsCarriedForward = 1

    public init() {}

    /// Keeps the observations of the series named in `ids`; the rest are ignored.
    public init(_ observations: [Observation], ids: Set<String>) {
        guard !ids.isEmpty else { return }
        var byPlace: [String: [String: [Int: Double]]] = [:]
        for o in observations where o.period.frequency == .annual && ids.contains(o.indicator) {
            byPlace[o.indicator, default: [:]][o.geo, default: [:]][o.period.year] = o.value
        }
        for (id, places) in byPlace {
            for (geo, years) in places {
                let first = years.keys.min()!, last = years.keys.max()!
                estimates[id, default: [:]][geo] = (first, (first...last).map { years[$0] })
            }
        }
    }

    public var isEmpty: Bool { estimates.isEmpty }

    /// The estimate for `year`, or the newest when `year` is after it.
    public func estimate(_ id: String, geo: String, year: Int) -> Estimate? {
        guard let (first, values) = estimates[id]?[geo], year >= first else { return nil }
        let last = first + values.count - 1
        guard year <= last else {
            guard year - last <= Self.yearsCarriedForward else { return nil }
            return values[last - first].map { Estimate(value: $0, year: last, carriedForward: true) }
        }
        return values[year - first].map { Estimate(value: $0, year: year, carriedForward: false) }
    }

    /// Whether the series has any estimate for the place.
    public func covers(_ id: String, geo: String) -> Bool { estimates[id]?[geo] != nil }
}

extension PopulationTable {
    /// The places below `parent` (a country code) the series has estimates for.
    public func places(_ id: String, in parent: String) -> [String] {
        (estimates[id] ?? [:]).keys.filter { let code = GeoCode($0); return !code.isNational && code.country == parent }.sorted()
    }
}
