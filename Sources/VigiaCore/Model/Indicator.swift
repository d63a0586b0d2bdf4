/// What is measured, where the figures come from, and how to read them.
///
/// A value held in one immutable box: an indicator travels with every assessment (the assessor,
/// the assessment, the flags' shared copy), and copying its strings and arrays one retain at a
/// time cost more than some statistics of a municipal series. A copy is now one retain; equality
/// and hashing are those of the fields.
public struct Indicator: Hashable, Sendable, Identifiable {
    private let box: Box

    public var id: String { box.fields.id }
    public var goal: String { box.fields.goal }
    public var name: LocalizedText { box.fields.name }
    public var unit: LocalizedText { box.fields.unit }
    public var country: Country { box.fields.country }
    public var direction: Direction { box.fields.direction }
    public var frequency: Frequency { box.fields.frequency }
    public var source: String { box.fields.source }
    public var aggregate: Aggregate { box.fields.aggregate }
    public var progress: ProgressChoice { box.fields.progress }
    /// What one value covers: its own period, or the 12 months ending in it.
    public var values: SeriesValues { box.fields.values }
    /// The values are running totals from this day (`values: {cumulative-since: DATE}`): the
    /// assessment reads the per-period values derived from consecutive totals (`RunningTotals`).
    public var cumulativeSince: CalendarDate? { box.fields.cumulativeSince }
    /// Years of data the trend test looks at; nil means since the baseline (or all data without a target).
    public var trendWindowYears: Int? { box.fields.trendWindowYears }
    /// The trend test to run, or `auto` to choose by frequency, values and serial correlation.
    public var trendTest: TrendTestChoice { box.fields.trendTest }
    /// The span of the short-term assessment, from the value this many years before the latest.
    public var shortTermYears: Int { box.fields.shortTermYears }
    /// Where the series starts measuring something else, in time order.
    public var breaks: [SeriesBreak] { box.fields.breaks }
    /// The month a year starts in: 1 for calendar years, 10 for U.S. federal fiscal years
    /// (October–September, CBP's); the label of a fiscal year is the year it ends in.
    public var yearStartMonth: Int { box.fields.yearStartMonth }
    /// What the figure means and why its direction is the desired one.
    public var description: LocalizedText? { box.fields.description }
    /// How the count becomes a rate per so many people; nil for figures with no population behind them.
    public var rate: RateDefinition? { box.fields.rate }
    /// A name short enough for a narrow column, distinct from every other indicator's (indicators.yaml `short_name`).
    public var shortName: LocalizedText? { box.fields.shortName }
    /// Its declared sources: which categories of which official formats feed it (its `import` block).
    public var imports: [ImportRule] { box.fields.imports }

    public init(id: String, goal: String, name: LocalizedText, unit: LocalizedText, country: Country,
                direction: Direction, frequency: Frequency, source: String, aggregate: Aggregate = .sum,
                progress: ProgressChoice = .auto, values: SeriesValues = .perPeriod, trendWindowYears: Int? = nil,
                trendTest: TrendTestChoice = .auto, shortTermYears: Int = Indicator.defaultShortTermYears,
                breaks: [SeriesBreak] = [], yearStartMonth: Int = 1, description: LocalizedText? = nil,
                rate: RateDefinition? = nil, shortName: LocalizedText? = nil, imports: [ImportRule] = [],
                cumulativeSince: CalendarDate? = nil) {
        box = Box(Fields(id: id, goal: goal, name: name, unit: unit, country: country, direction: direction,
                         frequency: frequency, source: source, aggregate: aggregate, progress: progress, values: values,
                         cumulativeSince: cumulativeSince, trendWindowYears: trendWindowYears, trendTest: trendTest,
                         shortTermYears: shortTermYears, breaks: breaks.sorted { $0.period < $1.period },
                         yearStartMonth: yearStartMonth, description: description, rate: rate, shortName: shortName,
                         imports: imports))
    }

    public static func == (a: Indicator, b: Indicator) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

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

    private final class Box: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
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
