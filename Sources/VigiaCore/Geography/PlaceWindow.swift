/// The span of periods a Places table ranks: one period for annual values and 12-month sums, the
/// trailing twelve months for monthly counts, or the year to date when no place has a whole year
/// yet (a new classification, a first release).
public struct PlaceWindow: Hashable, Sendable {
    public let end: Period
    /// Periods added together (1 for a value that already covers its span).
    public let length: Int

    public init(end: Period, length: Int) {
        self.end = end
        self.length = max(1, length)
    }

    public var start: Period { end.advanced(by: -(length - 1)) }
    public var periods: [Period] { (0..<length).map { start.advanced(by: $0) } }

    /// The same span a year earlier.
    public var yearEarlier: PlaceWindow {
        PlaceWindow(end: end.advanced(by: -end.frequency.periodsPerYear), length: length)
    }

    /// A sum of fewer periods than a year: its rate is not a yearly rate and is labelled so.
    public var isPartOfYear: Bool { length > 1 && length < end.frequency.periodsPerYear }

    /// The window for `series` (place → values by period): the latest period that at least 90 % as
    /// many places report as the best-reported period of the last year (a month in which one state's
    /// figure is suppressed is still the latest; a month only a few states have reported yet is not),
    /// then a whole year if any place has one, else the year to date (from the first period of the
    /// year that any place reports).
    static func choose(_ series: [[Period: Double]], indicator: Indicator) -> PlaceWindow? {
        var coverage: [Period: Int] = [:]
        for values in series { for period in values.keys { coverage[period, default: 0] += 1 } }
        let n = indicator.frequency.periodsPerYear
        let recent = coverage.keys.sorted().suffix(n)
        guard let best = recent.map({ coverage[$0]! }).max(),
              let end = recent.last(where: { Double(coverage[$0]!) >= 0.9 * Double(best) }) else { return nil }
        guard n > 1, indicator.values == .perPeriod, indicator.aggregate != .last else { return PlaceWindow(end: end, length: 1) }
        let year = PlaceWindow(end: end, length: n)
        if series.contains(where: { values in year.periods.allSatisfy { values[$0] != nil } }) { return year }
        // The year to date, from the first period of the year any place reports.
        let first = coverage.keys.filter { $0.year == end.year && $0 <= end }.min() ?? end
        return PlaceWindow(end: end, length: end.ordinal - first.ordinal + 1)
    }

    /// The value of `values` over the window: their sum (their mean for rates); nil unless all are there.
    func total(_ values: [Period: Double], aggregate: Aggregate) -> Double? {
        var sum = 0.0
        for period in periods {
            guard let value = values[period] else { return nil }
            sum += value
        }
        return aggregate == .mean ? sum / Double(length) : sum
    }
}
