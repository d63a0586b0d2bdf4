/// Sen's slope estimators (methods.md §1–2): medians of pairwise slopes on real time positions.
public enum SenSlope {
    /// Median over all pairs of (x_j − x_i)/(p_j − p_i), in value units per position step.
    /// Missing positions stay gaps: the points keep their own positions.
    public static func slope(_ points: [TimePoint]) -> Double? {
        var slopes: [Double] = []
        slopes.reserveCapacity(points.count * (points.count - 1) / 2)
        for i in points.indices {
            for j in (i + 1)..<points.count {
                let dp = points[j].position - points[i].position
                guard dp != 0 else { continue }
                slopes.append((points[j].value - points[i].value) / Double(dp))
            }
        }
        return median(&slopes)
    }

    /// Median over within-season pairs of (x_j − x_i)/(cycles between them): units per cycle (per year).
    public static func seasonalSlope(_ points: [TimePoint], period: Int) -> Double? {
        seasonalSlope(SeasonSplit(points, period: period))
    }

    static func seasonalSlope(_ split: SeasonSplit) -> Double? {
        seasonalSlope(split, from: .min)
    }

    /// The seasonal slope of the points at `start` or later: a suffix of every season, so the
    /// serial-correlation check (on the full years ending in the latest month) and the seasonal
    /// test (on the whole window) share one split. The pairs, and so the median, are exactly
    /// those of a split of the suffix alone: cycles are absolute, and each season keeps time order.
    static func seasonalSlope(_ split: SeasonSplit, from start: Int) -> Double? {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: split.pairCount) { slopes in
            median(UnsafeMutableBufferPointer(rebasing: slopes[..<split.slopes(from: start, into: slopes)]))
        }
    }
}

/// Points grouped by season (month of year, quarter), each group in time order, in two flat
/// arrays with offsets: one allocation per series instead of one per season.
struct SeasonSplit {
    let period: Int
    /// The values, then the cycle of each, in one allocation (a split is made for every series).
    private let storage: [Double]
    private let count: Int
    /// `starts[s]..<starts[s + 1]` is season s.
    private var starts: [Int]

    /// Values, season 0 first, each season in time order.
    var values: ArraySlice<Double> { storage[..<count] }
    /// The cycle (year) of each value: its position is `cycle × period + season`. Whole numbers,
    /// so differences are exact, without an integer division per pair.
    var cycles: ArraySlice<Double> { storage[count...] }

    /// A counting sort by season, which keeps time order within each season.
    init(_ points: [TimePoint], period: Int) {
        self.init(inOrder: points.isSorted ? points : points.sorted { $0.position < $1.position }, period: period)
    }

    /// The same on points already in time order (`SeasonalWindow` has checked them), filled
    /// through unsafe buffers: with bounds and uniqueness checks on every store the split cost as
    /// much as the slopes it serves. Consecutive positions are split by stride; others by two
    /// passes of a season cursor, one to count and one to place (remembering each point's season
    /// between the passes took a heap allocation).
    init(inOrder ordered: [TimePoint], period: Int) {
        self.init(inOrder: ordered, period: period, strided: true)
    }

    /// `strided`: consecutive positions (the usual window, no month missing) are split by stride,
    /// season s being every `period`-th point from its first, without locating each point.
    /// False always counts and places (tests compare the two ways).
    init(inOrder ordered: [TimePoint], period: Int, strided: Bool) {
        self.period = period
        let n = ordered.count
        var starts = [Int](zeros: period + 1)
        var storage = [Double](zeros: 2 * n)
        ordered.withUnsafeBufferPointer { points in
            starts.withUnsafeMutableBufferPointer { starts in
                storage.withUnsafeMutableBufferPointer { storage in
                    if strided, period > 0, points.areConsecutive {
                        Self.splitByStride(points, period: period, starts: starts, into: storage)
                    } else {
                        Self.splitByCounting(points, period: period, starts: starts, into: storage)
                    }
                }
            }
        }
        self.starts = starts
        self.storage = storage
        self.count = n
    }

