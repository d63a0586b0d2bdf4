/// The within-season slopes of a window with a value at every position (no month missing), as
/// `SeasonSplit.slopes(frontFrom:into:score:)` writes them, without splitting the window by season.
///
/// In time order the values of a season stand `period` positions apart, so the pair d cycles
/// apart is (t, t + d·period): lag by lag, every pair of every season comes from two runs of the
/// window itself, read straight through. By season, a window of seven years is twelve seasons of
/// seven values, each value starting a loop over the few after it, and setting those loops up was
/// most of the pass; by lag it is six long loops. Where d is a power of two (1, 2, 4: two pairs in
/// three over seven years) the division is a multiplication by 1/d, which gives the same bits.
///
/// The slopes come out in another order than the split's, which no median sees; S is the same
/// sum, and each season's tie terms are added to the score in season order, as the split adds them.
enum ConsecutiveSlopes {
    /// The within-season pairs of `count` consecutive positions: those of each lag that fits.
    static func pairCount(_ count: Int, period: Int) -> Int {
        guard period > 0 else { return 0 }
        return stride(from: period, to: count, by: period).reduce(0) { $0 + (count - $1) }
    }

    /// `points`: finite values at consecutive positions, in time order. The slopes of the pairs
    /// whose earlier point is at index `first` or later go to the front of `slopes` (room for
    /// `pairCount`), the others after them; returns (front, all). Each season is scored into
    /// `score`: its values, its ties, and S (all seasons' at once).
    static func write(_ points: UnsafeBufferPointer<TimePoint>, period: Int, frontFrom first: Int,
                      into slopes: UnsafeMutableBufferPointer<Double>, score: inout SeasonalScore) -> (front: Int, all: Int) {
        let n = points.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { values in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { tied in
                for t in 0..<n {
                    values.initializeElement(at: t, to: points[t].value)
                    tied.initializeElement(at: t, to: 0)
                }
                let x = values.baseAddress!, later = tied.baseAddress!
                var front = 0, back = slopes.count, s = 0
                var d = 1
                while d * period < n {
                    let span = d * period, count = n - span, split = min(first, count)
                    back -= split
                    s += lag(x, 0, split, span: span, cycles: d, into: slopes.baseAddress! + back, tied: later)
                    s += lag(x, split, count, span: span, cycles: d, into: slopes.baseAddress! + front, tied: later + split)
                    front += count - split
                    d += 1
                }
                score.add(s: s)
                addSeasons(points, period: period, tied: UnsafeBufferPointer(tied), to: &score)
                // The others were written from the end down: moved up behind the front.
                let others = slopes.count - back
                for k in 0..<others { slopes[front + k] = slopes[back + k] }
                return (front, front + others)
            }
        }
    }

    /// Each season's count of values and tie terms Σ 6c(c + 2), c the later values of the season
    /// each one ties with (`tied`), added in season order.
    private static func addSeasons(_ points: UnsafeBufferPointer<TimePoint>, period: Int,
                                   tied: UnsafeBufferPointer<Int>, to score: inout SeasonalScore) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * period) { sums in
            sums.initialize(repeating: 0)
            SeasonCursor.forEach(points, period: period, consecutive: true) { t, season in
                // Within Int: a season's ties count its pairs, far below 2⁶³ for a series that fits in memory.
                sums[season] &+= 1
                sums[period &+ season] &+= 6 &* tied[t] &* (tied[t] &+ 2)
            }
            for season in 0..<period { score.add(s: 0, ties: sums[period + season], n: sums[season]) }
        }
    }

    /// The slopes (x[t + span] − x[t])/d for t in lo..<hi into out[0..<hi − lo], counting each tie
    /// into tied[t − lo]; returns the pairs rising less those falling.
    @inline(__always)
    private static func lag(_ x: UnsafePointer<Double>, _ lo: Int, _ hi: Int, span: Int, cycles d: Int,
                            into out: UnsafeMutablePointer<Double>, tied: UnsafeMutablePointer<Int>) -> Int {
        let divisor = Double(d)
        // A power of two's reciprocal is exact, and so is every product with it.
        if d & (d - 1) == 0 {
            let scale = 1 / divisor
            return pairs(x + lo, x + lo + span, count: hi - lo, into: out, tied: tied) { $0 * scale }
        }
        return pairs(x + lo, x + lo + span, count: hi - lo, into: out, tied: tied) { $0 / divisor }
    }

    /// Two pairs at a time in vector registers (a vector division gives each lane the scalar one's bits).
    @inline(__always)
    private static func pairs(_ earlier: UnsafePointer<Double>, _ later: UnsafePointer<Double>, count: Int,
                              into out: UnsafeMutablePointer<Double>, tied: UnsafeMutablePointer<Int>,
                              _ slope: (SIMD2<Double>) -> SIMD2<Double>) -> Int {
        let one = SIMD2<Int64>(repeating: 1)
        var rising = SIMD2<Int64>.zero, falling = SIMD2<Int64>.zero
        var k = 0
        while k &+ 2 <= count {
            let change = UnsafeRawPointer(later + k).loadUnaligned(as: SIMD2<Double>.self)
                - UnsafeRawPointer(earlier + k).loadUnaligned(as: SIMD2<Double>.self)
            rising &+= SIMD2<Int64>.zero.replacing(with: one, where: change .> 0)
            falling &+= SIMD2<Int64>.zero.replacing(with: one, where: change .< 0)
            let ties = UnsafeRawPointer(tied + k).loadUnaligned(as: SIMD2<Int64>.self)
                &+ SIMD2<Int64>.zero.replacing(with: one, where: change .== 0)
            UnsafeMutableRawPointer(tied + k).storeBytes(of: ties, as: SIMD2<Int64>.self)
            UnsafeMutableRawPointer(out + k).storeBytes(of: slope(change), as: SIMD2<Double>.self)
            k &+= 2
        }
        var s = Int(rising[0] &+ rising[1]) &- Int(falling[0] &+ falling[1])
        if k < count {
            let change = later[k] - earlier[k]
            s &+= (change > 0 ? 1 : 0) &- (change < 0 ? 1 : 0)
            tied[k] &+= change == 0 ? 1 : 0
            out[k] = slope(SIMD2(repeating: change))[0]
        }
        return s
    }
}
