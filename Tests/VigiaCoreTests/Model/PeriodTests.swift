import Testing
@testable import VigiaCore

struct PeriodTests {
    @Test func parsesTheThreeFrequencies() throws {
        #expect(Period("2024") == .year(2024))
        #expect(Period("2024-Q3") == .quarter(2024, 3))
        #expect(Period("2024-07") == .month(2024, 7))
        #expect(Period("2024-07")?.description == "2024-07")
        #expect(Period("2024-Q3")?.description == "2024-Q3")
    }

    @Test(arguments: ["", "24", "2024-13", "2024-00", "2024-Q5", "2024-Q0", "2024-7", "2024/07", "20x4", "2024-07-01", " 2024"])
    func rejectsMalformedPeriods(_ text: String) {
        #expect(Period(text) == nil)
    }

    @Test func timeAxisIsInYears() throws {
        #expect(Period.year(2019).time == 2019)
        #expect(Period.month(2019, 7).time == 2019.5)
        #expect(Period.quarter(2019, 3).time == 2019.5)
    }

    @Test func ordinalsMakeExactGaps() {
        #expect(Period.month(2020, 1).ordinal - Period.month(2019, 12).ordinal == 1)
        #expect(Period.month(2019, 12).advanced(by: 1) == .month(2020, 1))
        #expect(Period.quarter(2019, 1).advanced(by: -1) == .quarter(2018, 4))
        #expect(Period.year(2019).advanced(by: 3) == .year(2022))
    }

    @Test func endDatesCloseThePeriod() {
        #expect(Period.month(2024, 2).endDate.description == "2024-02-29")
        #expect(Period.month(2023, 2).endDate.description == "2023-02-28")
        #expect(Period.quarter(2024, 3).endDate.description == "2024-09-30")
        #expect(Period.year(2024).endDate.description == "2024-12-31")
    }

    @Test func calendarDatesAreStrict() {
        #expect(CalendarDate("2025-06-30")?.description == "2025-06-30")
        #expect(CalendarDate("2025-02-29") == nil)
        #expect(CalendarDate("2025-6-30") == nil)
        #expect(CalendarDate("2025-06-31") == nil)
        #expect(CalendarDate("+022-04-21") == nil)
        #expect(CalendarDate("2022-+4-21") == nil)
        #expect(CalendarDate("2025-06-30")! < CalendarDate("2025-07-01")!)
    }

    /// Periods and dates are held in a few bytes (an observation is read at municipal scale):
    /// every period of a long span keeps its year, index, order and ordinal, and arithmetic
    /// beyond any calendar saturates instead of trapping.
    @Test func compactPeriodsKeepTheirArithmetic() {
        for frequency in Frequency.allCases {
            let n = frequency.periodsPerYear
            var previous: Period? = nil
            for ordinal in (1000 * n)...(1000 * n + 3 * n) {
                let p = Period(ordinal: ordinal, frequency: frequency)
                #expect(p.ordinal == ordinal)
                #expect(p.year * n + p.index - 1 == ordinal)
                #expect(Period(year: p.year, index: p.index, frequency: frequency) == p)
                if let previous { #expect(previous < p && !(p < previous)) }
                previous = p
            }
            for ordinal in [9999 * n + n - 1, 10_000 * n, -n, -1] {
                #expect(Period(ordinal: ordinal, frequency: frequency).ordinal == ordinal)
            }
        }
        #expect(Period.month(2019, 12) < Period.month(2020, 1))
        #expect(Period.year(2019) < Period.month(2019, 2))
        #expect(Period(ordinal: Int.max / 24, frequency: .monthly).year == Int(Int32.max))
    }

    @Test func datesBeyondTheCalendarSaturate() {
        let start = CalendarDate(year: 2024, month: 1, day: 31)!
        #expect(start.adding(months: 1).description == "2024-02-29")
        #expect(start.adding(months: -24_289).description == "0001-01-01")
        #expect(start.adding(months: .min).description == "0001-01-01")
        #expect(start.adding(months: .max).year == Int(Int32.max))
        #expect(CalendarDate(year: Int(Int32.max) + 1, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 9999, month: 12, day: 31)!.adding(months: 2).description == "10000-02-29")
    }
}
