import Foundation

/// Whether the rate from a point to another is beyond a given rate in a direction:
/// d·rate(from: a, to: b) > d·B, answered exactly as `ProgressMethod.rate` and that comparison do.
///
/// target-infeasible asks this of every basis point of the run it walks back through, and with
/// growth rates each answer cost a `pow`. A growth rate is fl(pow(q, e)) − 1 with q = x_b/x_a and
/// e = 1/years, so it exceeds B as q^e exceeds C = 1 + B, up to the roundings of `pow` (under one
/// ulp in glibc), of 1 + B and of the subtraction. When e·ln q is provably more than 10⁻⁹ away
/// from ln C (a relative 10⁻⁹ on the powers, far beyond those roundings once C ≥ 10⁻³), the answer
/// follows from the logarithms: ln C is worked out once, ln q bracketed from q's binary exponent
/// and a series for its significand (`logBounds`). Otherwise, and whenever C is below 10⁻³ or not
/// finite, the rate is measured with `pow` as before.
struct RateComparison {
    let method: ProgressMethod
    let rate: Double
    /// The direction's sign, +1 or −1.
    let d: Double
    /// ln(1 + rate) when the bound applies: growth rates, 1 + rate finite and at least 10⁻³.
    private let logPower: Double?

    init(_ method: ProgressMethod, beyond rate: Double, direction d: Double) {
        self.method = method
        self.rate = rate
        self.d = d
        let power = 1 + rate
        logPower = method == .cagr && abs(d) == 1 && power.isFinite && power >= 1e-3 ? log(power) : nil
    }

    func isBeyond(from a: TimedValue, to b: TimedValue) -> Bool {
        if let logPower {
            // The conditions under which `ProgressMethod.rate` gives a growth rate at all.
            let years = b.time - a.time
            guard years > 0, a.value > 0, b.value > 0 else { return false }
            let q = b.value / a.value, e = 1 / years
            if q.isNormal && e.isFinite {
                let (low, high) = Self.logBounds(q)
                let margin = 1e-9 * max(1, abs(logPower))
                if e * low > logPower + margin { return d > 0 }
                if e * high < logPower - margin { return d < 0 }
            }
        }
        guard let r = method.rate(from: a, to: b) else { return false }
        return d * r > d * rate
    }

    /// ln q ∈ [low, high] for a positive normal q, 2·10⁻⁹ wide: q = m·2ᵏ with m in (√½, √2], and
    /// ln m = 2·atanh(t), t = (m − 1)/(m + 1), |t| ≤ 0.1716, summed to t⁹/9. The terms left out add
    /// less than 2|t|¹¹/(11(1 − t²)) < 7.2·10⁻¹⁰; the roundings, under 10⁻¹² (k·ln 2 included).
    static func logBounds(_ q: Double) -> (low: Double, high: Double) {
        var k = Double(q.exponent), m = q.significand
        if m > 2.0.squareRoot() {
            m /= 2
            k += 1
        }
        let t = (m - 1) / (m + 1), t2 = t * t
        let series = 2 * t * (1 + t2 * (1.0 / 3 + t2 * (1.0 / 5 + t2 * (1.0 / 7 + t2 / 9))))
        let centre = k * 0.6931471805599453 + series
        return (centre - 1e-9, centre + 1e-9)
    }
}
