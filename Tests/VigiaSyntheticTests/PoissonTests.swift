import Foundation
import Testing
@testable import VigiaSynthetic

/// The generator's random numbers: Poisson counts with the right mean, spread and shape on both
/// sides of the switch from inversion to PTRS, and streams that depend only on seed and coordinates.
struct PoissonTests {
    @Test(arguments: [0.05, 0.7, 3.0, 9.99, 10.0, 37.5, 310.0])
    func countsHaveTheMeanAndVarianceOfPoisson(lambda: Double) {
        var random = RandomSource(seed: 11, stream: [UInt64(lambda * 1000)])
        let n = 200_000
        var sum = 0.0, squares = 0.0
        for _ in 0..<n {
            let k = Double(Poisson.sample(lambda, &random))
            sum += k
            squares += k * k
        }
        let mean = sum / Double(n), variance = squares / Double(n) - mean * mean
        // Five standard errors: a correct sampler fails this about once in two million runs.
        #expect(abs(mean - lambda) < 5 * (lambda / Double(n)).squareRoot(), "mean \(mean) for λ \(lambda)")
        // Var of the sample variance of a Poisson: (λ + 2λ²)/n.
        #expect(abs(variance - lambda) < 5 * ((lambda + 2 * lambda * lambda) / Double(n)).squareRoot(),
                "variance \(variance) for λ \(lambda)")
    }

    @Test(arguments: [4.0, 25.0])
    func frequenciesFollowTheProbabilities(lambda: Double) {
        var random = RandomSource(seed: 3, stream: [])
        let n = 400_000
        var seen: [Int: Int] = [:]
        for _ in 0..<n { seen[Poisson.sample(lambda, &random), default: 0] += 1 }
        for k in Int(lambda) - 3...Int(lambda) + 3 {
            let p = exp(-lambda + Double(k) * log(lambda) - Poisson.logFactorial(k))
            let observed = Double(seen[k] ?? 0) / Double(n)
            #expect(abs(observed - p) < 5 * (p * (1 - p) / Double(n)).squareRoot(), "P(X=\(k)) \(observed) vs \(p)")
        }
    }

    @Test func logFactorialIsRightOnBothSidesOfItsTable() {
        #expect(Poisson.logFactorial(0) == 0)
        #expect(abs(Poisson.logFactorial(10) - log(3_628_800.0)) < 1e-12)
        for k in [255, 256, 257, 1000] {
            let summed = (1...k).reduce(0.0) { $0 + log(Double($1)) }
            #expect(abs(Poisson.logFactorial(k) - summed) < 1e-9 * summed)
        }
    }

    @Test func streamsDependOnlyOnSeedAndCoordinates() {
        func first(_ seed: UInt64, _ stream: [UInt64]) -> [UInt64] {
            var random = RandomSource(seed: seed, stream: stream)
            return (0..<4).map { _ in random.next() }
        }
        #expect(first(7, [2, 9, 2015]) == first(7, [2, 9, 2015]))
        #expect(first(7, [2, 9, 2015]) != first(8, [2, 9, 2015]))
        #expect(first(7, [2, 9, 2015]) != first(7, [2, 9, 2016]))
        #expect(first(7, [2, 9]) != first(7, [2, 9, 0]))
        var random = RandomSource(seed: 0, stream: [])
        #expect((0..<10_000).allSatisfy { _ in (0.0..<1.0).contains(random.uniform()) })
        #expect((0..<10_000).allSatisfy { _ in (0..<7).contains(random.below(7)) })
    }
}

/// The tables the generator draws from are a cache of inversion, not another method: for the same
/// stream they give the very counts `Poisson.sample` gives, means near 0, near the switch to PTRS,
/// and beyond it.
struct PoissonTablesTests {
    @Test func tablesDrawExactlyWhatInversionDraws() {
        let means = [1e-9, 0.0002, 0.05, 0.3, 1.0, 2.2, 4.7, 7.5, 9.999, 10.0, 42.0, 0.0]
        let tables = PoissonTables(slots: means.count)
        means.withUnsafeBufferPointer { tables.reset($0.baseAddress!) }
        var direct = RandomSource(seed: 99, stream: [1]), cached = direct
        for i in 0..<300_000 {
            let slot = i % means.count
            #expect(tables.sample(slot, &cached) == Poisson.sample(means[slot], &direct))
        }
        #expect(direct.next() == cached.next())  // and consumed the same numbers
    }
}
