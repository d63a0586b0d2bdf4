/// The special-cause tests of an individuals chart (methods.md §4).
public enum SpecialCauseTest: String, Sendable, CaseIterable {
    /// A point outside the process limits.
    case outsideLimits = "outside-limits"
    /// A run of N points on one side of the centre line.
    case shift
    /// N points each higher (or each lower) than the one before.
    case trend
    /// Two of three consecutive points beyond two sigma on the same side.
    case twoOfThree = "two-of-three"
}

/// One special cause: which test, which way, and the points it covers (indices into the series).
public struct ControlSignal: Hashable, Sendable {
    public let test: SpecialCauseTest
    public let side: Side
    public let first: Int
    public let last: Int

    public init(test: SpecialCauseTest, side: Side, first: Int, last: Int) {
        self.test = test
        self.side = side
        self.first = first
        self.last = last
    }
}

/// Run lengths for the shift and trend tests; 7 and 7 by default, as in the NHS guidance.
public struct SpecialCauseSettings: Hashable, Sendable {
    public var runLength: Int
    public var trendLength: Int

    public static let standard = SpecialCauseSettings(runLength: 7, trendLength: 7)

    public init(runLength: Int, trendLength: Int) {
        self.runLength = runLength
        self.trendLength = trendLength
    }
}

/// Finds the special causes in a series against its chart.
///
/// Each test reports maximal stretches, not every point: a run of 12 points above the line
/// is one shift covering 12 points, so a reader sees one finding per episode.
public enum SpecialCauses {
    /// Every signal, grouped by test in the order of `SpecialCauseTest.allCases`, each group in time order.
    ///
    /// The tests append to one array: four arrays joined by `+` allocated and copied five times a series.
    public static func detect(_ values: [Double], chart: ControlChart,
                              settings: SpecialCauseSettings = .standard) -> [ControlSignal] {
        var found: [ControlSignal] = []
        // Room for a typical series' signals at once, not grown an element at a time.
        found.reserveCapacity(16)
        outsideLimits(values, chart, into: &found)
        shifts(values, chart, length: settings.runLength, into: &found)
        trends(values, length: settings.trendLength, into: &found)
        twoOfThree(values, chart, into: &found)
        return found
    }

    /// Consecutive points outside the limits on the same side make one signal. The limits are
    /// worked out once, as `ControlChart.isOutside` does for each point.
    static func outsideLimits(_ values: [Double], _ chart: ControlChart, into found: inout [ControlSignal]) {
        let upper = chart.upper, lower = chart.lower
        values.withUnsafeBufferPointer { values in
            runs(count: values.count, minimum: 1, test: .outsideLimits, into: &found) { i in
                sign(values[i] > upper, values[i] < lower)
            }
        }
    }

    /// A point exactly on the centre line breaks a run: it is on neither side.
    static func shifts(_ values: [Double], _ chart: ControlChart, length: Int, into found: inout [ControlSignal]) {
        let centre = chart.centre
        values.withUnsafeBufferPointer { values in
            runs(count: values.count, minimum: length, test: .shift, into: &found) { sign(values[$0] > centre, values[$0] < centre) }
        }
    }

    /// N points steadily moving one way are N − 1 rises (or falls) in a row; a tie breaks the run.
    static func trends(_ values: [Double], length: Int, into found: inout [ControlSignal]) {
        guard values.count >= 2 else { return }
        // Step i is the move from point i to point i + 1; a run of steps k…m covers points k…m+1.
        let minimum = max(1, length - 1)
        values.withUnsafeBufferPointer { values in
            // Few series have a run that long (none of the municipal store's): a pass without a
            // branch on the steps says so in fewer instructions than the runs' search.
            guard anyTrend(values, steps: minimum) else { return }
            runs(count: values.count - 1, minimum: minimum, test: .trend, extra: 1, into: &found) { i in
                sign(values[i + 1] > values[i], values[i + 1] < values[i])
            }
        }
    }

    /// Whether `steps` rises, or falls, come in a row. A step rises when the difference down to
    /// it has its sign bit set (`signBit`): the comparison was compiled to a branch, mispredicted
    /// on noise every other step. (A NaN, or −0 followed by +0, may count as a move here, never
    /// the other way: the runs' search then settles it.)
    private static func anyTrend(_ values: UnsafeBufferPointer<Double>, steps: Int) -> Bool {
        var rises = 0, falls = 0, reached = 0
        for i in 1..<values.count {
            rises = (rises &+ 1) & (0 &- (values[i - 1] - values[i]).signBit)
            falls = (falls &+ 1) & (0 &- (values[i] - values[i - 1]).signBit)
            // Negative once either run is `steps` long.
            reached |= ((steps &- 1) &- rises) | ((steps &- 1) &- falls)
        }
        return reached < 0
    }

