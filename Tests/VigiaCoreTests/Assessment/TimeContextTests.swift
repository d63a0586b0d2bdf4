import Foundation
import Testing
@testable import VigiaCore

/// Breaks, events and fiscal years: what a chart and a status must keep apart in time.
struct TimeContextTests {
    static func indicator(_ frequency: Frequency = .annual, breaks: [SeriesBreak] = [], yearStart: Int = 1,
                          shortTermYears: Int = 5) -> Indicator {
        Indicator(id: "x", goal: "g", name: .init(en: "X", es: "X"), unit: .init(en: "persons", es: "personas"),
                  country: .MX, direction: .increase, frequency: frequency, source: "test", progress: .linear,
                  shortTermYears: shortTermYears, breaks: breaks, yearStartMonth: yearStart)
    }

    static func scope(_ period: Period) -> SeriesBreak {
        SeriesBreak(period: period, kind: .scope, note: .init(en: "Nationals only from then.", es: "Solo nacionales desde entonces."))
    }

    static let asOf = CalendarDate("2030-06-30")!

    // MARK: Breaks

    @Test func noStatisticSpansABreak() throws {
        let a = Assessor(indicator: Self.indicator(breaks: [Self.scope(.year(2018))]), target: nil, asOf: Self.asOf)
            .assess(Given.annual(from: 2010, [60, 62, 64, 66, 68, 70, 72, 74, 50, 52, 55, 57, 59, 61, 63]))
        #expect(a.comparableSince?.period == .year(2018))
        #expect(a.window.first?.period == .year(2018), "the trend window starts at the break")
        #expect(a.trend?.result.n == 7)
        #expect(a.control?.from == .year(2018), "so do the process limits")
        // Without a target the start point is five years back, but never before the break.
        #expect(a.progress.from?.period == .year(2019))
        #expect(a.comparableBasis.first?.period == .year(2018))
    }

    @Test func aBaselineBeforeTheBreakIsNotComparable() throws {
        let target = Given.target(baseline: (2016, 70), target: (2030, 100))
        let indicator = Self.indicator(breaks: [Self.scope(.year(2018))])
        let series = Given.annual(from: 2010, [60, 62, 64, 66, 68, 70, 72, 74, 50, 52, 55, 57, 59, 61, 63])
        let a = Assessor(indicator: indicator, target: target, asOf: Self.asOf).assess(series)
        #expect(a.status == .notAssessable)
        #expect(a.progress.notComparable?.period == .year(2018))
        #expect(a.why.en == "Not assessable: the 2016 baseline comes before the scope change of 2018 and measures something else; the target needs re-basing.")
        let f = try #require(Given.finding(NotComparableRule(), indicator, target: target, series, asOf: Self.asOf))
        #expect(f.severity == .warning)
        #expect(f.since == .year(2018))
        #expect(f.message.en == "The baseline (70 persons, 2016) comes before the scope change of 2018: Nationals only from then. A ratio between them would compare two different measures, so no status is given.")
        #expect(f.adjustment.en.hasPrefix("Re-base the target on the new scope: a baseline from 2018 on"))
        #expect(f.adjustment.es.hasPrefix("Volver a fijar la meta para el nuevo alcance: una línea base desde 2018"))
        // A baseline at the break itself is comparable.
        let rebased = Given.target(baseline: (2018, 50), target: (2030, 100))
        #expect(Assessor(indicator: indicator, target: rebased, asOf: Self.asOf).assess(series).progress.notComparable == nil)
    }

    @Test func trailingTwelveMonthsNeverStraddleABreak() {
        let rnid = SeriesBreak(period: .month(2026, 1), kind: .classification, note: .init(en: "RNID.", es: "RNID."))
        let indicator = Self.indicator(.monthly, breaks: [rnid])
        let a = Assessor(indicator: indicator, target: nil, asOf: Self.asOf)
            .assess(Given.monthly(from: .month(2024, 1), Array(repeating: 100, count: 24) + Array(repeating: 140, count: 6)))
        #expect(a.basisSeries.last?.period == .month(2025, 12), "windows ending 2026-01…2026-06 mix two classifications")
        #expect(a.status == .notAssessable)
        #expect(a.why.en == "Not assessable: no complete 12 months yet since the change of classification of 2026-01.")
        #expect(a.yearOnYearChange == nil, "June 2026 against June 2025 crosses the break")
        #expect(a.window.count == 6)
    }

