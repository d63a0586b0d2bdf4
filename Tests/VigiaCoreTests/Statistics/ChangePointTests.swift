import Foundation
import Testing
@testable import VigiaCore

/// CUSUM and the piecewise-linear break search of methods.md §5, on examples worked by hand.
struct ChangePointTests {
    @Test func cusumSignalsWhenTheSumExceedsH() throws {
        // z = 2 from index 4: C⁺ = 1.5, 3.0, 4.5, 6.0 → above h = 5 at index 7; C⁺ was last 0 at index 3.
        let values: [Double] = [0, 0, 0, 0, 2, 2, 2, 2]
        let signal = try #require(Cusum.standard.firstSignal(values, from: 0, mean: 0, sigma: 1))
        #expect(signal.side == .high)
        #expect(signal.detectedAt == 7)
        #expect(signal.changeStart == 4)
        // Near miss: one point fewer, C⁺ stops at 4.5.
        #expect(Cusum.standard.firstSignal(Array(values.dropLast()), from: 0, mean: 0, sigma: 1) == nil)
    }

    @Test func cusumDownwardAndStandardised() throws {
        // Values 10 below a mean of 100 with σ = 5 are z = −2: C⁻ = 1.5, 3, 4.5, 6.
        let values: [Double] = [100, 100, 90, 90, 90, 90]
        let signal = try #require(Cusum.standard.firstSignal(values, from: 0, mean: 100, sigma: 5))
        #expect(signal.side == .low && signal.detectedAt == 5 && signal.changeStart == 2)
        #expect(Cusum(k: 0.5, h: 6).firstSignal(values, from: 0, mean: 100, sigma: 5) == nil)
        #expect(Cusum.standard.firstSignal(values, from: 0, mean: 100, sigma: 0) == nil)
    }

    @Test func cusumChangesReReferenceAfterEachShift() {
        // Level 10, then 5, then 10 again; the first 4 values set each reference level.
        let values = Array(repeating: 10.0, count: 8) + Array(repeating: 5.0, count: 8) + Array(repeating: 10.0, count: 8)
        let changes = Cusum.standard.changes(values, reference: 4, sigma: 1)
        #expect(changes.map(\.side) == [.low, .high])
        #expect(changes.map(\.changeStart) == [8, 16])
        #expect(changes.map(\.detectedAt) == [9, 17])
        #expect(changes.map(\.reference) == [10, 5])
        #expect(changes.map(\.steps) == [1, 1])
    }

    @Test func aSteadyTrendIsOneDriftNotOneShiftPerReference() throws {
        let ramp = (0..<40).map(Double.init)
        let changes = Cusum.standard.changes(ramp, reference: 4, sigma: 1)
        let drift = try #require(changes.first)
        #expect(changes.count == 1)
        #expect(drift.side == .high)
        #expect(drift.changeStart == 4)
        #expect(drift.steps > 1)
    }

    @Test func noChangeInAStableSeries() {
        let values = (0..<36).map { Double($0 % 2) }
        #expect(Cusum.standard.changes(values, reference: 12, sigma: 0.5 / 1.128).isEmpty)
    }

    @Test func breakSearchLinearFitAndBIC() throws {
        // OLS through (0,0) (1,1) (2,2) (3,4): slope 1.3, intercept −0.2, residuals 0.2 −0.1 −0.4 0.3.
        let fit = try #require(BreakSearch.best(times: [0, 1, 2, 3], values: [0, 1, 2, 4]))
        #expect(fit.breaks.isEmpty)
        expectClose(fit.slopes[0], 1.3, 1e-12, "slope")
        expectClose(fit.rss, 0.30, 1e-12, "rss")
        // BIC = n·ln(RSS/n) + p·ln(n) = 4·ln(0.075) + 2·ln 4.
        expectClose(fit.bic, 4 * log(0.075) + 2 * log(4.0), 1e-12, "bic")
    }

    static let noise = [0.3, -0.2, 0.1, -0.4, 0.2, 0, -0.1, 0.3, -0.2, 0.1, 0.2, -0.3, 0.1, -0.1, 0.2]

    @Test func breakSearchFindsOneChangeOfTrend() throws {
        // +10 a year to 2015, −10 a year after.
        let years = Array(2010...2021)
        let values = years.enumerated().map { i, y in (y <= 2015 ? 10.0 * Double(y - 2010) : 50 - 10.0 * Double(y - 2015)) + Self.noise[i] }
        let fit = try #require(BreakSearch.best(times: years.map(Double.init), values: values))
        #expect(fit.breaks == [5])
        expectClose(fit.slopes[0], 10, 0.05, "before")
        expectClose(fit.slopes[1], -10, 0.05, "after")
    }

    @Test func breakSearchFindsTwoAndKeepsAStraightLineStraight() throws {
        // Up 8 a year to 2014, flat to 2019, down 8 a year after.
        let years = Array(2010...2024)
        let shape = years.map { y -> Double in
            y <= 2014 ? 8.0 * Double(y - 2010) : (y <= 2019 ? 32 : 32 - 8.0 * Double(y - 2019))
        }
        let values = zip(shape, Self.noise).map(+)
        let two = try #require(BreakSearch.best(times: years.map(Double.init), values: values))
        #expect(two.breaks == [4, 9])
        #expect(try #require(BreakSearch.best(times: years.map(Double.init), values: values, maxBreaks: 1)).breaks.count == 1)
        // Near miss: a straight line with the same noise needs no break.
        let line = zip(years, Self.noise).map { 3.0 * Double($0 - 2010) + $1 }
        #expect(try #require(BreakSearch.best(times: years.map(Double.init), values: line)).breaks.isEmpty)
    }

    @Test func breaksKeepTwoStepsFromTheEndsAndEachOther() {
        // Seven points: one break at index 2, 3 or 4; two breaks only at (2, 4).
        #expect(BreakSearch.placements(count: 7, maxBreaks: 2) == [[2], [2, 4], [3], [4]])
        #expect(BreakSearch.placements(count: 4, maxBreaks: 2).isEmpty)
        #expect(BreakSearch.best(times: [1, 2], values: [1, 2]) == nil)
        #expect(BreakSearch.best(times: [1, 1, 2], values: [1, 2, 3]) == nil)
    }
}
