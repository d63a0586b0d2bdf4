/// The places one level below a country or a state for one indicator, over one window: count,
/// rate per the indicator's population, change over a year, share of the parent's figure, and the
/// recent series for a sparkline. What the Places screen and every report's ranking show.
public struct PlaceTable: Sendable {
    public struct Row: Hashable, Sendable {
        public let geo: String
        public var name: String
        /// The count over the window; nil when the source gave no figure for part of it.
        public let value: Double?
        /// Per the indicator's `rate.per` people; nil without a count or a population estimate.
        public let rate: Double?
        /// Relative change from the same window a year earlier; nil when either is missing or a
        /// break lies between them.
        public let change: Double?
        /// Of the parent's figure (0...1); nil without a count.
        public let share: Double?
        /// The place's values over the five years to the window's end, oldest first (nil where
        /// missing), for a sparkline.
        public let trail: [Double?]
        /// Places reported apart whose figures this row includes (`US-YC` in `US-NY`).
        public let includes: [String]
        /// Whether the row's figure lies outside the parent's total (`US-PR`).
        public let outsideTotal: Bool
    }

    public let indicator: Indicator
    /// `MX`, `US`, or a state code when the rows are its municipalities.
    public let parent: String
    public let level: GeoLevel
    public let window: PlaceWindow
    /// Largest count first; places without a figure last, by code.
    public let rows: [Row]
    /// The parent's own figure over the window, when the data holds one.
    public let parentValue: Double?
    public let parentRate: Double?
    /// The population estimate the rates use, when one had to be carried forward from an earlier year.
    public let carriedForwardFrom: Int?
    public let reconciliation: Reconciliation

    /// Nil when no place below `parent` has a figure.
    /// `series` gives a place's series with the places reported apart that belong to it added in
    /// (`DashboardGeography.series`): New York with New York City.
    public static func make(_ indicator: Indicator, parent: String, level: GeoLevel? = nil, parentSeries: [Observation],
                            places: PlaceSeries, series: (String) -> [Observation], populations: PopulationTable,
                            names: [String: String]) -> PlaceTable? {
        var codes = places.places(indicator.id, under: parent, level: level)
        let level = level ?? (GeoCode(parent).level == .national ? .state : .municipality)
        if level == .state, let rate = indicator.rate {
            codes = Array(Set(codes).union(populations.places(rate.population, in: parent))).sorted()
        }
        let frequency = indicator.frequency
        // A part listed beside the place it belongs to is in that place's series, not a row of its own.
        let merged = Set(PlaceFacts.partOf.filter { codes.contains($0.key) && codes.contains($0.value) }.keys)
        let values = Dictionary(uniqueKeysWithValues: codes.filter { !merged.contains($0) }.map {
            ($0, DenseSeries(series($0), frequency: frequency))
        })
        guard let window = PlaceWindow.choose(Array(values.values), indicator: indicator) else { return nil }
        let parentValues = DenseSeries(parentSeries, frequency: frequency)
        let parentValue = window.total(parentValues, aggregate: indicator.aggregate)
        let totals = values.mapValues { window.total($0, aggregate: indicator.aggregate) }
        let denominator = parentValue ?? totals.compactMap { $0.value }.reduce(0, +)
        var rows: [Row] = []
        for (geo, series) in values {
            let value = totals[geo]!
            let earlier = window.yearEarlier.total(series, aggregate: indicator.aggregate)
            let comparable = indicator.breakBetween(window.yearEarlier.start, window.end) == nil
            rows.append(Row(
                geo: geo, name: names[geo] ?? StateNames.byCode[geo] ?? geo, value: value,
                rate: value.flatMap { RateScale(indicator: indicator, geo: geo, table: populations)?.rate(ofCount: $0, at: window.end) },
                change: comparable ? change(value, from: earlier) : nil,
                share: value.flatMap { denominator > 0 ? $0 / denominator : nil },
                trail: trail(series, end: window.end),
                includes: PlaceFacts.partOf.filter { $0.value == geo && merged.contains($0.key) }.map(\.key).sorted(),
                outsideTotal: PlaceFacts.outsideNationalTotal.contains(geo)))
        }
        rows.sort { a, b in
            switch (a.value, b.value) {
            case let (x?, y?): x != y ? x > y : a.geo < b.geo
            case (_?, nil): true
            case (nil, _?): false
            case (nil, nil): a.geo < b.geo
            }
        }
        let scale = RateScale(indicator: indicator, geo: parent, table: populations)
        return PlaceTable(indicator: indicator, parent: parent, level: level, window: window, rows: rows,
                          parentValue: parentValue, parentRate: parentValue.flatMap { scale?.rate(ofCount: $0, at: window.end) },
                          carriedForwardFrom: carried(indicator, window, rows, populations),
                          reconciliation: Reconciliation(parentValue: parentValue, rows: rows))
    }

    private static func change(_ value: Double?, from earlier: Double?) -> Double? {
        guard let value, let earlier, earlier != 0 else { return nil }
        return (value - earlier) / abs(earlier)
    }

    private static func trail(_ series: DenseSeries, end: Period) -> [Double?] {
        let n = 5 * end.frequency.periodsPerYear
        return (0..<n).map { series[end.ordinal + $0 - n + 1] }
    }

    private static func carried(_ indicator: Indicator, _ window: PlaceWindow, _ rows: [Row],
                                _ populations: PopulationTable) -> Int? {
        guard let rate = indicator.rate, let geo = rows.first(where: { $0.rate != nil })?.geo else { return nil }
        let estimate = populations.estimate(rate.population, geo: geo, year: indicator.populationYear(of: window.end))
        return estimate?.carriedForward == true ? estimate?.year : nil
    }
}
