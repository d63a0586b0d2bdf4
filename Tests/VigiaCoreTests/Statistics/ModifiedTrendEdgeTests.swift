import Foundation
import Testing
@testable import VigiaCore

/// The modified trend tests and the serial-correlation checks on the inputs where the reference
/// divides by zero or returns NaN: no trap, no NaN in a result, a sensible answer.
struct ModifiedTrendEdgeTests {
    static func series(_ values: [Double], from start: Int = 0) -> [TimePoint] {
        values.enumerated().map { TimePoint(position: start + $0.offset, value: $0.element) }
    }

    static func allTests(_ points: [TimePoint], period: Int = 4) -> [TrendResult] {
        [TrendTest.hamedRao(points), TrendTest.hamedRao(points, lags: 3), TrendTest.yueWang(points),
         TrendTest.yueWang(points, lags: 1), TrendTest.correlatedSeasonal(points, period: period)]
    }

    static func expectFinite(_ r: TrendResult, _ label: String) {
        #expect(r.varS.isFinite && r.z.isFinite && r.p.isFinite, "\(label): \(r)")
        #expect(r.p >= 0 && r.p <= 1, "\(label)")
        if let tau = r.tau { #expect(tau.isFinite, "\(label)") }
        if let slope = r.slopePerYear { #expect(slope.isFinite, "\(label)") }
    }

    @Test func emptyInput() {
        for r in Self.allTests([]) {
            #expect(r.n == 0 && r.s == 0 && r.varS == 0 && r.z == 0 && r.p == 1, "\(r.test)")
            #expect(r.tau == nil && r.slopePerYear == nil && !r.assessable, "\(r.test)")
        }
        #expect(SerialCorrelation.ofDetrended([]) == nil)
        #expect(SerialCorrelation.ofDeseasonalized([], period: 12) == nil)
    }

    @Test(arguments: [1, 2, 3])
    func tinySeries(_ n: Int) {
        let points = Self.series([2, 5, 3].prefix(n).map { $0 })
        for r in Self.allTests(points, period: 1) {
            Self.expectFinite(r, "\(r.test) n=\(n)")
            #expect(!r.assessable && !r.significant, "\(r.test)")
        }
        // Three values: the correction is defined (n(n−1)(n−2) = 6) and finite.
        if n == 3 { #expect(SerialCorrelation.ofDetrended(points) != nil) } else { #expect(SerialCorrelation.ofDetrended(points) == nil) }
    }

    @Test func constantSeries() {
        let points = Self.series(Array(repeating: 7, count: 24))
        for r in Self.allTests(points) {
            Self.expectFinite(r, "\(r.test)")
            #expect(r.s == 0 && r.varS == 0 && r.z == 0 && r.p == 1, "\(r.test)")
            #expect(r.slopePerYear == 0 && r.direction == .noTrend, "\(r.test)")
        }
        // Var(S) = 0 leaves nothing to judge in the correlated test.
        #expect(!TrendTest.correlatedSeasonal(points, period: 4).assessable)
        #expect(SerialCorrelation.ofDetrended(points) == nil)
        #expect(SerialCorrelation.ofDeseasonalized(points, period: 4) == nil)
    }

    /// A perfectly linear series: every residual ties, so there is no autocorrelation to correct
    /// for (pymannkendall gets NaN here): both tests keep Mann-Kendall's Var(S).
    @Test func allResidualsTie() {
        let points = Self.series((0..<15).map { 3 + 2 * Double($0) })
        let plain = TrendTest.mannKendall(points)
        for r in [TrendTest.hamedRao(points), TrendTest.yueWang(points)] {
            #expect(r.varS == plain.varS && r.z == plain.z && r.p == plain.p, "\(r.test)")
            #expect(r.direction == .increasing)
        }
        #expect(SerialCorrelation.ofDetrended(points) == nil)
    }

    @Test func allTiesWithGaps() {
        let points = [0, 1, 4, 5, 6, 9, 10].map { TimePoint(position: $0, value: 1) }
        for r in Self.allTests(points, period: 2) {
            Self.expectFinite(r, "\(r.test)")
            #expect(r.z == 0 && r.p == 1, "\(r.test)")
        }
    }

    /// A zigzag (0, 5, 1, 4 repeated, rising 0.1 a step): strong negative autocorrelation at lag 1
    /// drives Hamed-Rao's and Yue-Wang's corrected Var(S) below zero (pymannkendall: −412.6 and
    /// −2315.0, with NaN z and p). The test is then never significant: z = 0, p = 1.
    @Test func nonPositiveCorrectedVariance() {
        let points = Self.series((0..<30).map { Double($0) * 0.1 + [0, 5, 1, 4][$0 % 4] })
        let hamed = TrendTest.hamedRao(points), yue = TrendTest.yueWang(points, lags: 1)
        #expect(hamed.varS <= 0 && yue.varS <= 0, "\(hamed.varS) \(yue.varS)")
        for r in [hamed, yue] {
            Self.expectFinite(r, "\(r.test)")
            #expect(r.z == 0 && r.p == 1 && !r.significant && r.direction == .noTrend, "\(r.test)")
            #expect(r.s > 0)
        }
    }

    @Test func lagsOutsideTheRangeAreClamped() {
        let points = Self.series([3, 4.5, 4, 6, 5.5, 7, 8.2, 7.9, 9, 10.5, 10, 12])
        // pymannkendall raises an IndexError beyond n − 1; here that is all the lags.
        #expect(TrendTest.hamedRao(points, lags: 500) == TrendTest.hamedRao(points))
        #expect(TrendTest.yueWang(points, lags: 11) == TrendTest.yueWang(points))
        // No lag, or a negative count of lags: no correction.
        let plain = TrendTest.mannKendall(points)
        for lags in [0, -3] {
            #expect(TrendTest.hamedRao(points, lags: lags).varS == plain.varS)
            #expect(TrendTest.yueWang(points, lags: lags).varS == plain.varS)
        }
    }

    @Test func slopeIsPerYearAndOrderAndOriginDoNotMatter() throws {
        let values: [Double] = [10, 12, 11, 15, 14, 13, 18, 17, 20, 19, 22, 21, 25, 23, 27, 26]
        let points = Self.series(values)
        let shifted = Self.series(values, from: 2019 * 12 + 5)
        let shuffled = Array(shifted.reversed())
        for (a, b) in [(TrendTest.hamedRao(points), TrendTest.hamedRao(shuffled)),
                       (TrendTest.yueWang(points), TrendTest.yueWang(shuffled)),
                       (TrendTest.correlatedSeasonal(points, period: 4), TrendTest.correlatedSeasonal(shuffled, period: 4))] {
            #expect(a == b, "\(a.test)")
        }
        let perStep = try #require(TrendTest.hamedRao(points).slopePerYear)
        #expect(try #require(TrendTest.hamedRao(points, periodsPerYear: 12).slopePerYear) == perStep * 12)
        #expect(try #require(TrendTest.yueWang(points, periodsPerYear: 4).slopePerYear) == perStep * 4)
        #expect(TrendTest.hamedRao(points).slopePerYear == SenSlope.slope(points))
    }

    @Test func nonFiniteValuesAreMissing() {
        var points = Self.series([4, 5, 5.5, 7, 6, 8, 9, 8.5, 10, 11, 12, 11.5])
        let clean = points
        points.insert(TimePoint(position: 12, value: .nan), at: 12)
        #expect(TrendTest.hamedRao(points) == TrendTest.hamedRao(clean))
        #expect(TrendTest.yueWang(points) == TrendTest.yueWang(clean))
        #expect(TrendTest.correlatedSeasonal(points, period: 4) == TrendTest.correlatedSeasonal(clean, period: 4))
    }

    @Test func correlatedSeasonalWithTooFewCompleteBlocks() {
        // One complete year and a partial one: Var(S) is 0, nothing to judge; the slope still uses both.
        let points = Self.series([5, 6, 7, 8, 6, 7])
        let r = TrendTest.correlatedSeasonal(points, period: 4)
        Self.expectFinite(r, "one block")
        #expect(r.n == 4 && r.s == 0 && r.varS == 0 && r.z == 0 && r.p == 1 && r.tau == nil && !r.assessable)
        #expect(r.slopePerYear == 1)
        // Only incomplete blocks.
        let holes = [0, 1, 2, 4, 5, 7, 9, 10].map { TimePoint(position: $0, value: Double($0)) }
        let none = TrendTest.correlatedSeasonal(holes, period: 4)
        #expect(none.n == 0 && none.varS == 0 && none.p == 1 && !none.assessable)
        // A period below 1.
        #expect(!TrendTest.correlatedSeasonal(points, period: 0).assessable)
        #expect(!TrendTest.correlatedSeasonal(points, period: -2).assessable)
    }

    @Test func correlatedSeasonalBlocksStartAtTheFirstValue() {
        // Starting in a third quarter: the blocks run from a third quarter to the next second quarter.
        let pattern: [Double] = [0.5, -0.2, 0.3, 0.0]
        let values: [Double] = (0..<40).map { (i: Int) -> Double in
            let wobble = Double((i * 7) % 5) * 0.1
            return Double(i / 4) + pattern[i % 4] + wobble
        }
        var points = Self.series(values, from: 2019 * 4 + 2)
        points.remove(at: 9) // drops the third block only
        let r = TrendTest.correlatedSeasonal(points, period: 4)
        #expect(r.n == 36)
        #expect(r == TrendTest.correlatedSeasonal(Self.series(values).enumerated().filter { $0.offset != 9 }.map(\.element), period: 4))
    }

    /// The closed form of Var(S) (sums over pairs of blocks) against pymannkendall's Γ matrix,
    /// computed entry by entry with its `__K` and `__R` as written.
    @Test(arguments: [(7, 12, UInt64(1)), (5, 4, 2), (9, 4, 3), (3, 12, 4), (6, 2, 5)])
    func correlatedVarianceMatchesTheGammaMatrix(_ blocks: Int, _ period: Int, _ seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // Rounded to whole numbers, so there are ties.
        let values = (0..<(blocks * period)).map { ($0 / period * 2 + Int(random.normal() * 3)).double }
        let r = TrendTest.correlatedSeasonal(Self.series(values), period: period)
        let columns = (0..<period).map { j in (0..<blocks).map { values[$0 * period + j] } }
        func sign(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : 0) }
        func kk(_ x: [Double], _ z: [Double]) -> Double {
            var k = 0.0
            for i in 0..<(x.count - 1) { for j in i..<x.count { k += sign((x[j] - x[i]) * (z[j] - z[i])) } }
            return k
        }
        func rr(_ x: [Double]) -> [Double] {
            x.indices.map { j in (Double(x.count) + 1 + x.indices.reduce(0) { $0 + sign(x[j] - x[$1]) }) / 2 }
        }
        let n = Double(blocks)
        var variance = 0.0
        for i in 0..<period {
            for j in 0..<period {
                let ri = rr(columns[i]), rj = rr(columns[j])
                let dot = zip(ri, rj).reduce(0) { $0 + $1.0 * $1.1 }
                variance += (kk(columns[i], columns[j]) + 4 * dot - n * (n + 1) * (n + 1)) / 3
            }
        }
        expectClose(r.varS, variance, 1e-12, "blocks \(blocks) period \(period)")
        let s = columns.reduce(0) { $0 + KendallScore($1).s }
        #expect(r.s == s)
    }

    // MARK: serial correlation

    @Test func boundIsTheTwoSidedCriticalValueOverRootN() {
        expectClose(StandardNormal.cdf(SerialCorrelation.criticalValue), 1 - TrendResult.alpha / 2, 1e-15, "Φ(c)")
        #expect(SerialCorrelation.bound(n: 16) == 1.959963984540054 / 4)
        let c = SerialCorrelation(lag1: 0.49, bound: 0.49, n: 16)
        #expect(!c.significant) // at the bound: not beyond it, as Hamed-Rao's screening
    }

    /// Period 2, six values: season means 2 and 11, seasonal slope 1 a year (½ a step); the
    /// residuals −1, −1.5, −1, −1.5, −1, −1.5 rank 5, 2, 5, 2, 5, 2, whose lag-1 autocorrelation
    /// is (5 · −2.25)/(6 · 2.25) = −5/6, beyond 1.96/√6 ≈ 0.800.
    @Test func deseasonalizedByHand() throws {
        let c = try #require(SerialCorrelation.ofDeseasonalized(Self.series([1, 10, 2, 11, 3, 12]), period: 2))
        expectClose(c.lag1, -5.0 / 6, 1e-15, "lag1")
        #expect(c.n == 6 && c.significant)
        #expect(SerialCorrelation.ofDeseasonalized(Self.series([1, 10, 2, 11, 3]), period: 2) == nil) // fewer than 3 years
        #expect(SerialCorrelation.ofDeseasonalized(Self.series([1, 10, 2, 11, 3, 12]), period: 0) == nil)
    }

    /// A seasonal AR(1) with φ = 0.9 is always flagged; seasonal white noise around a trend
    /// rarely is (about α of the time). Fixed seeds: the outcome is deterministic.
    @Test func deseasonalizedSeparatesAR1FromWhiteNoise() {
        var ar1Flagged = 0, noiseFlagged = 0
        let seeds: [UInt64] = Array(1...40)
        for seed in seeds {
            var random = SplitMix64(seed: seed)
            let pattern = [0.0, 3, 5, 4, 2, 0, -2, -4, -5, -3, -1, 1].map { $0 * 4 }
            var level = 0.0, ar1: [Double] = [], noise: [Double] = []
            for t in 0..<96 {
                level = 0.9 * level + random.normal() * 3
                let base = 100 + 0.2 * Double(t) + pattern[t % 12]
                ar1.append(base + level)
                noise.append(base + random.normal() * 3)
            }
            if SerialCorrelation.ofDeseasonalized(Self.series(ar1, from: 2018 * 12), period: 12)?.significant == true { ar1Flagged += 1 }
            if SerialCorrelation.ofDeseasonalized(Self.series(noise, from: 2018 * 12), period: 12)?.significant == true { noiseFlagged += 1 }
        }
        #expect(ar1Flagged == seeds.count)
        #expect(noiseFlagged <= 6, "\(noiseFlagged) of \(seeds.count)")
    }

    /// The same on plain series, for the detrended check, and its agreement with Hamed-Rao's screening.
    @Test func detrendedSeparatesAR1FromWhiteNoiseAndAgreesWithHamedRao() {
        var ar1Flagged = 0, noiseFlagged = 0
        let seeds: [UInt64] = Array(100..<140)
        for seed in seeds {
            var random = SplitMix64(seed: seed)
            var level = 0.0, ar1: [Double] = [], noise: [Double] = []
            for t in 0..<60 {
                level = 0.9 * level + random.normal()
                ar1.append(0.05 * Double(t) + level)
                noise.append(0.05 * Double(t) + random.normal())
            }
            for (values, isAR1) in [(ar1, true), (noise, false)] {
                var points = Self.series(values, from: 1960)
                if seed % 3 == 0 { points.remove(at: 20) } // a gap now and then
                let check = SerialCorrelation.ofDetrended(points)
                let screening = TrendTest.hamedRaoScreening(points)
                #expect(screening.includesLag1 == (check?.significant ?? false))
                if check?.significant == true { if isAR1 { ar1Flagged += 1 } else { noiseFlagged += 1 } }
            }
        }
        #expect(ar1Flagged == seeds.count)
        #expect(noiseFlagged <= 6, "\(noiseFlagged) of \(seeds.count)")
    }
}

/// A small deterministic generator (SplitMix64) for reproducible test series.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in (0, 1).
    mutating func uniform() -> Double { (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992 }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        (-2 * Foundation.log(uniform())).squareRoot() * Foundation.cos(2 * Double.pi * uniform())
    }
}

private extension Int {
    var double: Double { Double(self) }
}
