/// What is measured, where the figures come from, and how to read them.
///
/// Its fields are one `SharedValue`: an indicator travels with every assessment (the assessor, the
/// assessment, the flags' shared copy), and copying its strings and arrays one retain at a time
/// cost more than some statistics of a municipal series. A copy is one retain; equality and
/// hashing are those of the fields.
public struct Indicator: Hashable, Sendable, Identifiable {
    private let fields: SharedValue<Fields>

    public var id: String { fields.value.id }
    public var goal: String { fields.value.goal }
    public var name: LocalizedText { fields.value.name }
    public var unit: LocalizedText { fields.value.unit }
    public var country: Country { fields.value.country }
    public var direction: Direction { fields.value.direction }
    public var frequency: Frequency { fields.value.frequency }
    public var source: String { fields.value.source }
    public var aggregate: Aggregate { fields.value.aggregate }
    public var progress: ProgressChoice { fields.value.progress }
    /// What one value covers: its own period, or the 12 months ending in it.
    public var values: SeriesValues { fields.value.values }
    /// The values are running totals from this day (`values: {cumulative-since: DATE}`): the
    /// assessment reads the per-period values derived from consecutive totals (`RunningTotals`).
    public var cumulativeSince: CalendarDate? { fields.value.cumulativeSince }
    /// Years of data the trend test looks at; nil means since the baseline (or all data without a target).
    public var trendWindowYears: Int? { fields.value.trendWindowYears }
    /// The trend test to run, or `auto` to choose by frequency, values and serial correlation.
    public var trendTest: TrendTestChoice { fields.value.trendTest }
    /// The span of the short-term assessment, from the value this many years before the latest.
    public var shortTermYears: Int { fields.value.shortTermYears }
    /// Where the series starts measuring something else, in time order.
    public var breaks: [SeriesBreak] { fields.value.breaks }
    /// The month a year starts in: 1 for calendar years, 10 for U.S. federal fiscal years
    /// (October–September, CBP's); the label of a fiscal year is the year it ends in.
    public var yearStartMonth: Int { fields.value.yearStartMonth }
    /// What the figure means and why its direction is the desired one.
    public var description: LocalizedText? { fields.value.description }
    /// How the count becomes a rate per so many people; nil for figures with no population behind them.
    public var rate: RateDefinition? { fields.value.rate }
    /// A name short enough for a narrow column, distinct from every other indicator's (indicators.yaml `short_name`).
    public var shortName: LocalizedText? { fields.value.shortName }
    /// Its declared sources: which categories of which official formats feed it (its `import` block).
    public var imports: [ImportRule] { fields.value.imports }

    public init(id: String, goal: String, name: LocalizedText, unit: LocalizedText, country: Country,
                direction: Direction, frequency: Frequency, source: String, aggregate: Aggregate = .sum,
                progress: ProgressChoice = .auto, values: SeriesValues = .perPeriod, trendWindowYears: Int? = nil,
                trendTest: TrendTestChoice = .auto, shortTermYears: Int = Indicator.defaultShortTermYears,
                breaks: [SeriesBreak] = [], yearStartMonth: Int = 1, description: LocalizedText? = nil,
                rate: RateDefinition? = nil, shortName: LocalizedText? = nil, imports: [ImportRule] = [],
                cumulativeSince: CalendarDate? = nil) {
        fields = SharedValue(Fields(id: id, goal: goal, name: name, unit: unit, country: country, direction: direction,
                         frequency: frequency, source: source, aggregate: aggregate, progress: progress, values: values,
                         cumulativeSince: cumulativeSince, trendWindowYears: trendWindowYears, trendTest: trendTest,
                         shortTermYears: shortTermYears, breaks: breaks.sorted { $0.period < $1.period },
                         yearStartMonth: yearStartMonth, description: description, rate: rate, shortName: shortName,
                         imports: imports))
    }

    private struct Fields: Hashable, Sendable {
        let id: String
        let goal: String
        let name: LocalizedText
        let unit: LocalizedText
        let country: Country
        let direction: Direction
        let frequency: Frequency
        let source: String
        let aggregate: Aggregate
        let progress: ProgressChoice
        let values: SeriesValues
        let cumulativeSince: CalendarDate?
        let trendWindowYears: Int?
        let trendTest: TrendTestChoice
        let shortTermYears: Int
        let breaks: [SeriesBreak]
        let yearStartMonth: Int
        let description: LocalizedText?
        let rate: RateDefinition?
        let shortName: LocalizedText?
        let imports: [ImportRule]
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
