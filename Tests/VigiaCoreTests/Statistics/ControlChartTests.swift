import Testing
@testable import VigiaCore

/// The individuals chart of methods.md §4 against examples worked by hand.
struct ControlChartTests {
    static func signals(_ values: [Double], _ test: SpecialCauseTest,
                        settings: SpecialCauseSettings = .standard) throws -> [ControlSignal] {
        let chart = try #require(ControlChart(values))
        return SpecialCauses.detect(values, chart: chart, settings: settings).filter { $0.test == test }
    }

    @Test func limitsFromTheMeanMovingRange() throws {
        // x̄ = 35/5 = 7; moving ranges 2, 1, 2, 1 → mR̄ = 1.5; limits 7 ± 2.66·1.5 = 3.01 … 10.99.
        let chart = try #require(ControlChart([5, 7, 6, 8, 9]))
        #expect(chart.centre == 7)
        #expect(chart.meanMovingRange == 1.5)
        expectClose(chart.upper, 10.99, 1e-12, "upper")
        expectClose(chart.lower, 3.01, 1e-12, "lower")
        expectClose(chart.sigma, 1.5 / 1.128, 1e-12, "sigma")
        #expect(ControlChart([5]) == nil)
    }

    @Test func pointOutsideTheLimits() throws {
        // x̄ = 103/8 = 12.875; mR̄ = 26/7; upper = 12.875 + 2.66·26/7 ≈ 22.755: the 30 is outside.
        let values: [Double] = [10, 11, 10, 11, 10, 11, 10, 30]
        #expect(try Self.signals(values, .outsideLimits) == [ControlSignal(test: .outsideLimits, side: .high, first: 7, last: 7)])
        // Near miss: x̄ = 87/8 = 10.875; mR̄ = 10/7; upper = 10.875 + 2.66·10/7 = 14.675: the 14 is inside.
        #expect(try Self.signals([10, 11, 10, 11, 10, 11, 10, 14], .outsideLimits).isEmpty)
    }

    @Test func consecutiveOutsidePointsOnOneSideAreOneSignal() throws {
        let values: [Double] = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 20, 21]
        let found = try Self.signals(values, .outsideLimits)
        #expect(found == [ControlSignal(test: .outsideLimits, side: .high, first: 12, last: 13)])
    }

    @Test func runOfSevenOnOneSideIsAShift() throws {
        // x̄ = 34/14 ≈ 2.43: the first seven points are below it, the last seven above.
        let values: [Double] = [1, 2, 1, 2, 1, 2, 1, 3, 4, 3, 4, 3, 4, 3]
        #expect(try Self.signals(values, .shift) == [
            ControlSignal(test: .shift, side: .low, first: 0, last: 6),
            ControlSignal(test: .shift, side: .high, first: 7, last: 13),
        ])
        // Near miss: runs of six (x̄ = 2.5).
        #expect(try Self.signals([1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4], .shift).isEmpty)
        // The run length is a setting.
        let six = SpecialCauseSettings(runLength: 6, trendLength: 7)
        #expect(try Self.signals([1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4], .shift, settings: six).count == 2)
    }

    @Test func aPointOnTheCentreLineBreaksARun() throws {
        // x̄ = 42/14 = 3 exactly; the 3 splits seven low points into four and three.
        let values: [Double] = [1, 2, 1, 2, 3, 1, 2, 1, 5, 5, 5, 5, 5, 4]
        #expect(try #require(ControlChart(values)).centre == 3)
        #expect(try Self.signals(values, .shift).isEmpty)
        // With a 2 there instead (x̄ = 41/14), the eight low points are a shift.
        var unbroken = values
        unbroken[4] = 2
        #expect(try Self.signals(unbroken, .shift) == [ControlSignal(test: .shift, side: .low, first: 0, last: 7)])
    }

    @Test func sevenPointsSteadilyRisingIsATrend() throws {
        #expect(try Self.signals([1, 2, 3, 4, 5, 6, 7], .trend) == [ControlSignal(test: .trend, side: .high, first: 0, last: 6)])
        #expect(try Self.signals([9, 8, 7, 6, 5, 4, 3, 5], .trend) == [ControlSignal(test: .trend, side: .low, first: 0, last: 6)])
        // Near miss: a tie breaks the run, leaving six rising points.
        #expect(try Self.signals([1, 2, 3, 4, 5, 6, 6], .trend).isEmpty)
        #expect(try Self.signals([1, 2, 3, 4, 5, 6], .trend).isEmpty)
    }

    @Test func twoOfThreeBeyondTwoSigma() throws {
        // x̄ = 108/10 = 10.8; mR̄ = 16/9; 2σ̂ = 2·(16/9)/1.128 ≈ 3.152 → beyond above 13.952.
        // The upper limit is 10.8 + 2.66·16/9 ≈ 15.53, so both 14s are inside the limits.
        let values: [Double] = [10, 10, 10, 10, 10, 10, 14, 10, 14, 10]
        #expect(try Self.signals(values, .twoOfThree) == [ControlSignal(test: .twoOfThree, side: .high, first: 6, last: 8)])
        #expect(try Self.signals(values, .outsideLimits).isEmpty)
        // Near miss: the two 14s are never within three consecutive points.
        #expect(try Self.signals([10, 10, 10, 10, 10, 10, 14, 10, 10, 14], .twoOfThree).isEmpty)
    }

    @Test func readingFollowsTheDesiredDirection() {
        #expect(Side.high.reading(for: .increase) == .improvement)
        #expect(Side.high.reading(for: .decrease) == .concern)
        #expect(Side.low.reading(for: .decrease) == .improvement)
        #expect(Side.low.reading(for: .increase) == .concern)
    }

    @Test func assuranceAgainstTheTarget() throws {
        let chart = try #require(ControlChart([5, 7, 6, 8, 9]))   // limits 3.01 … 10.99
        #expect(Assurance(target: 8, chart: chart, direction: .increase) == .hitOrMiss)
        #expect(Assurance(target: 12, chart: chart, direction: .increase) == .consistentlyFails)
        #expect(Assurance(target: 12, chart: chart, direction: .decrease) == .consistentlyPasses)
        #expect(Assurance(target: 2, chart: chart, direction: .increase) == .consistentlyPasses)
        #expect(Assurance(target: 2, chart: chart, direction: .decrease) == .consistentlyFails)
        #expect(Assurance(target: 10.99, chart: chart, direction: .increase) == .hitOrMiss)
    }
}
