/// What is measured, where the figures come from, and how to read them.
public struct Indicator: Hashable, Sendable, Identifiable {
    public let id: String
    public let goal: String
    public let name: LocalizedText
    public let unit: LocalizedText
    public let country: Country
    public let direction: Direction
    public let frequency: Frequency
    public let source: String
    public let aggregate: Aggregate
    public let progress: ProgressChoice
    /// What one value covers: its own period, or the 12 months ending in it.
    public let values: SeriesValues
    /// The values are running totals from this day (`values: {cumulative-since: DATE}`): the
    /// assessment reads the per-period values derived from consecutive totals (`RunningTotals`).
    public let cumulativeSince: CalendarDate?
    /// Years of data the trend test looks at; nil means since the baseline (or all data without a target).
    public let trendWindowYears: Int?
    /// The trend test to run, or `auto` to choose by frequency, values and serial correlation.
    public let trendTest: TrendTestChoice
    /// The span of the short-term assessment, from the value this many years before the latest.
    public let shortTermYears: Int
    /// Where the series starts measuring something else, in time order.
    public let breaks: [SeriesBreak]
    /// The month a year starts in: 1 for calendar years, 10 for U.S. federal fiscal years
    /// (October–September, CBP's); the label of a fiscal year is the year it ends in.
    public let yearStartMonth: Int
    /// What the figure means and why its direction is the desired one.
    public let description: LocalizedText?
    /// How the count becomes a rate per so many people; nil for figures with no population behind them.
    public let rate: RateDefinition?
    /// A name short enough for a narrow column, distinct from every other indicator's (indicators.yaml `short_name`).
    public let shortName: LocalizedText?
    /// Its declared sources: which categories of which official formats feed it (its `import` block).
    public let imports: [ImportRule]

    public init(id: String, goal: String, name: LocalizedText, unit: LocalizedText, country: Country,
                direction: Direction, frequency: Frequency, source: String, aggregate: Aggregate = .sum,
                progress: ProgressChoice = .auto, values: SeriesValues = .perPeriod, trendWindowYears: Int? = nil,
                trendTest: TrendTestChoice = .auto, shortTermYears: Int = Indicator.defaultShortTermYears,
                breaks: [SeriesBreak] = [], yearStartMonth: Int = 1, description: LocalizedText? = nil,
                rate: RateDefinition? = nil, shortName: LocalizedText? = nil, imports: [ImportRule] = [],
                cumulativeSince: CalendarDate? = nil) {
        self.id = id
        self.goal = goal
        self.name = name
        self.unit = unit
        self.country = country
        self.direction = direction
        self.frequency = frequency
        self.source = source
        self.aggregate = aggregate
        self.progress = progress
        self.values = values
        self.cumulativeSince = cumulativeSince
        self.trendWindowYears = trendWindowYears
        self.trendTest = trendTest
        self.shortTermYears = shortTermYears
        self.breaks = breaks.sorted { $0.period < $1.period }
        self.yearStartMonth = yearStartMonth
        self.description = description
        self.rate = rate
        self.shortName = shortName
        self.imports = imports
    }

    /// Eurostat's SDG monitoring assesses the last five years beside the long term.
    public static let defaultShortTermYears = 5

    /// The last day of `period` for this indicator: a fiscal year labelled 2025 that starts in
    /// October ends on 30 September 2025. A value is complete, and can be due, from then on.
    public func endDate(of period: Period) -> CalendarDate {
        guard yearStartMonth != 1, period.frequency == .annual else { return period.endDate }
        return .endOfMonth(year: period.year, month: yearStartMonth - 1)
    }

    /// The year whose population a value of `period` is divided by: the year the period ends in
    /// (a 12-month window ending in March 2025, or fiscal year 2025, take 2025's estimate).
    public func populationYear(of period: Period) -> Int { endDate(of: period).year }

    /// `FY2025` for a fiscal year, else the period as written.
    public func label(_ period: Period) -> String {
        yearStartMonth != 1 && period.frequency == .annual ? "FY\(period)" : period.description
    }

    /// The latest break at or before `latest`: from it on the data is one comparable series. A break
    /// declared after the latest value cuts nothing yet.
    public func breakCutting(at latest: Period) -> SeriesBreak? { breaks.last { $0.period <= latest } }

    /// A break falls after `from` and at or before `to`: the two measure different things.
    public func breakBetween(_ from: Period, _ to: Period) -> SeriesBreak? {
        breaks.last { from < $0.period && $0.period <= to }
    }

    /// Counts and sums of counts cannot go below zero, so limits drawn for them stop at zero.
    /// Means (rates) are not assumed to be non-negative.
    public var cannotBeNegative: Bool { aggregate != .mean }
}
