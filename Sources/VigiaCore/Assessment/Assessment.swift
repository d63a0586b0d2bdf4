/// One indicator, evaluated at the as-of date.
public struct Assessment: Sendable {
    public let indicator: Indicator
    public let target: Target?
    /// The target revision in force at the as-of date.
    public let effectiveTarget: TargetRevision?
    /// The national series known at the as-of date, in time order.
    public let series: [Observation]
    /// The points the trend test and the control chart look at (see `Assessor.trendWindow`): the
    /// latest part of `series`, sharing its storage.
    public let window: ArraySlice<Observation>
    public let trend: TrendReading?
    public let progress: Progress
    /// The series progress is measured on: the values, or their trailing twelve months.
    public let basisSeries: [BasisPoint]
    /// Progress at every basis point after the start, for dating flags.
    public let track: ProgressTrack
    /// The individuals chart of the window; nil with fewer than two points, or when not drawn.
    public let control: ProcessControl?
    /// Why there is no individuals chart although there are points for one.
    public let controlOmission: ControlOmission?
    /// The latest break the data crosses: the trend window, the short term, process limits and
    /// change points start there.
    public var comparableSince: SeriesBreak? = nil
    /// What the values of `series` and `basisSeries` are: counts, or rates when the target is set on them.
    public var measure: Measure = .count
    /// The population of the place, when the indicator declares a rate: the other measure of any value.
    public var rates: RateScale? = nil
    /// When the indicator's figures are running totals: how the per-period values of `series` were
    /// derived from them (every value of `series` is then derived).
    public internal(set) var runningTotals: RunningTotals.Summary? = nil
    /// The place's name when the assessment is of a place below the nation.
    public internal(set) var placeName: String? = nil
    /// Lessons-learned flags, most severe first; filled in by `Dashboard.evaluate`.
    public internal(set) var flags: [Flag] = []
    /// The states of the nation over the latest window with sub-national data, when the data has any.
    public internal(set) var places: PlaceTable?
    /// The events that concern this indicator, known by the as-of date, in date order; filled in by
    /// `Dashboard.evaluate`.
    public internal(set) var events: [PolicyEvent] = []

    public var latest: Observation? { series.last }

    /// The unit of the values of `series`: the indicator's, or `per 100,000 people` for rates.
    public var unit: LocalizedText {
        guard measure == .rate, let rates else { return indicator.unit }
        return rates.definition.unit
    }

    /// The latest value progress is judged on (the trailing 12 months, the year, the 12-month
    /// sum) in both measures; the rate is nil without a population estimate.
    public var headline: Headline? {
        guard let point = basisSeries.last else { return nil }
        let other = otherMeasure(point.value, at: point.period)
        return Headline(period: point.period, basis: progress.basis,
                        count: measure == .count ? point.value : other, rate: measure == .rate ? point.value : other,
                        population: rates?.estimate(for: point.period))
    }

    /// The place assessed: `MX`, `US`, or a state's code.
    public var geo: String { series.last?.geo ?? rates?.geo ?? GeoCode.national(indicator.country).text }

    /// `value` (in `measure`, at `period`) in the other measure: the rate of a count, the count of a rate.
    public func otherMeasure(_ value: Double, at period: Period) -> Double? {
        rates?.converting(value, from: measure, at: period)
    }

    /// Relative change of the latest value from the same period a year earlier; nil without one.
    public var yearOnYearChange: Double? {
        guard let latest else { return nil }
        let yearAgo = latest.period.advanced(by: -indicator.frequency.periodsPerYear)
        guard let before = series.last(where: { $0.period == yearAgo }), before.value != 0,
              indicator.breakBetween(yearAgo, latest.period) == nil else { return nil }
        return (latest.value - before.value) / abs(before.value)
    }
    public var status: ProgressStatus { progress.status }

    /// The basis points from the latest break on: what rates and changes may compare.
    public var comparableBasis: ArraySlice<BasisPoint> { YearlyBasis.since(comparableSince, basisSeries) }
}

/// Why an indicator gets no process-control chart.
public enum ControlOmission: String, Sendable {
    /// Consecutive 12-month sums share eleven months: their moving ranges measure the overlap,
    /// so limits drawn from them say nothing about routine variation (methods.md §7).
    case rolling12MonthSums = "rolling-12-month"
}

extension ControlOmission {
    /// What is missing and why, for the Detail screen and the reports.
    public var explanation: LocalizedText {
        switch self {
        case .rolling12MonthSums:
            LocalizedText(
                en: "No process limits: each value is a 12-month sum that shares 11 months with the next, so moving ranges measure the overlap, not routine variation. The limits, their signals and change points, and the flags that rest on them are not computed.",
                es: "Sin límites de proceso: cada valor es una suma de 12 meses que comparte 11 meses con el siguiente, así que los rangos móviles miden el traslape, no la variación habitual. No se calculan los límites, sus señales y cambios de régimen, ni las alertas que dependen de ellos.")
        }
    }
}

/// A value in both measures, with the population it was divided by.
public struct Headline: Hashable, Sendable {
    public let period: Period
    public let basis: ProgressBasis
    public let count: Double?
    public let rate: Double?
    public let population: PopulationTable.Estimate?
}
