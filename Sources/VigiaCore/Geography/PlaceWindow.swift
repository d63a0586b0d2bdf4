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

    /// The share of the best coverage of the last year the window's end must reach.
    static let coverage = 0.95

    public var start: Period { end.advanced(by: -(length - 1)) }
    public var periods: [Period] { (0..<length).map { start.advanced(by: $0) } }

    /// The same span a year earlier.
    public var yearEarlier: PlaceWindow {
        PlaceWindow(end: end.advanced(by: -end.frequency.periodsPerYear), length: length)
    }

    /// A sum of fewer periods than a year: its rate is not a yearly rate and is labelled so.
    public var isPartOfYear: Bool { length > 1 && length < end.frequency.periodsPerYear }

    /// The window for `series`: the latest period that at least 95 % as many places report as the
    /// best-reported period of the last year (a month in which one or two states' figures are
    /// suppressed is still the latest; a month six states lack is not: a ranking without Florida and
    /// Pennsylvania misleads more than one a few months older), then a whole year if any place has
    /// one, else the year to date (from the first period of the year that any place reports).
    static func choose(_ series: [DenseSeries], indicator: Indicator) -> PlaceWindow? {
        let frequency = indicator.frequency
        guard let low = series.lazy.filter({ !$0.values.isEmpty }).map(\.first).min(),
              let high = series.lazy.filter({ !$0.values.isEmpty }).map({ $0.first + $0.values.count - 1 }).max() else { return nil }
        var coverage = Array(repeating: 0, count: high - low + 1)
        for s in series { for ordinal in s.ordinals { coverage[ordinal - low] += 1 } }
        let n = frequency.periodsPerYear
        let recent = coverage.indices.filter { coverage[$0] > 0 }.suffix(n)
        guard let best = recent.map({ coverage[$0] }).max(),
              let endIndex = recent.last(where: { Double(coverage[$0]) >= Self.coverage * Double(best) }) else { return nil }
        let end = Period(ordinal: endIndex + low, frequency: frequency)
        guard n > 1, indicator.values == .perPeriod, indicator.aggregate != .last else { return PlaceWindow(end: end, length: 1) }
        let year = PlaceWindow(end: end, length: n)
        if series.contains(where: { s in year.ordinals.allSatisfy { s[$0] != nil } }) { return year }
        // The year to date, from the first period of the year any place reports.
        let yearStart = Period(year: end.year, index: 1, frequency: frequency)!.ordinal
        let first = (max(yearStart, low)...end.ordinal).first { coverage[$0 - low] > 0 } ?? end.ordinal
        return PlaceWindow(end: end, length: end.ordinal - first + 1)
    }

    var ordinals: ClosedRange<Int> { start.ordinal...end.ordinal }

    /// The value of `values` over the window: their sum (their mean for rates); nil unless all are there.
    func total(_ values: DenseSeries, aggregate: Aggregate) -> Double? {
        var sum = 0.0
        for ordinal in ordinals {
            guard let value = values[ordinal] else { return nil }
            sum += value
        }
        return aggregate == .mean ? sum / Double(length) : sum
    }
}
