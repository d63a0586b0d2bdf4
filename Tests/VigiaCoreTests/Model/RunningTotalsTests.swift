import Testing
@testable import VigiaCore

/// Running totals become per-period values only between consecutive periods (docs/assessment.md).
struct RunningTotalsTests {
    static func total(_ period: Period, _ value: Double, _ grade: Confidence = .high) -> Observation {
        Observation(indicator: "x", period: period, value: value, geo: "MX", source: "s", confidence: grade)
    }

    @Test func differencesOfConsecutiveTotalsOnly() {
        let totals = [Self.total(.month(2024, 12), 1168), Self.total(.month(2025, 2), 1260),
                      Self.total(.month(2025, 3), 1347, .medium), Self.total(.month(2025, 6), 1500),
                      Self.total(.month(2025, 7), 1495), Self.total(.month(2026, 1), 1800)]
        let (values, summary) = RunningTotals.perPeriod(totals, since: CalendarDate("2024-10-01")!, frequency: .monthly)
        // 2025-03 − 2025-02 = 87; 2025-07 − 2025-06 is below zero: the totals disagree, no value.
        #expect(values.map(\.period) == [.month(2025, 3)])
        #expect(values.map(\.value) == [87])
        #expect(values.map(\.confidence) == [.medium])
        #expect(values[0].note?.hasPrefix("derived:") == true)
        #expect(summary == RunningTotals.Summary(since: CalendarDate("2024-10-01")!, totals: 6, derived: 1, negative: 1))
    }

    @Test func theFirstPeriodsTotalIsItsOwnValueWhenTheTotalsStartOnItsFirstDay() {
        let totals = [Self.total(.month(2024, 10), 100), Self.total(.month(2024, 11), 250)]
        let values = RunningTotals.perPeriod(totals, since: CalendarDate("2024-10-01")!, frequency: .monthly).values
        #expect(values.map(\.value) == [100, 150])
        let late = RunningTotals.perPeriod(totals, since: CalendarDate("2024-10-05")!, frequency: .monthly).values
        #expect(late.map(\.value) == [150])
    }

    @Test func anIndicatorOfRunningTotalsIsAssessedOnTheDerivedValues() {
        let indicator = Indicator(id: "x", goal: "g", name: LocalizedText(en: "x", es: "x"), unit: LocalizedText(en: "u", es: "u"),
                                  country: .MX, direction: .increase, frequency: .monthly, source: "s",
                                  cumulativeSince: CalendarDate("2024-10-01")!)
        let totals = [Self.total(.month(2024, 10), 100), Self.total(.month(2024, 11), 250), Self.total(.month(2024, 12), 300)]
        let a = Assessor(indicator: indicator, target: nil, asOf: CalendarDate("2025-06-30")!).assess(totals)
        #expect(a.series.map(\.value) == [100, 150, 50])
        #expect(a.runningTotals?.derived == 3)
    }
}