    /// Each window of three with two points beyond 2σ on one side; overlapping windows merge.
    static func twoOfThree(_ values: [Double], _ chart: ControlChart, into found: inout [ControlSignal]) {
        guard values.count >= 3 else { return }
        // The zone's edges once, as `ControlChart.isBeyondTwoSigma` works them out for each point.
        let band = 2 * chart.sigma, high = chart.centre + band, low = chart.centre - band
        let groupStart = found.count
        // Each point's zone once, as +1 (high), −1 (low) or 0, in scratch memory: not once per
        // window and side it belongs to.
        withUnsafeTemporaryAllocation(of: Int8.self, capacity: values.count) { zones in
            for i in values.indices {
                zones.initializeElement(at: i, to: values[i] > high ? 1 : (values[i] < low ? -1 : 0))
            }
            // The window starting at `start`, on one side; high, then low, for each window.
            func check(_ start: Int, _ side: Side, _ zone: Int8) {
                var first = -1, last = -1, hits = 0
                for i in start..<(start + 3) where zones[i] == zone {
                    if first < 0 { first = i }
                    last = i
                    hits += 1
                }
                guard hits >= 2 else { return }
                if found.count > groupStart, let previous = found.last, previous.side == side, first <= previous.last + 1 {
                    found[found.count - 1] = ControlSignal(test: .twoOfThree, side: side, first: previous.first,
                                                           last: max(previous.last, last))
                } else {
                    found.append(ControlSignal(test: .twoOfThree, side: side, first: first, last: last))
                }
            }
            // The points beyond 2σ in each window, either side: the low bit is set for +1 and −1
            // alike, a count without abs and its overflow check.
            @inline(__always) func beyond(_ start: Int) -> Int8 {
                (zones[start] & 1) &+ (zones[start + 1] & 1) &+ (zones[start + 2] & 1)
            }
            // Half the series have no window with two (2 or 3: bit 1): said without a branch on each.
            var any: Int8 = 0
            for start in 0...(values.count - 3) { any |= beyond(start) >> 1 }
            guard any != 0 else { return }
            for start in 0...(values.count - 3) {
                // Most windows hold fewer than two points beyond 2σ on either side: nothing to find.
                guard beyond(start) >= 2 else { continue }
                check(start, .high, 1)
                check(start, .low, -1)
            }
        }
    }

    /// Maximal stretches of consecutive indices with the same side (+1 high, −1 low, 0 neither),
    /// at least `minimum` long, appended to `found`; each signal's last point is `extra` past its
    /// stretch's last index.
    ///
    /// Sides of noisy data change every other point or so: a branch on each change was
    /// mispredicted as often. The run's start and side are kept by selection, and the one branch
    /// taken is where a long enough run ends, which is rare.
    private static func runs(count: Int, minimum: Int, test: SpecialCauseTest, extra: Int = 0,
                             into found: inout [ControlSignal], side: (Int) -> Int8) {
        var start = 0
        var current: Int8 = 0
        func close(at end: Int) {
            found.append(ControlSignal(test: test, side: current > 0 ? .high : .low, first: start, last: end - 1 + extra))
        }
        for i in 0..<count {
            let s = side(i)
            let changed = s != current
            if all(changed, current != 0, i - start >= minimum) { close(at: i) }
            start = changed ? i : start
            current = s
        }
        if current != 0 && count - start >= minimum { close(at: count) }
    }

    /// +1 when `high`, −1 when `low` (never both), else 0: without a branch.
    @inline(__always)
    private static func sign(_ high: Bool, _ low: Bool) -> Int8 { Int8(high ? 1 : 0) &- Int8(low ? 1 : 0) }

    /// The three conditions with one branch on the result, not one on each.
    @inline(__always)
    private static func all(_ a: Bool, _ b: Bool, _ c: Bool) -> Bool {
        (UInt8(a ? 1 : 0) & UInt8(b ? 1 : 0) & UInt8(c ? 1 : 0)) != 0
    }
}
