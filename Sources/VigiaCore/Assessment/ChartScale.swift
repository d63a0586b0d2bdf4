/// Puts a yearly figure on the scale of one period of the series, so a target can sit on the chart.
enum ChartScale {
    /// A target stated in the indicator's own frequency is already per period. A yearly one is
    /// divided by the periods in a year for counts (`sum`); rates (`mean`) and 12-month sums
    /// (`last`) are already on the yearly scale.
    static func perPeriod(_ target: PeriodValue, indicator: Indicator) -> Double {
        guard target.period.frequency != indicator.frequency else { return target.value }
        switch indicator.aggregate {
        case .sum: return target.value / Double(indicator.frequency.periodsPerYear)
        case .mean, .last: return target.value
        }
    }
}
