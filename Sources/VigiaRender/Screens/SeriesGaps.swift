import VigiaCore

/// Missing periods in a series. A chart line must not bridge them (a straight line across
/// missing years shows values nobody measured), and the Detail says how many there are.
///
/// Gaps are found on period ordinals, which are exact within one frequency, never on float times.
enum SeriesGaps {
    /// True when `b` does not directly follow `a`: more than one period later, or in another frequency.
    static func isGap(_ a: Period, _ b: Period) -> Bool {
        a.frequency != b.frequency || b.ordinal - a.ordinal > 1
    }

    /// The items cut into runs of consecutive periods, in order; a lone item is a run of one.
    static func segments<T>(_ items: some Sequence<T>, period: (T) -> Period) -> [[T]] {
        var runs: [[T]] = []
        var previous: Period?
        for item in items {
            let p = period(item)
            if let previous, !isGap(previous, p), !runs.isEmpty { runs[runs.count - 1].append(item) } else { runs.append([item]) }
            previous = p
        }
        return runs
    }

    /// How many periods are missing between the first and the last, out of all the periods in that
    /// span; nil for an empty series or one mixing frequencies.
    static func missing(_ periods: some Collection<Period>) -> (missing: Int, span: Int)? {
        guard let first = periods.min(), let last = periods.max(), first.frequency == last.frequency,
              periods.allSatisfy({ $0.frequency == first.frequency }) else { return nil }
        let span = last.ordinal - first.ordinal + 1
        return (span - Set(periods.map(\.ordinal)).count, span)
    }
}
