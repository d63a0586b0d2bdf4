/// The seasonal Mann-Kendall test with the covariance between seasons (Hipel & McLeod 1994),
/// as pymannkendall 1.4.3's `correlated_seasonal_test` computes it (methods.md §7).
///
/// - The series is cut into consecutive blocks ("years") of `period` values, the first starting
///   at the first point's position: block r holds positions p₀ + r·period … p₀ + r·period +
///   period − 1, and a trailing partial block is padded with missing values.
/// - Blocks with any missing value are dropped (pymannkendall drops the rows of its matrix that
///   hold a NaN). On the m kept blocks, column j holds the m values of season j.
/// - S = Σ_j S_j, each S_j the Mann-Kendall score of column j.
/// - Var(S) = Σ_{i,j} Γ_ij, Γ_ij = (K_ij + 4 Σ_t R_i(t)·R_j(t) − m(m+1)²)/3, with pymannkendall's
///   K_ij = Σ_{a<b} sgn(x_i(b) − x_i(a))·sgn(x_j(b) − x_j(a)) and R_i(t) = (m + 1 + Σ_u sgn(x_i(t) −
///   x_i(u)))/2 (the average rank of x_i(t) in its column).
/// - Z = S/√Var(S), WITHOUT the continuity correction (as the reference); p two-sided.
/// - Tau = S/(period · m(m−1)/2).
/// - Slope: the seasonal Sen slope over ALL the values, dropped blocks included (the reference
///   computes it on the padded matrix): `SenSlope.seasonalSlope`, per year. Its grouping by
///   position mod `period` is the reference's grouping by column, since consecutive positions
///   are consecutive seasons.
/// - `n` is the number of values used, m·period; assessable with n ≥ `TrendResult.minimumPoints`,
///   Var(S) > 0 and at least 2 kept blocks. A Var(S) ≤ 0 (a constant series, one block) gives
///   z = 0, p = 1 (the reference divides by zero).
///
/// The double sum is not computed pair of seasons by pair of seasons: with D(a, b) =
/// Σ_j sgn(x_j(b) − x_j(a)) for blocks a < b and Q(t) = Σ_{u<t} D(u, t) − Σ_{u>t} D(t, u),
///   Σ_{i,j} K_ij = Σ_{a<b} D(a, b)²,   Σ_{i,j} 4 Σ_t R_i(t)R_j(t) = Σ_t (period·(m+1) + Q(t))²,
/// and S = Σ_{a<b} D(a, b). So the test costs O(period · m²) in whole numbers, exactly, instead of
/// O(period² · m²) in floating point. (The reference takes the sign of the product of the two
/// differences, which can only differ from the product of the signs when that product underflows.)
extension TrendTest {
    public static func correlatedSeasonal(_ points: [TimePoint], period: Int) -> TrendResult {
        correlatedSeasonal(points, period: period, slope: nil)
    }

    /// `slope`, when given, is `SenSlope.seasonalSlope` of these points, already worked out by the
    /// serial-correlation check on the same values.
    static func correlatedSeasonal(_ points: [TimePoint], period: Int, slope known: Double??) -> TrendResult {
        let ordered = points.finiteInTimeOrder
        guard period >= 1, let first = ordered.first?.position else {
            return TrendResult(test: .correlatedSeasonal, n: 0, s: 0, varS: 0, z: 0, p: 1, tau: nil,
                               slopePerYear: nil, assessable: false)
        }
        let slope = known ?? SenSlope.seasonalSlope(ordered, period: period)
        // Room for every complete block and the one being filled.
        let capacity = (ordered.count / period + 1) * period
        let (blocks, s, variance) = withUnsafeTemporaryAllocation(of: Double.self, capacity: capacity) { rows in
            let blocks = CorrelatedSeasonal.completeBlocks(ordered, first: first, period: period, into: rows)
            let (s, variance) = CorrelatedSeasonal.score(rows, blocks: blocks, period: period)
            return (blocks, s, variance)
        }
        let n = blocks * period
        let pairs = period * (blocks * (blocks - 1) / 2)
        let z = variance > 0 ? Double(s) / variance.squareRoot() : 0
        return TrendResult(test: .correlatedSeasonal, n: n, s: s, varS: variance, z: z, p: StandardNormal.twoSidedP(z),
                           tau: pairs > 0 ? Double(s) / Double(pairs) : nil, slopePerYear: slope,
                           assessable: n >= TrendResult.minimumPoints && variance > 0 && blocks >= 2)
    }
}

enum CorrelatedSeasonal {
    /// Copies the blocks that have a value at every position, in order, to the front of `rows`
    /// (block after block, `period` values each); returns how many. Points must be in time order;
    /// a repeated position keeps its first value.
    static func completeBlocks(_ ordered: [TimePoint], first: Int, period: Int,
                               into rows: UnsafeMutableBufferPointer<Double>) -> Int {
        var kept = 0, block = -1, filled = 0, previous = Int.min
        for p in ordered where p.position != previous {
            previous = p.position
            let offset = p.position - first
            let b = offset / period
            if b != block {
                block = b
                filled = 0
            }
            rows[kept * period + (offset - b * period)] = p.value
            filled += 1
            if filled == period {
                kept += 1
                block = -1
            }
        }
        return kept
    }

    /// S and Var(S) of the correlated seasonal test on `blocks` complete rows of `period` values.
    static func score(_ rows: UnsafeMutableBufferPointer<Double>, blocks m: Int, period: Int) -> (s: Int, variance: Double) {
        guard m > 0 else { return (0, 0) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: m) { q in
            q.initialize(repeating: 0)
            var s = 0, squares = 0
            for a in 0..<m {
                let rowA = a * period
                for b in (a + 1)..<m {
                    let rowB = b * period
                    var d = 0
                    for j in 0..<period {
                        let xa = rows[rowA + j], xb = rows[rowB + j]
                        d += (xb > xa ? 1 : 0) - (xb < xa ? 1 : 0)
                    }
                    s += d
                    squares += d * d
                    q[b] += d
                    q[a] -= d
                }
            }
            let base = period * (m + 1)
            var ranks = 0
            for t in 0..<m { ranks += (base + q[t]) * (base + q[t]) }
            let total = squares + ranks - period * period * m * (m + 1) * (m + 1)
            return (s, Double(total) / 3)
        }
    }
}