    /// Counts each season's points, then places each point after those of its season before it.
    private static func splitByCounting(_ points: UnsafeBufferPointer<TimePoint>, period: Int,
                                        starts: UnsafeMutableBufferPointer<Int>, into storage: UnsafeMutableBufferPointer<Double>) {
        let n = points.count
        var seasons = SeasonCursor(period: period)
        for p in points { starts[seasons.locate(p.position).season + 1] += 1 }
        for s in 0..<period { starts[s + 1] += starts[s] }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: period) { next in
            for s in 0..<period { next[s] = starts[s] }
            seasons = SeasonCursor(period: period)
            for p in points {
                let (cycle, s) = seasons.locate(p.position)
                let k = next[s]
                storage[k] = p.value
                storage[n + k] = Double(cycle)
                next[s] = k + 1
            }
        }
    }

    /// The counting sort's result for consecutive positions: season s holds the points from its
    /// first, `period` apart, each a cycle after the one before.
    private static func splitByStride(_ points: UnsafeBufferPointer<TimePoint>, period: Int,
                                      starts: UnsafeMutableBufferPointer<Int>, into storage: UnsafeMutableBufferPointer<Double>) {
        let n = points.count, first = points[0].position
        let firstSeason = season(first, period), firstCycle = (first - firstSeason) / period
        var next = 0
        for s in 0..<period {
            starts[s] = next
            // The first point of season s, and its cycle.
            var k = (s - firstSeason + period) % period
            var cycle = Double(firstCycle + (firstSeason + k) / period)
            while k < n {
                storage[next] = points[k].value
                storage[n + next] = cycle
                next += 1
                k += period
                cycle += 1
            }
        }
        starts[period] = next
    }

    /// Writes the within-season pairwise slopes (x_j − x_i)/(cycles between them) of the values
    /// at positions ≥ `start` into `slopes` (room for `pairCount`), season by season; returns how many.
    func slopes(from start: Int, into slopes: UnsafeMutableBufferPointer<Double>) -> Int {
        var count = 0
        values.withUnsafeBufferPointer { values in
            cycles.withUnsafeBufferPointer { cycles in
                starts.withUnsafeBufferPointer { starts in
                    for season in 0..<period {
                        var first = starts[season]
                        let end = starts[season + 1]
                        // Position = cycle × period + season; exact in Double for any real calendar.
                        while first < end && Int(cycles[first]) * period + season < start { first += 1 }
                        for i in first..<end {
                            let xi = values[i], ci = cycles[i]
                            for j in (i + 1)..<end where cycles[j] != ci {
                                slopes[count] = (values[j] - xi) / (cycles[j] - ci)
                                count += 1
                            }
                        }
                    }
                }
            }
        }
        return count
    }

    /// All the within-season slopes, those `slopes(from: start, into:)` writes at the front and the
    /// others after them: one pass serves the check's slope (the front) and the test's (all), instead
    /// of the front's pairs worked out twice. `slopes` has room for `pairCount`; returns (front, all).
    ///
    /// The same pass scores each season as `KendallScore` does, pair by pair in its order, into
    /// `score`: the seasonal test's S and Var(S) without forming the pairs a second time. Exact
    /// for the finite values a split in time order holds, up to `KendallScore.countedTiesLimit`
    /// values a season.
    func slopes(frontFrom start: Int, into slopes: UnsafeMutableBufferPointer<Double>,
                score: inout SeasonalScore) -> (front: Int, all: Int) {
        var front = 0, back = slopes.count
        // Through raw pointers, the side chosen once per value: the pairs are most of the work.
        let out = slopes.baseAddress!
        values.withUnsafeBufferPointer { values in
            cycles.withUnsafeBufferPointer { cycles in
                starts.withUnsafeBufferPointer { starts in
                    let x = values.baseAddress!, c = cycles.baseAddress!
                    for season in 0..<period {
                        let begin = starts[season], end = starts[season + 1]
                        var first = begin
                        while first < end && Int(c[first]) * period + season < start { first += 1 }
                        // One value a cycle (cycles in time order, none repeated): the usual case.
                        let distinct = begin == end || !(begin &+ 1..<end).contains { c[$0] == c[$0 &- 1] }
                        var s = 0, ties = 0
                        for i in begin..<end {
                            let xi = x[i], ci = c[i]
                            var j = i &+ 1, above = 0, below = 0
                            if distinct {
                                let later = end &- j
                                let into: UnsafeMutablePointer<Double>
                                if i >= first {
                                    into = out + front
                                    front &+= later
                                } else {
                                    back &-= later
                                    into = out + back
                                }
                                (above, below) = Self.pairsOfDistinctCycles(x + j, c + j, count: later, xi, ci, into: into)
                            } else if i >= first {
                                while j < end {
                                    above &+= x[j] > xi ? 1 : 0
                                    below &+= x[j] < xi ? 1 : 0
                                    if c[j] != ci {
                                        out[front] = (x[j] - xi) / (c[j] - ci)
                                        front &+= 1
                                    }
                                    j &+= 1
                                }
                            } else {
                                while j < end {
                                    above &+= x[j] > xi ? 1 : 0
                                    below &+= x[j] < xi ? 1 : 0
                                    if c[j] != ci {
                                        back &-= 1
                                        out[back] = (x[j] - xi) / (c[j] - ci)
                                    }
                                    j &+= 1
                                }
                            }
                            // As `KendallScore`: the later values neither above nor below are tied with this one.
                            let later = end &- 1 &- i &- above &- below
                            s &+= above &- below
                            ties &+= 6 &* later &* (later &+ 2)
                        }
                        score.add(s: s, ties: ties, n: end - starts[season])
                    }
                }
            }
        }
        // The others were written from the end down: moved up behind the front (forwards, never onto themselves).
        let others = slopes.count - back
        for k in 0..<others { slopes[front + k] = slopes[back + k] }
        return (front, front + others)
    }

    /// The slopes (x[k] − xi)/(c[k] − ci) of `count` later values of one season, none in cycle
    /// `ci`, into `into`, and how many of them lie above and below xi: two pairs at a time in
    /// vector registers (the divisions are most of a series' slope work; a vector division
    /// gives each lane the bits the scalar one does).
    @inline(__always)
    private static func pairsOfDistinctCycles(_ x: UnsafePointer<Double>, _ c: UnsafePointer<Double>, count: Int,
                                              _ xi: Double, _ ci: Double,
                                              into out: UnsafeMutablePointer<Double>) -> (above: Int, below: Int) {
        let xv = SIMD2(repeating: xi), cv = SIMD2(repeating: ci), one = SIMD2<Int64>(repeating: 1)
        var above = SIMD2<Int64>.zero, below = SIMD2<Int64>.zero
        var k = 0
        while k &+ 2 <= count {
            let xk = UnsafeRawPointer(x + k).loadUnaligned(as: SIMD2<Double>.self)
            let ck = UnsafeRawPointer(c + k).loadUnaligned(as: SIMD2<Double>.self)
            above &+= SIMD2<Int64>.zero.replacing(with: one, where: xk .> xv)
            below &+= SIMD2<Int64>.zero.replacing(with: one, where: xk .< xv)
            UnsafeMutableRawPointer(out + k).storeBytes(of: (xk - xv) / (ck - cv), as: SIMD2<Double>.self)
            k &+= 2
        }
        var a = Int(above[0] &+ above[1]), b = Int(below[0] &+ below[1])
        if k < count {
            a &+= x[k] > xi ? 1 : 0
            b &+= x[k] < xi ? 1 : 0
            out[k] = (x[k] - xi) / (c[k] - ci)
        }
        return (a, b)
    }

    static func season(_ position: Int, _ period: Int) -> Int { ((position % period) + period) % period }

    func range(_ season: Int) -> Range<Int> { starts[season]..<starts[season + 1] }

    /// Within-season pairs, the denominator of the seasonal tau.
    var pairCount: Int { (0..<period).reduce(0) { n, s in let k = range(s).count; return n + k * (k - 1) / 2 } }
}

