import Foundation

/// A continuous piecewise-linear fit: straight segments that meet at the breaks.
public struct PiecewiseLinearFit: Hashable, Sendable {
    /// Indices of the points where the slope changes, ascending.
    public let breaks: [Int]
    /// Slope of each segment in value units per time unit; one more than the breaks.
    public let slopes: [Double]
    public let rss: Double
    /// Bayesian information criterion: lower is better.
    public let bic: Double
}

/// The exact search for at most a few changes of trend in a short series (methods.md §5).
///
/// Every placement of 0, 1 … `maxBreaks` joinpoints is fitted by least squares, and BIC picks
/// the number: n·ln(RSS/n) + p·ln(n), with p = 2 + 2m (intercept, slope, and for each break a
/// change of slope and a location), the count used by the NCI Joinpoint program. Segments are
/// continuous, so a break reads as "the trend changed in 2021" rather than as a jump.
public enum BreakSearch {
    /// A break needs this many steps on each side of it (and between breaks): a segment of
    /// two points always fits perfectly and would win any criterion.
    public static let minimumSpacing = 2

    /// The best fit by BIC, or nil with fewer than three points or unordered times.
    public static func best(times: [Double], values: [Double], maxBreaks: Int = 2) -> PiecewiseLinearFit? {
        let n = times.count
        guard n >= 3, values.count == n, zip(times, times.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        var solver = LeastSquares(times: times, values: values)
        guard var best = solver.fit(breaks: []) else { return nil }
        for candidate in placements(count: n, maxBreaks: maxBreaks) {
            if let fit = solver.fit(breaks: candidate), fit.bic < best.bic - 1e-9 { best = fit }
        }
        return best
    }

    /// Break positions allowed by `minimumSpacing`, for 1…maxBreaks breaks.
    static func placements(count n: Int, maxBreaks: Int) -> [[Int]] {
        let s = minimumSpacing
        var result: [[Int]] = []
        func extend(_ chosen: [Int], remaining: Int) {
            guard remaining > 0 else { return }
            let from = (chosen.last ?? 0) + s
            guard from <= n - 1 - s else { return }
            for j in from...(n - 1 - s) {
                result.append(chosen + [j])
                extend(chosen + [j], remaining: remaining - 1)
            }
        }
        extend([], remaining: maxBreaks)
        return result
    }
}

/// Ordinary least squares on the basis 1, t, (t − τ₁)₊, (t − τ₂)₊ …, reusing its buffers.
struct LeastSquares {
    let times: [Double]
    let values: [Double]
    /// Times are centred so the normal equations stay well conditioned for years like 2019.
    private let centred: [Double]
    private let tss: Double
    private var matrix: [Double] = []
    private var row: [Double] = []

    init(times: [Double], values: [Double]) {
        self.times = times
        self.values = values
        let mean = times.reduce(0, +) / Double(times.count)
        centred = times.map { $0 - mean }
        let vMean = values.reduce(0, +) / Double(values.count)
        tss = values.reduce(0) { $0 + ($1 - vMean) * ($1 - vMean) }
    }

    /// The fit with slope changes at the points `breaks`; nil when the system is singular.
    mutating func fit(breaks: [Int]) -> PiecewiseLinearFit? {
        let p = 2 + breaks.count, n = times.count
        guard n > p else { return nil }
        reset(p)
        for i in 0..<n {
            basis(i, breaks: breaks)
            for a in 0..<p {
                for b in a..<p { matrix[a * (p + 1) + b] += row[a] * row[b] }
                matrix[a * (p + 1) + p] += row[a] * values[i]
            }
        }
        for a in 0..<p { for b in 0..<a { matrix[a * (p + 1) + b] = matrix[b * (p + 1) + a] } }
        guard let beta = solve(p) else { return nil }
        var rss = 0.0
        for i in 0..<n {
            basis(i, breaks: breaks)
            var fitted = 0.0
            for a in 0..<p { fitted += row[a] * beta[a] }
            rss += (values[i] - fitted) * (values[i] - fitted)
        }
        var slopes = [beta[1]]
        for c in beta.dropFirst(2) { slopes.append(slopes.last! + c) }
        // A perfect fit would give ln(0); a floor relative to the total variation keeps BIC finite.
        let floor = max(tss * 1e-12, Double.leastNormalMagnitude)
        let parameters = Double(2 + 2 * breaks.count)
        let bic = Double(n) * log(max(rss, floor) / Double(n)) + parameters * log(Double(n))
        return PiecewiseLinearFit(breaks: breaks, slopes: slopes, rss: rss, bic: bic)
    }

    /// Zeroes the augmented matrix [XᵀX | Xᵀy] for `p` parameters, allocating only when it grows.
    private mutating func reset(_ p: Int) {
        let size = p * (p + 1)
        if matrix.count < size { matrix = Array(repeating: 0, count: size) }
        for k in 0..<size { matrix[k] = 0 }
        if row.count < p { row = Array(repeating: 0, count: p) }
    }

    private mutating func basis(_ i: Int, breaks: [Int]) {
        row[0] = 1
        row[1] = centred[i]
        for (k, j) in breaks.enumerated() { row[2 + k] = max(0, centred[i] - centred[j]) }
    }

    /// Gaussian elimination with partial pivoting on the augmented matrix.
    private mutating func solve(_ p: Int) -> [Double]? {
        let w = p + 1
        for c in 0..<p {
            var pivot = c
            for r in (c + 1)..<p where abs(matrix[r * w + c]) > abs(matrix[pivot * w + c]) { pivot = r }
            guard abs(matrix[pivot * w + c]) > 1e-12 else { return nil }
            if pivot != c { for k in 0..<w { matrix.swapAt(c * w + k, pivot * w + k) } }
            for r in (c + 1)..<p {
                let f = matrix[r * w + c] / matrix[c * w + c]
                guard f != 0 else { continue }
                for k in c..<w { matrix[r * w + k] -= f * matrix[c * w + k] }
            }
        }
        var x = Array(repeating: 0.0, count: p)
        for r in stride(from: p - 1, through: 0, by: -1) {
            var s = matrix[r * w + p]
            for k in (r + 1)..<p { s -= matrix[r * w + k] * x[k] }
            x[r] = s / matrix[r * w + r]
        }
        return x
    }
}
