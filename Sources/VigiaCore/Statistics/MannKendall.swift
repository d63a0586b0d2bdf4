/// The Mann-Kendall score of one sequence of values in time order (methods.md §1).
public struct KendallScore: Hashable, Sendable {
    /// S = Σ_{i<j} sgn(x_j − x_i).
    public let s: Int
    /// Var(S) with the correction for tied groups.
    public let variance: Double
    /// Number of values.
    public let n: Int

    public init(_ values: [Double]) {
        self.init(values[...])
    }

    /// The ties are counted in the same pass as S: a value tied with c later ones adds 6c(c + 2) to
    /// the correction, and the c's of a group of t run t − 1, …, 0, which sum to t(t − 1)(2t + 5),
    /// the group's term. Whole numbers under 2⁵³ (below 10⁵ values), so Var(S) is exactly the one
    /// `variance` gives; with a NaN among the values (never equal, and unordered for the sort), or
    /// more values, that is used instead.
    init(_ values: ArraySlice<Double>) {
        // Through a buffer: a slice checks its bounds on every read, and the pairs are most of the test.
        self = values.withUnsafeBufferPointer { KendallScore($0) }
    }

    /// The same on a buffer: the seasonal test scores each season of its split in place, without
    /// a slice (and its retain and release) per season.
    init(_ values: UnsafeBufferPointer<Double>) {
        let n = values.count
        self.n = n
        var s = 0, ties = 0, unordered = false
        for i in 0..<n {
            let xi = values[i]
            // Counts below n, so the sums cannot overflow: wrapping adds, without a check each.
            var above = 0, below = 0
            for j in (i + 1)..<n {
                above &+= values[j] > xi ? 1 : 0
                below &+= values[j] < xi ? 1 : 0
            }
            // Without NaNs every later value is above, below or tied.
            let later = n - 1 - i - above - below
            s += above - below
            ties += 6 * later * (later + 2)
            unordered = unordered || xi.isNaN
        }
        self.s = s
        variance = unordered || n > Self.countedTiesLimit ? Self.variance(values) : Self.variance(n: n, ties: ties)
    }

    /// Above this many values the tie terms of `init` could pass 2⁵³: the sorted count is used.
    static let countedTiesLimit = 100_000

    /// Var(S) from the count and the tie terms counted pair by pair (Σ 6c(c + 2), see `init`).
    static func variance(n: Int, ties: Int) -> Double {
        let count = Double(n)
        return (count * (count - 1) * (2 * count + 5) - Double(ties)) / 18
    }

    /// Number of pairs, n(n−1)/2: the denominator of tau.
    public var pairs: Int { n * (n - 1) / 2 }

    /// Tied groups are counted on a sorted copy in scratch memory (a season holds a dozen values,
    /// and a seasonal test has a dozen seasons). Every term is a whole number, so the total is exact.
    static func variance(_ values: UnsafeBufferPointer<Double>) -> Double {
        let n = Double(values.count)
        var total = n * (n - 1) * (2 * n + 5)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: values.count) { buffer in
            var sorted = buffer
            _ = sorted.initialize(from: values)
            if sorted.count <= 32 { insertionSort(sorted) } else { sorted.sort() }
            var i = 0
            while i < sorted.count {
                var j = i + 1
                while j < sorted.count && sorted[j] == sorted[i] { j += 1 }
                let t = Double(j - i)
                total -= t * (t - 1) * (2 * t + 5)
                i = j
            }
        }
        return total / 18
    }
}

/// Sorts a short buffer in place: faster than the general sort for a season's dozen values (and
/// the few keys `KeyedOrder` leaves after its runs of four).
func insertionSort<Value: Comparable>(_ a: UnsafeMutableBufferPointer<Value>) {
    guard a.count > 1 else { return }
    for i in 1..<a.count {
        let x = a[i]
        var j = i
        while j > 0 && a[j - 1] > x {
            a[j] = a[j - 1]
            j -= 1
        }
        a[j] = x
    }
}

/// The standardised statistic Z with the continuity correction.
func kendallZ(s: Int, variance: Double) -> Double {
    guard s != 0, variance > 0 else { return 0 }
    let sd = variance.squareRoot()
    return s > 0 ? Double(s - 1) / sd : Double(s + 1) / sd
}

/// The seasonal test's totals over its seasons, added season by season in order: S, Var(S), the
/// pairs and the values.
struct SeasonalScore {
    private(set) var s = 0
    private(set) var variance = 0.0
    private(set) var pairs = 0
    private(set) var n = 0

    mutating func add(_ score: KendallScore) {
        add(s: score.s, variance: score.variance, n: score.n)
    }

    /// A season scored while its pairs were formed for something else (`SeasonSplit.slopes`):
    /// `ties` as `KendallScore` counts them, for values that are finite and no more than its limit.
    mutating func add(s: Int, ties: Int, n: Int) {
        add(s: s, variance: KendallScore.variance(n: n, ties: ties), n: n)
    }

    /// S counted over several seasons at once (`ConsecutiveSlopes`); their values and ties are
    /// added season by season with an S of 0.
    mutating func add(s: Int) {
        self.s += s
    }

    private mutating func add(s: Int, variance: Double, n: Int) {
        self.s += s
        self.variance += variance
        pairs += n * (n - 1) / 2
        self.n += n
    }
}
