/// The sum of the values of `count` consecutive periods ending at each observation, for the
/// trailing-twelve-month basis, the general way: by period, for series with a period missing or
/// repeated, or values that are not whole. A window counts only when all of its periods are
/// present, and its sum is the one its values give added newest first from zero, so totals never
/// change by a rounding. A whole run (`isExactRun`) gets the same bits from the running total in
/// `YearlyBasis.running` instead.
///
/// Asked observation by observation, in order, by the loop that makes the basis points: a value
/// returned rather than a closure called, whose captured array of points would be boxed and
/// checked for exclusive access on every append.
struct TrailingSums {
    private let observations: UnsafeBufferPointer<Observation>
    private let count: Int
    private let table: OrdinalTable?

    init(_ observations: UnsafeBufferPointer<Observation>, count: Int) {
        self.observations = observations
        self.count = count
        table = OrdinalTable(observations)
    }

    /// The total of the window ending at observation `i`; nil when the window is incomplete.
    func total(endingAt i: Int) -> Double? {
        table?.sumEnding(at: observations[i].period.ordinal, count: count)
    }

    /// A whole run (`isWholeRun`) of up to 32 values a window: every partial sum of a window is
    /// an integer below 2⁵³, exact whatever the order of the additions. Counts are, and a running
    /// total then gives the bits of the sum newest first. `wholeRun`, when the caller already
    /// knows it (`Assessor.ordered` finds it on its first pass over the series).
    static func isExactRun(_ observations: UnsafeBufferPointer<Observation>, count: Int, wholeRun: Bool? = nil) -> Bool {
        count <= 32 && (wholeRun ?? isWholeRun(observations))
    }

    /// One observation per consecutive period of one frequency (so the i-th is `i` periods after
    /// the first, and they are in time order), each a whole number below 2⁴⁸ in magnitude.
    static func isWholeRun(_ observations: UnsafeBufferPointer<Observation>) -> Bool {
        guard let frequency = observations.firstPeriod?.frequency else { return true }
        // The i-th period's ordinal is the first's plus i; worked out with the frequency's periods
        // a year once, not per observation, and without overflow checks (a year has four digits).
        let perYear = frequency.periodsPerYear
        let first = observations[0].period, start = first.year &* perYear &+ first.index
        // Below 2⁵¹ in magnitude, x + 1.5·2⁵² lies where doubles are the integers: the sum is x
        // rounded to a whole number, and taking 1.5·2⁵² off again is exact. So x is whole when it
        // comes back unchanged: two additions (`rounded` is a call to the C library here, and the
        // round trip through an Int checked its range on every value).
        let snap = 0x1.8p52
        let x = observations.baseAddress!
        for i in observations.indices {
            let value = x[i].value, period = x[i].period
            guard abs(value) < 0x1p48, (value + snap) - snap == value, period.frequency == frequency,
                  period.year &* perYear &+ period.index == start &+ i else { return false }
        }
        return true
    }
}

/// Values by period ordinal over a series' span; the last observation of a period wins, as in a
/// dictionary. Read through a buffer of the observations: copying an observation out of an
/// array copies its strings' references too, and a basis reads every one.
private struct OrdinalTable {
    let first: Int
    var values: [Double]
    /// How many consecutive periods, ending at each one, have a value: a window of n periods
    /// ending there is complete when this is n or more.
    var run: [Int]

    init?(_ observations: UnsafeBufferPointer<Observation>) {
        guard !observations.isEmpty else { return nil }
        var low = Int.max, high = Int.min
        for i in observations.indices {
            let ordinal = observations[i].period.ordinal
            low = min(low, ordinal)
            high = max(high, ordinal)
        }
        first = low
        values = Array(zeros: high - low + 1)
        run = Array(zeros: high - low + 1)
        values.withUnsafeMutableBufferPointer { values in
            run.withUnsafeMutableBufferPointer { run in
                for i in observations.indices {
                    let k = observations[i].period.ordinal - low
                    values[k] = observations[i].value
                    run[k] = 1
                }
                for k in run.indices.dropFirst() where run[k] > 0 { run[k] = run[k - 1] + 1 }
            }
        }
    }

    /// The sum of the `count` values ending at `ordinal`, newest first from zero; nil when one is missing.
    func sumEnding(at ordinal: Int, count: Int) -> Double? {
        let end = ordinal - first
        guard end >= 0, end < values.count, run[end] >= count else { return nil }
        return values.withUnsafeBufferPointer { values in
            var total = 0.0
            for k in 0..<count { total += values[end - k] }
            return total
        }
    }
}
