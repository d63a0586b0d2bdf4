import Foundation

/// The standard normal distribution, computed the way SciPy's `ndtr` does, so p-values
/// agree with the reference implementation (pymannkendall) to the last digits.
public enum StandardNormal {
    /// Φ(x).
    public static func cdf(_ x: Double) -> Double {
        let halfSqrt2 = 0.70710678118654752440
        let t = x * halfSqrt2
        let z = abs(t)
        if z < halfSqrt2 { return 0.5 + 0.5 * erf(t) }
        let tail = 0.5 * erfc(z)
        return t > 0 ? 1 - tail : tail
    }

    /// Two-sided p-value of a z statistic: 2·(1 − Φ(|z|)).
    public static func twoSidedP(_ z: Double) -> Double {
        2 * (1 - cdf(abs(z)))
    }
}