/// Cycle and season of positions visited in order, stepping from the previous one instead of
/// dividing: consecutive months are one apart, and an integer division costs as much as the
/// rest of the work on a point.
struct SeasonCursor {
    let period: Int
    private var position = 0, cycle = 0, season = 0
    private var started = false

    init(period: Int) {
        self.period = period
    }

    /// (cycle, season) with `position = cycle × period + season` and 0 ≤ season < period.
    mutating func locate(_ next: Int) -> (cycle: Int, season: Int) {
        let step = next - position
        if started && step >= 0 && step < period {
            season += step
            if season >= period {
                season -= period
                cycle += 1
            }
        } else {
            season = SeasonSplit.season(next, period)
            cycle = (next - season) / period
            started = true
        }
        position = next
        return (cycle, season)
    }
}

extension SeasonCursor {
    /// `body(i, season)` for each of `points` in order. Consecutive positions (`areConsecutive`,
    /// the usual window) step the season by one, wrapping at `period`; others are located by a cursor.
    @inline(__always)
    static func forEach(_ points: UnsafeBufferPointer<TimePoint>, period: Int, consecutive: Bool,
                        _ body: (_ index: Int, _ season: Int) -> Void) {
        guard consecutive, let first = points.first?.position else {
            var seasons = SeasonCursor(period: period)
            for i in points.indices { body(i, seasons.locate(points[i].position).season) }
            return
        }
        var season = SeasonSplit.season(first, period)
        for i in points.indices {
            body(i, season)
            season &+= 1
            season = season == period ? 0 : season
        }
    }
}

extension UnsafeBufferPointer where Element == TimePoint {
    /// One point a position, from the first on (and at least one point).
    var areConsecutive: Bool {
        guard let first = first?.position else { return false }
        var gaps = 0
        for k in indices { gaps |= (self[k].position &- k) ^ first }
        return gaps == 0
    }
}

extension Array where Element == TimePoint {
    /// True when positions never decrease (the usual case: series arrive in time order).
    var isSorted: Bool {
        var last = Int.min
        for p in self {
            if p.position < last { return false }
            last = p.position
        }
        return true
    }
}

