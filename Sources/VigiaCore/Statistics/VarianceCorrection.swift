/// Mann-Kendall with Var(S) corrected for serial correlation (methods.md §7): Hamed & Rao (1998)
/// and Yue & Wang (2004), computed as pymannkendall 1.4.3's `hamed_rao_modification_test` and
/// `yue_wang_modification_test` compute them — that source is the reference for every detail.
///
/// Both tests take S and Var(S) from the non-missing values, detrend those values with Sen's
/// slope, estimate the autocorrelation of the residuals and multiply Var(S) by a factor n/n*:
///
/// - Detrending: residual_k = x_k − (k + 1)·β, where β is Sen's slope on the real positions (gaps
///   kept) but k is the 0-based index among the NON-MISSING values. This is pymannkendall's
///   quirk, reproduced on purpose: after a gap the trend removed is one step behind per missing
///   value. Without gaps it is the ordinary detrending (the constant offset does not matter).
/// - Hamed-Rao: average ranks of the residuals (ties share their mean rank); autocorrelations
///   ρ_k of the ranks for k = 1…L (L = n − 1 unless `lags` is given); only lags with
///   |ρ_k| > Φ⁻¹(1 − α/2)/√n are kept (a lag exactly at the bound is not);
///   n/n* = 1 + 2/(n(n−1)(n−2)) · Σ_kept (n−k)(n−k−1)(n−k−2) ρ_k.
/// - Yue-Wang: autocorrelations of the residual values themselves, all lags 1…L without
///   screening; n/n* = 1 + 2 Σ_{k=1…L} (1 − k/n) ρ_k.
///
/// Z keeps the continuity correction, p is two-sided, Tau = S/(n(n−1)/2), and the slope is Sen's
/// slope times `periodsPerYear`.
///
/// Guards where pymannkendall would divide by zero or produce NaN:
/// - fewer than 3 values, or residuals (or their ranks) that are all equal (a constant series, a
///   perfectly linear one): no autocorrelation is defined, the factor is 1 (Var(S) uncorrected);
/// - `lags` beyond n − 1 is taken as n − 1 (pymannkendall raises an IndexError), below 0 as 0;
/// - a correction that makes Var(S) zero or negative (strong negative autocorrelation can:
///   the estimated factor is then meaningless): `varS` reports the corrected value as it is, and
///   z = 0, p = 1, so the test is never significant (pymannkendall returns NaN for z and p).
extension TrendTest {
    public static func hamedRao(_ points: [TimePoint], periodsPerYear: Int = 1, lags: Int? = nil) -> TrendResult {
        hamedRaoScreening(points, periodsPerYear: periodsPerYear, lags: lags).result
    }

    public static func yueWang(_ points: [TimePoint], periodsPerYear: Int = 1, lags: Int? = nil) -> TrendResult {
        let ordered = points.finiteInTimeOrder
        let values = ordered.map(\.value)
        let slope = SenSlope.slope(ordered)
        var factor = 1.0
        if values.count >= 3, let slope, slope.isFinite {
            factor = values.withUnsafeBufferPointer {
                VarianceCorrection.yueWang($0, slope: slope, maxLag: VarianceCorrection.maxLag(lags, n: values.count))
            }
        }
        return VarianceCorrection.result(.yueWang, values: values, factor: factor, slope: slope,
                                         periodsPerYear: periodsPerYear)
    }

    /// Hamed-Rao and whether its screening kept lag 1 (what `SerialCorrelation.ofDetrended` must agree with).
    static func hamedRaoScreening(_ points: [TimePoint], periodsPerYear: Int = 1,
                                  lags: Int? = nil) -> (result: TrendResult, includesLag1: Bool) {
        let ordered = points.finiteInTimeOrder
        let values = ordered.map(\.value)
        let slope = SenSlope.slope(ordered)
        var correction = (factor: 1.0, includesLag1: false)
        if values.count >= 3, let slope, slope.isFinite {
            correction = values.withUnsafeBufferPointer {
                VarianceCorrection.hamedRao($0, slope: slope, maxLag: VarianceCorrection.maxLag(lags, n: values.count))
            }
        }
        let result = VarianceCorrection.result(.hamedRao, values: values, factor: correction.factor, slope: slope,
                                               periodsPerYear: periodsPerYear)
        return (result, correction.includesLag1)
    }
}

