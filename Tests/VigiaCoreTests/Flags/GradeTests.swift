import Testing
@testable import VigiaCore

/// A status that rests on a low-confidence figure says so and is never critical (docs/assessment.md, "Grades").
struct GradeTests {
    static let plan = Given.target(baseline: (2019, 100), target: (2029, 50))
    static let rising = Given.annual(from: 2014, [80, 84, 88, 92, 96, 100, 102, 104, 106, 108, 110])

    static func graded(_ series: [Observation], latest: Confidence) -> [Observation] {
        series.enumerated().map { i, o in
            Observation(indicator: o.indicator, period: o.period, value: o.value, geo: o.geo, source: o.source,
                        confidence: i == series.count - 1 ? latest : .high)
        }
    }

    @Test func aLowConfidenceLatestValueIsAWarningAtMost() throws {
        let series = Self.graded(Self.rising, latest: .low)
        let f = try #require(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, series))
        #expect(f.severity == .warning)
        #expect(f.message.en.contains("Not critical, the evidence disagrees: the latest figure is low confidence."))
        #expect(f.message.es.contains("No es crítico, la evidencia no coincide: la última cifra es de confianza baja."))
        let a = Given.assess(Given.indicator(), target: Self.plan, series)
        #expect(a.grade == .low)
        #expect(a.status == .movingAway)
        #expect(a.why.en.hasSuffix("It rests on a low-confidence figure (rounded, ambiguous or from an aggregator): a warning at most, never critical."))
        #expect(a.why.es.hasSuffix("a lo sumo una advertencia, nunca crítico."))
    }

    @Test func mediumAndHighKeepTheSeverity() throws {
        for grade in [Confidence.medium, .high] {
            let series = Self.graded(Self.rising, latest: grade)
            let f = try #require(Given.finding(MovingAwayRule(), Given.indicator(), target: Self.plan, series))
            #expect(f.severity == .critical)
            let a = Given.assess(Given.indicator(), target: Self.plan, series)
            #expect(a.grade == grade)
            #expect(!a.why.en.contains("low-confidence"))
        }
    }

    /// A trailing 12-month sum is only as good as its weakest month.
    @Test func aTwelveMonthSumTakesTheWeakestMonth() {
        var series = Given.monthly(from: .month(2023, 1), Array(repeating: 10, count: 24))
        let o = series[15]
        series[15] = Observation(indicator: o.indicator, period: o.period, value: o.value, geo: o.geo, source: o.source,
                                 confidence: .medium)
        let a = Given.assess(Given.indicator(.monthly), series)
        #expect(a.progress.basis == .trailing12Months)
        #expect(a.grade == .medium)
    }

    @Test func anEmptyCellIsHighAndAnythingElseIsRefused() {
        #expect(Confidence(cell: "") == .high)
        #expect(Confidence(cell: "low") == .low)
        #expect(Confidence(cell: "High") == nil)
        #expect(Confidence.weakest([.high, .low, .medium]) == .low)
    }
}