    /// Counts take a running total, other values the sum of each window from zero: both give every
    /// trailing window's sum newest first from zero, placed where the annual value of its span sits,
    /// and leave out the windows that straddle a break.
    @Test(arguments: [false, true]) func trailingSumsAreTheSumsOfTheirTwelveMonths(fractional: Bool) {
        let cut = SeriesBreak(period: .month(2027, 5), kind: .method, note: .init(en: "New method.", es: "Nuevo método."))
        let indicator = Self.indicator(.monthly, breaks: [cut])
        var state: UInt64 = 42
        let values = (0..<72).map { i -> Double in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let count = Double(state >> 40)
            return fractional && i == 30 ? count + 0.1 : count
        }
        let series = Given.monthly(from: .month(2024, 1), values)
        let basis = Assessor(indicator: indicator, target: nil, asOf: Self.asOf).assess(series).basisSeries
        var expected: [BasisPoint] = []
        for end in 11..<values.count {
            let period = series[end].period
            guard !(period > .month(2027, 4) && period < .month(2028, 4)) else { continue }
            let total = (0..<12).reduce(0.0) { $0 + values[end - $1] }
            expected.append(BasisPoint(period: period, value: total, time: period.time + (1 / 12 - 1)))
        }
        #expect(basis == expected)
        #expect(basis.count == 72 - 11 - 11)
    }

    @Test func theShortTermStartsAtTheBreakWhenFiveYearsWouldCrossIt() throws {
        let indicator = Self.indicator(breaks: [Self.scope(.year(2022))])
        let target = Given.target(baseline: (2022, 40), target: (2030, 100))
        let a = Assessor(indicator: indicator, target: target, asOf: Self.asOf)
            .assess(Given.annual(from: 2015, [60, 62, 64, 66, 68, 70, 72, 40, 48, 56, 64]))
        let short = try #require(a.progress.shortTerm)
        #expect(short.from.period == .year(2022))
        #expect(short.sinceBreak?.period == .year(2022))
        #expect(a.progress.lastYear?.from.period == .year(2024))
    }

    @Test func aBreakAfterTheLatestValueCutsNothingYet() {
        let indicator = Self.indicator(breaks: [Self.scope(.year(2030))])
        let a = Assessor(indicator: indicator, target: nil, asOf: Self.asOf).assess(Given.annual(from: 2015, [1, 2, 3, 4, 5, 6]))
        #expect(a.comparableSince == nil)
        #expect(a.window.count == 6)
    }

    // MARK: Events

    static func event(_ date: String, _ title: String, scope: EventScope = .all) -> PolicyEvent {
        PolicyEvent(date: CalendarDate(date)!, title: .init(en: title, es: title), kind: .agreement, scope: scope, source: "s")
    }

    @Test func eventsReachTheIndicatorsTheyConcernOnceKnown() {
        let catalog = Catalog(goals: [Goal(id: "g", name: .init(en: "G", es: "G"))], indicators: [Self.indicator()], targets: [],
                              events: [Self.event("2021-10-08", "Framework"), Self.event("2024-05-01", "Other", scope: .indicators(["y"])),
                                       Self.event("2031-01-01", "Later")])
        let d = Dashboard.evaluate(catalog, observations: Given.annual(from: 2015, [1, 2, 3, 4, 5, 6]), asOf: Self.asOf)
        #expect(d.assessments[0].events.map(\.title.en) == ["Framework"])
    }

