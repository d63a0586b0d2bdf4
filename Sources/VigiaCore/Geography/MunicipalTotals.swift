/// What the municipal figures of each indicator add up to, period by period: over the nation and
/// over each state.
///
/// The Overview and the national Details need the nation's series and the states' ranking, which
/// for a municipal source are sums of about 2,500 municipalities. Summed once (the store does it
/// when a batch is recorded, for every vintage), they let a dashboard open without reading the
/// 300,000 municipal figures; the municipalities themselves are read when a screen shows them
/// (`MunicipalFigures`). The in-memory path sums the same way, so both give the same figures.
public struct MunicipalTotals: Sendable, Equatable {
    /// One period's sum over the municipalities that have a figure for it.
    public struct Sum: Sendable, Equatable {
        public var value: Double
        /// Municipalities in the sum.
        public var count: Int
        /// A sum is only as good as its weakest part.
        public var confidence: Confidence
        /// The first part's source, in the order the figures came: the derived figure's.
        public var source: String
        /// The latest publication date among the parts (public when its last part is); nil when none has one.
        public var published: CalendarDate?

        public init(value: Double, count: Int, confidence: Confidence, source: String, published: CalendarDate?) {
            self.value = value
            self.count = count
            self.confidence = confidence
            self.source = source
            self.published = published
        }

        /// Adds a part; the first part's source is the sum's.
        mutating func add(_ part: Double, confidence grade: Confidence, source first: String, published date: CalendarDate?) {
            if count == 0 { source = first }
            value += part
            count += 1
            confidence = max(confidence, grade)
            if let date, published.map({ date > $0 }) ?? true { published = date }
        }
    }

    /// One indicator's sums.
    public struct Totals: Sendable, Equatable {
        /// The nation the municipalities belong to (`MX`).
        public var country: String
        /// Municipalities with any figure of the indicator: a national sum stands for the nation
        /// only when every one of them is in it.
        public var municipalities: Int
        public var national: [Period: Sum]
        /// State code → period → the sum of its municipalities.
        public var states: [String: [Period: Sum]]

        public init(country: String, municipalities: Int, national: [Period: Sum] = [:], states: [String: [Period: Sum]] = [:]) {
            self.country = country
            self.municipalities = municipalities
            self.national = national
            self.states = states
        }
    }

    /// By indicator id.
    public var indicators: [String: Totals]

    public init(indicators: [String: Totals] = [:]) { self.indicators = indicators }

    /// The sums of the municipal figures among `observations` (other levels are left out), in their order.
    public init(_ observations: some Sequence<Observation>) {
        var builder = Builder()
        var levels = GeoLevels()
        for o in observations where levels[o.geo] == .municipality { builder.add(o) }
        self = builder.totals
    }

    public var isEmpty: Bool { indicators.isEmpty }
}
