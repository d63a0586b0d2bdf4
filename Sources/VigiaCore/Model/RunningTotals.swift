/// Per-period values derived from a series published as running totals since a date.
///
/// Mexico's security cabinet reports seizures as totals "since 1 October 2024", at irregular
/// cut-offs. Each total adds everything since the start, so consecutive totals share almost all
/// of it: tested or charted as they are, they always rise. What happened in a period is the
/// difference of two consecutive totals, and only where both are on file: a gap is never
/// bridged, and a total is never mixed with per-period figures of another series.
public enum RunningTotals {
    /// What the derivation used and left out, for the Detail and JSON.
    public struct Summary: Hashable, Sendable {
        /// The day the totals count from.
        public let since: CalendarDate
        /// Totals on file, and the per-period values derived from them.
        public let totals: Int
        public let derived: Int
        /// Differences below zero: the totals disagree (rounded, lower bounds), so no value is given.
        public let negative: Int
    }

    /// The per-period values: at each period whose previous period also has a total, their
    /// difference; at the period the totals start in, when they start on its first day, the
    /// total itself. Each derived value takes the later total's source and the weaker grade.
    public static func perPeriod(_ totals: [Observation], since: CalendarDate, frequency: Frequency)
        -> (values: [Observation], summary: Summary) {
        let start = Period(containing: since, frequency: frequency)
        let startsOnFirstDay = start.startDate == since
        var values: [Observation] = [], negative = 0
        for (i, total) in totals.enumerated() {
            let previous = i > 0 && totals[i - 1].period == total.period.advanced(by: -1) ? totals[i - 1] : nil
            let base: Double
            if let previous {
                base = previous.value
            } else if startsOnFirstDay, total.period == start {
                base = 0
            } else {
                continue
            }
            let value = total.value - base
            guard value >= 0 else { negative += 1; continue }
            let note = previous.map { "derived: total to \(total.period) minus total to \($0.period) (running totals since \(since))" }
                ?? "derived: the first total (running totals since \(since))"
            values.append(Observation(indicator: total.indicator, period: total.period, value: value, geo: total.geo,
                                      source: total.source, note: note, published: total.published, batch: nil,
                                      confidence: Confidence.weakest([total.confidence, previous?.confidence ?? .high])))
        }
        return (values, Summary(since: since, totals: totals.count, derived: values.count, negative: negative))
    }
}