    @Test func aRegimeChangeNamesTheNearestEventBeforeIt() throws {
        let indicator = Given.indicator(.monthly)
        let series = Given.monthly(from: .month(2019, 1), Array(repeating: 100, count: 36) + Array(repeating: 60, count: 24))
        var a = Assessor(indicator: indicator, target: nil, asOf: Self.asOf).assess(series)
        a.events = [Self.event("2021-06-15", "Earlier"), Self.event("2021-12-20", "Operation Z"), Self.event("2023-01-10", "After")]
        let f = try #require(RegimeChangeRule().evaluate(FlagContext(assessment: a, asOf: Self.asOf)))
        #expect(f.message.en.hasSuffix("Nearest event before it: 2021-12-20, Operation Z."), "\(f.message.en)")
        #expect(f.message.es.hasSuffix("Evento más cercano antes: 2021-12-20, Operation Z."))
    }

    // MARK: Fiscal years

    @Test func aFiscalYearEndsInSeptemberAndIsLabelledByThatYear() {
        let fiscal = Self.indicator(yearStart: 10)
        #expect(fiscal.endDate(of: .year(2025)) == CalendarDate("2025-09-30"))
        #expect(fiscal.label(.year(2025)) == "FY2025")
        #expect(Self.indicator().endDate(of: .year(2025)) == CalendarDate("2025-12-31"))
        let catalog = Catalog(goals: [Goal(id: "g", name: .init(en: "G", es: "G"))], indicators: [fiscal], targets: [])
        let data = Given.annual(from: 2021, [1, 2, 3, 4, 5])  // FY2021–FY2025
        #expect(Dashboard.evaluate(catalog, observations: data, asOf: CalendarDate("2025-09-30")!).assessments[0].latest?.period == .year(2025))
        #expect(Dashboard.evaluate(catalog, observations: data, asOf: CalendarDate("2025-09-29")!).assessments[0].latest?.period == .year(2024))
    }

    @Test func staleDataCountsFromTheEndOfTheFiscalYear() throws {
        // FY2024 ended 30 September 2024; 18 months later is March 2026.
        let fiscal = Self.indicator(yearStart: 10)
        let series = Given.annual(from: 2020, [1, 2, 3, 4, 5])
        #expect(Given.finding(StaleDataRule(), fiscal, series, asOf: CalendarDate("2026-03-31")!) == nil)
        let f = try #require(Given.finding(StaleDataRule(), fiscal, series, asOf: CalendarDate("2026-04-30")!))
        #expect(f.message.en.contains("is 19 months old"))
    }

    // MARK: What changed

    @Test func theStatusAtAReviewUsesOnlyWhatWasPublicThen() {
        // 2024's value (a jump) completes on 2024-12-31 but is published on 2025-10-31: at a review
        // of 2025-03-01 the status rested on 2023.
        let target = Given.target(baseline: (2019, 100), target: (2030, 200))
        let catalog = Catalog(goals: [Goal(id: "g", name: .init(en: "G", es: "G"))], indicators: [Self.indicator()],
                              targets: [target], reviews: [Review(date: CalendarDate("2025-03-01")!, forum: "f")])
        var data = Given.annual(from: 2019, [100, 99, 98, 97, 96])
        data.append(Observation(indicator: "x", period: .year(2024), value: 190, geo: "MX", source: "t",
                                published: CalendarDate("2025-10-31")))
        let now = Dashboard.evaluate(catalog, observations: data, asOf: CalendarDate("2026-01-01")!)
        #expect(now.assessments[0].status == .onTrack)
        #expect(now.sinceReview?.previousStatus["x"] == .movingAway, "at the review 2024 was not public")
    }

    @Test func theChangesSinceAReviewListTheEventsInBetween() {
        let catalog = Catalog(goals: [Goal(id: "g", name: .init(en: "G", es: "G"))], indicators: [Self.indicator()], targets: [],
                              events: [Self.event("2021-10-08", "Framework"), Self.event("2025-09-03", "Group")])
        let data = Given.annual(from: 2015, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        let before = Dashboard.evaluate(catalog, observations: data, asOf: CalendarDate("2025-01-01")!)
        let after = Dashboard.evaluate(catalog, observations: data, asOf: CalendarDate("2026-01-01")!)
        #expect(ChangeSet(before: before, after: after).events.map(\.title.en) == ["Group"])
    }
}