/// The variance factors n/n* of the modified Mann-Kendall tests (see `TrendTest.hamedRao`).
enum VarianceCorrection {
    /// The last lag used: n − 1 by default, `lags` clamped to 0…n−1 when given.
    static func maxLag(_ lags: Int?, n: Int) -> Int {
        min(max(lags ?? n - 1, 0), max(n - 1, 0))
    }

    /// Hamed-Rao's factor on the values (time order, gaps removed), n ≥ 3.
    static func hamedRao(_ values: UnsafeBufferPointer<Double>, slope: Double,
                         maxLag: Int) -> (factor: Double, includesLag1: Bool) {
        let n = values.count
        return withDetrendedRanks(values, slope: slope) { ranks, acov0 in
            guard acov0 > 0 else { return (1, false) }
            let bound = SerialCorrelation.bound(n: n)
            var sum = 0.0, includesLag1 = false
            for k in stride(from: 1, through: maxLag, by: 1) {
                let rho = Autocorrelation.autocovariance(ranks, lag: k) / acov0
                // pymannkendall skips a lag when lower ≤ ρ ≤ upper: a ρ at the bound is not kept.
                if rho <= bound && rho >= -bound { continue }
                // Products in Double: exact below n ≈ 200 000, where Int would not trap either way.
                let m = Double(n - k)
                sum += m * (m - 1) * (m - 2) * rho
                if k == 1 { includesLag1 = true }
            }
            let size = Double(n)
            return (1 + 2 / (size * (size - 1) * (size - 2)) * sum, includesLag1)
        }
    }

    /// Yue-Wang's factor on the values (time order, gaps removed), n ≥ 3.
    static func yueWang(_ values: UnsafeBufferPointer<Double>, slope: Double, maxLag: Int) -> Double {
        let n = values.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { residuals in
            detrend(values, slope: slope, into: residuals)
            let acov0 = Autocorrelation.centre(residuals)
            guard acov0 > 0 else { return 1 }
            var sum = 0.0
            for k in stride(from: 1, through: maxLag, by: 1) {
                sum += (1 - Double(k) / Double(n)) * (Autocorrelation.autocovariance(residuals, lag: k) / acov0)
            }
            return 1 + 2 * sum
        }
    }

    /// pymannkendall's detrending: residual_k = x_k − (k + 1)·slope, k the index among the given values.
    static func detrend(_ values: UnsafeBufferPointer<Double>, slope: Double,
                        into residuals: UnsafeMutableBufferPointer<Double>) {
        for k in values.indices { residuals[k] = values[k] - Double(k + 1) * slope }
    }

    /// Calls `body` with the centred average ranks of the detrended values and their lag-0
    /// autocovariance (0 when every rank ties): the sequence Hamed-Rao screens.
    static func withDetrendedRanks<R>(_ values: UnsafeBufferPointer<Double>, slope: Double,
                                      _ body: (UnsafeMutableBufferPointer<Double>, Double) -> R) -> R {
        let n = values.count
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * n) { scratch in
            let residuals = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            let ranks = UnsafeMutableBufferPointer(rebasing: scratch[n..<(2 * n)])
            detrend(values, slope: slope, into: residuals)
            let acov0 = Autocorrelation.centredRanks(of: UnsafeBufferPointer(residuals), into: ranks)
            return body(ranks, acov0)
        }
    }

    /// The result with Var(S) multiplied by `factor`; z = 0 and p = 1 when that is not positive.
    static func result(_ kind: TrendTestKind, values: [Double], factor: Double, slope: Double?,
                       periodsPerYear: Int) -> TrendResult {
        let score = KendallScore(values)
        let variance = score.variance * factor
        let z = variance > 0 ? kendallZ(s: score.s, variance: variance) : 0
        return TrendResult(test: kind, n: score.n, s: score.s, varS: variance, z: z, p: StandardNormal.twoSidedP(z),
                           tau: score.pairs > 0 ? Double(score.s) / Double(score.pairs) : nil,
                           slopePerYear: slope.map { $0 * Double(periodsPerYear) },
                           assessable: score.n >= TrendResult.minimumPoints)
    }
}
