import Foundation

/// The best direction-adjusted rate over pairs of basis points a whole span of years apart: the
/// record target-infeasible holds the required rate against.
///
/// With growth rates each pair costs a `pow`, and a monthly record has dozens of pairs per series.
/// `growth` finds the same pair while measuring only those that can be the best: a pair whose
/// growth ratio x_j/x_i is clearly worse than the best ratio cannot have the best rate.
enum BestRate {
    typealias Found = (rate: Double, from: Period, to: Period)

    /// The indices of each pair of points `span` years apart (within 10⁻⁶), in time order of the first.
    static func forEachPair(_ points: ArraySlice<BasisPoint>, span: Double, _ body: (Int, Int) -> Void) {
        _ = firstPair(points, span: span) { i, j in
            body(i, j)
            return false
        }
    }

    /// The first such pair for which `holds`, in the same order; the pairs after it are not looked at.
    static func firstPair(_ points: ArraySlice<BasisPoint>, span: Double,
                          where holds: (Int, Int) -> Bool) -> (from: Int, to: Int)? {
        var j = points.startIndex
        for i in points.indices {
            let aim = points[i].time + span
            while j < points.endIndex && points[j].time < aim - 1e-6 { j += 1 }
            // j never moves back: once past the end, no later point has a partner.
            guard j < points.endIndex else { return nil }
            guard abs(points[j].time - aim) < 1e-6 else { continue }
            if holds(i, j) { return (i, j) }
        }
        return nil
    }

    /// Whether some pair `span` years apart is faster than `comparison`'s rate: then so is the best
    /// pair, without finding it. Each pair is screened first without a `pow` or a logarithm (is
    /// x_j beyond x_i·(1 + rate)^span, or x_i + rate·span for a linear rate?) and only a pair that
    /// passes is measured, exactly; the screen decides nothing, a pair it lets through may fail.
    static func anyFaster(_ points: ArraySlice<BasisPoint>, span: Double, than comparison: RateComparison) -> Bool {
        let d = comparison.d, rate = comparison.rate
        let growth = comparison.method == .cagr ? pow(1 + rate, span) : 1
        // A factor that cannot screen (a rate of −100 % or less, or not finite) lets every pair through.
        let screens = growth.isFinite && growth > 0
        return firstPair(points, span: span) { i, j in
            let a = points[i].value, b = points[j].value
            let passes = switch comparison.method {
            case .cagr: !screens || d * b > d * (a * growth)
            case .linear: d * (b - a) > d * (rate * span)
            }
            return passes && comparison.isBeyond(from: points[i].timed, to: points[j].timed)
        } != nil
    }

    /// Every pair measured: the first pair with the greatest d·rate (d the direction's sign).
    static func plain(_ points: ArraySlice<BasisPoint>, span: Double, _ method: ProgressMethod,
                      _ d: Double) -> Found? {
        var best: Found? = nil
        forEachPair(points, span: span) { i, j in
            let a = points[i], b = points[j]
            guard let r = method.rate(from: a.timed, to: b.timed) else { return }
            if best == nil || d * r > d * best!.rate { best = (r, a.period, b.period) }
        }
        return best
    }

    /// The same as `plain(points, span:, .cagr, d)`, measuring with `pow` only the pairs that can be
    /// the best.
    ///
    /// The rate of a pair is q^e − 1, with q = x_j/x_i and e = 1/years; the years differ between
    /// pairs only by roundings of the time axis. Let q* be the best ratio (the greatest for d = 1,
    /// the least for d = −1) and e ∈ [e₋, e₊] over all pairs. The logarithms of the two powers
    /// then differ by at least e₋·(1 − ρ) − (e₊ − e₋)·λ(q), where ρ = q/q* (d = 1) or q*/q
    /// (d = −1), both ≤ 1, and λ(q) = max(q − 1, 1/q − 1) ≥ |ln q| (from ln x ≥ 1 − 1/x and
    /// ln x ≤ x − 1). When that exceeds 10⁻⁹ the pair's power is further from the best one than
    /// any error of `pow` (under one ulp in glibc) could bridge, and, with the best power at
    /// least 10⁻³, so are the rates after subtracting 1: the pair is strictly worse and is never
    /// measured. The rest are measured and compared in order as `plain` does, so ties resolve
    /// alike. Ratios that are not finite and positive, or a best power below 10⁻³ (or not
    /// finite), fall back to `plain`.
    static func growth(_ points: ArraySlice<BasisPoint>, span: Double, _ d: Double) -> Found? {
        // The pairs with a growth rate (the conditions of `ProgressMethod.rate`), their ratios and
        // spans, in one pass; the extreme ratio and the spans' range as they come.
        withUnsafeTemporaryAllocation(of: Pair.self, capacity: points.count) { pairs in
            var count = 0, top: Pair? = nil
            var shortest = Double.infinity, longest = -Double.infinity, usable = true
            forEachPair(points, span: span) { i, j in
                let a = points[i], b = points[j]
                let years = b.time - a.time
                guard years > 0, a.value > 0, b.value > 0 else { return }
                let pair = Pair(q: b.value / a.value, years: years, from: i, to: j)
                usable = usable && pair.q.isFinite && pair.q > 0
                shortest = min(shortest, years)
                longest = max(longest, years)
                if top == nil || d * pair.q > d * top!.q { top = pair }
                pairs.initializeElement(at: count, to: pair)
                count += 1
            }
            guard usable else { return plain(points, span: span, .cagr, d) }
            guard let top else { return nil }
            // The exponents' range from the spans': a rounded 1/y never rises as y does, so these
            // are the least and greatest 1/years of the pairs, with one division each instead of one a pair.
            let low = 1 / longest, high = 1 / shortest
            let power = pow(top.q, 1 / top.years)
            guard power.isFinite, power >= 1e-3 else { return plain(points, span: span, .cagr, d) }
            let spread = high - low
            var best: Found? = nil
            for k in 0..<count {
                let q = pairs[k].q, ratio = d > 0 ? q / top.q : top.q / q
                guard !(low * (1 - ratio) - spread * max(q - 1, 1 / q - 1) > 1e-9),
                      let r = ProgressMethod.cagr.rate(from: points[pairs[k].from].timed,
                                                       to: points[pairs[k].to].timed) else { continue }
                if best == nil || d * r > d * best!.rate { best = (r, points[pairs[k].from].period, points[pairs[k].to].period) }
            }
            return best
        }
    }

    /// A pair of points (their indices: a copy of both points made each pair cost more than its
    /// ratio) with its growth ratio and the years between them.
    private struct Pair {
        let q: Double
        let years: Double
        let from: Int
        let to: Int
    }
}
