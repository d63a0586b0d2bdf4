/// Lag-1 autocorrelation of a series' residuals, with the bound beyond which it is significant:
/// how Vigía decides whether a trend test must allow for serial correlation (methods.md §7).
///
/// The bound is the one Hamed-Rao screens lags with: Φ⁻¹(1 − α/2)/√n, α = `TrendResult.alpha`.
public struct SerialCorrelation: Hashable, Sendable {
    /// The lag-1 autocorrelation (pymannkendall's `__acf`: autocovariances divided by n).
    public let lag1: Double
    /// Φ⁻¹(1 − α/2)/√n with α = 0.05: 1.959963984540054/√n.
    public let bound: Double
    /// The number of values the autocorrelation was estimated on.
    public let n: Int

    /// Strictly beyond the bound, as Hamed-Rao keeps a lag.
    public var significant: Bool { abs(lag1) > bound }

    /// Φ⁻¹(0.975) as SciPy's `norm.ppf(1 - 0.05/2)` gives it: the two-sided critical value at
    /// `TrendResult.alpha` = 0.05.
    static let criticalValue = 1.959963984540054

    static func bound(n: Int) -> Double { criticalValue / Double(n).squareRoot() }

    /// For annual series (or any series without seasons): the residuals
    /// x_k − (k + 1)·β over the non-missing values in time order (β Sen's slope on the real
    /// positions, k the index among the non-missing values: Hamed-Rao's own detrending), ranked
    /// with average ranks for ties, and the lag-1 autocorrelation of those ranks. Exactly the
    /// lag-1 value Hamed-Rao screens: when this is significant, `TrendTest.hamedRao` corrects
    /// with lag 1 included, and the other way round.
    ///
    /// nil with fewer than 3 values, or when every residual ties (a constant or perfectly linear series).
    public static func ofDetrended(_ points: [TimePoint]) -> SerialCorrelation? {
        let ordered = points.finiteInTimeOrder
        let n = ordered.count
        guard n >= 3, let slope = SenSlope.slope(ordered), slope.isFinite else { return nil }
        let lag1: Double? = withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { values in
            for (i, p) in ordered.enumerated() { values.initializeElement(at: i, to: p.value) }
            return VarianceCorrection.withDetrendedRanks(UnsafeBufferPointer(values), slope: slope) { ranks, acov0 in
                acov0 > 0 ? Autocorrelation.autocovariance(ranks, lag: 1) / acov0 : nil
            }
        }
        return lag1.map { SerialCorrelation(lag1: $0, bound: bound(n: n), n: n) }
    }

    /// For monthly and quarterly series (`period` seasons a year), where the seasonal cycle
    /// alone would look like autocorrelation:
    ///
    /// 1. season of a value: its position mod `period`; subtract each season's mean (over the
    ///    given values of that season, summed in time order);
    /// 2. subtract the trend: (seasonal Sen slope / `period`) × (position − first position), the
    ///    seasonal slope being `SenSlope.seasonalSlope` (per year, so per position step after the
    ///    division; 0 when no season has two values);
    /// 3. rank the residuals (average ranks for ties);
    /// 4. lag-1 autocorrelation of the ranks in time order as pymannkendall's `__acf`, missing
    ///    positions simply skipped (the pairs are consecutive available values).
    ///
    /// residual = (x − season mean) − slope/period × (position − first position), in that order.
    /// nil with fewer than 3·`period` values (three years), a `period` below 1, or when every
    /// residual ties. The numpy replica in `Reference/generate_modified_vectors.py`
    /// (`deseasonalized_lag1`) is its reference.
    public static func ofDeseasonalized(_ points: [TimePoint], period: Int) -> SerialCorrelation? {
        ofDeseasonalized(points, period: period) { SenSlope.seasonalSlope(Array($0), period: period) }
    }

    /// The same with the seasonal Sen slope of the (finite, time-ordered) points supplied by
    /// `seasonalSlope`, which `TrendSelection` takes from the within-season slopes its seasonal
    /// test uses (`SeasonalWindow`); it is asked for at most once, and not at all when too few
    /// values leave nothing to check.
    static func ofDeseasonalized(_ points: [TimePoint], period: Int,
                                 seasonalSlope: (ArraySlice<TimePoint>) -> Double?) -> SerialCorrelation? {
        guard period >= 1 else { return nil }
        return ofDeseasonalized(ordered: points.finiteInTimeOrder[...], period: period, seasonalSlope: seasonalSlope)
    }

    /// The same on points already finite and in time order (`SeasonalWindow` has checked them).
    static func ofDeseasonalized(ordered: ArraySlice<TimePoint>, period: Int,
                                 seasonalSlope: (ArraySlice<TimePoint>) -> Double?) -> SerialCorrelation? {
        let n = ordered.count
        guard period >= 1, n >= 3, n >= 3 * period else { return nil }
        let perStep = (seasonalSlope(ordered) ?? 0) / Double(period)
        // Three allocations, not one: up to 1 KiB each (128 values) they are on the stack, and a
        // larger temporary one goes through an aligned malloc (~500 instructions).
        let lag1: Double? = withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * period) { seasons in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { residuals in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { ranks in
                    let means = UnsafeMutableBufferPointer(rebasing: seasons[0..<period])
                    let counts = UnsafeMutableBufferPointer(rebasing: seasons[period..<(2 * period)])
                    ordered.withUnsafeBufferPointer { points in
                        deseasonalize(points, perStep: perStep, means: means, counts: counts, into: residuals)
                    }
                    let acov0 = Autocorrelation.centredRanks(of: UnsafeBufferPointer(residuals), into: ranks)
                    return acov0 > 0 ? Autocorrelation.autocovariance(ranks, lag: 1) / acov0 : nil
                }
            }
        }
        return lag1.map { SerialCorrelation(lag1: $0, bound: bound(n: n), n: n) }
    }

    /// residual = (x − season mean) − perStep × (position − first position), season by position.
    /// Each season's mean is divided out once: the same quotient for every value of the season.
    private static func deseasonalize(_ points: UnsafeBufferPointer<TimePoint>, perStep: Double,
                                      means: UnsafeMutableBufferPointer<Double>, counts: UnsafeMutableBufferPointer<Double>,
                                      into residuals: UnsafeMutableBufferPointer<Double>) {
        let period = means.count
        means.update(repeating: 0)
        counts.update(repeating: 0)
        let consecutive = points.areConsecutive
        SeasonCursor.forEach(points, period: period, consecutive: consecutive) { i, s in
            means[s] += points[i].value
            counts[s] += 1
        }
        for s in 0..<period { means[s] /= counts[s] }
        let first = points[0].position
        SeasonCursor.forEach(points, period: period, consecutive: consecutive) { i, s in
            residuals[i] = (points[i].value - means[s]) - perStep * Double(points[i].position - first)
        }
    }
}
