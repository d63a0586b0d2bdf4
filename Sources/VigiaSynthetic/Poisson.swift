import Foundation

/// Poisson counts, exact at every mean, fast at the small means that fill most of the file.
///
/// Below λ = 10 it inverts the distribution by sequential search from 0 (one uniform, about λ + 1
/// cheap steps). From 10 on — heavy municipalities reach a few hundred — it uses Hörmann's PTRS,
/// transformed rejection with squeeze ("The transformed rejection method for generating Poisson
/// random variables", Insurance: Mathematics and Economics 12, 1993): about 1.2 pairs of uniforms
/// per draw whatever λ, and exact (no normal approximation). numpy splits at the same λ.
enum Poisson {
    static let inversionLimit = 10.0

    @inline(__always)
    static func sample(_ lambda: Double, _ random: inout RandomSource) -> Int {
        guard lambda > 0 else { return 0 }
        return lambda < inversionLimit ? inversion(lambda, &random) : transformedRejection(lambda, &random)
    }

    /// Smallest k with P(X ≤ k) ≥ u. Stops if the terms underflow (u within rounding of 1).
    @inline(__always)
    static func inversion(_ lambda: Double, _ random: inout RandomSource) -> Int {
        let u = random.uniform()
        var p = Self.exp(-lambda), cumulative = p, k = 0
        while u > cumulative {
            k += 1
            p *= lambda / Double(k)
            guard p > 0 else { break }
            cumulative += p
        }
        return k
    }

    /// PTRS, λ ≥ 10: a candidate from a transformed uniform, accepted at once in the squeeze
    /// region, else by comparing with the log of the Poisson probability.
    static func transformedRejection(_ lambda: Double, _ random: inout RandomSource) -> Int {
        let sqrtLambda = lambda.squareRoot(), logLambda = log(lambda)
        let b = 0.931 + 2.53 * sqrtLambda
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = random.uniform() - 0.5
            let v = random.uniform()
            let us = 0.5 - abs(u)
            let k = Int(((2 * a / us + b) * u + lambda + 0.43).rounded(.down))
            if us >= 0.07 && v <= vr { return k }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -lambda + Double(k) * logLambda - logFactorial(k) {
                return k
            }
        }
    }

    /// The one `exp` of inversion, named so `PoissonTables` provably uses the same function.
    @inline(__always)
    static func exp(_ x: Double) -> Double { Foundation.exp(x) }

    /// log(k!): summed exactly enough from a table below 256, Stirling's series above (error
    /// below 1e-17 relative there).
    static func logFactorial(_ k: Int) -> Double {
        if k < table.count { return table[k] }
        let n = Double(k) + 1, inverse = 1 / n, inverse2 = inverse * inverse
        let series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 / 1680)))
        return (n - 0.5) * log(n) - n + 0.5 * log(2 * Double.pi) + series
    }

    private static let table: [Double] = {
        var values = [0.0], sum = 0.0
        for k in 1..<256 {
            sum += log(Double(k))
            values.append(sum)
        }
        return values
    }()
}
