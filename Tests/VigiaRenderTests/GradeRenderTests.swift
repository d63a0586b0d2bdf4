import Testing
import VigiaCore
@testable import VigiaRender

/// The grade of the figures a status rests on, as the screens and reports show it (docs/assessment.md, "Grades").
struct GradeRenderTests {
    static let indicator = Indicator(id: "x", goal: "g", name: LocalizedText(en: "X", es: "X"),
                                     unit: LocalizedText(en: "kg", es: "kg"), country: .MX, direction: .decrease,
                                     frequency: .annual, source: "s")
    static let target = Target(indicator: "x", baseline: PeriodValue(period: .year(2019), value: 100),
                               history: [TargetRevision(agreed: CalendarDate("2019-06-01")!,
                                                        target: PeriodValue(period: .year(2029), value: 50), forum: "f")],
                               illustrative: true)

    static func assessment(latest grade: Confidence) -> Assessment {
        let values: [Double] = [80, 84, 88, 92, 96, 100, 102, 104, 106, 108, 110]
        let series = values.enumerated().map { i, v in
            Observation(indicator: "x", period: .year(2014 + i), value: v, geo: "MX", source: "s",
                        confidence: i == values.count - 1 ? grade : .high)
        }
        return Assessor(indicator: indicator, target: target, asOf: CalendarDate("2030-06-30")!).assess(series)
    }

    @Test func aMarkBeforeTheValueAndNeverTheCriticalStyle() {
        let c = RenderContext()
        let low = Self.assessment(latest: .low), medium = Self.assessment(latest: .medium), high = Self.assessment(latest: .high)
        #expect(low.status == .movingAway)
        #expect(FigureText.gradeMark(low, c) == "? ")
        #expect(FigureText.gradeMark(medium, c) == "◦ ")
        #expect(FigureText.gradeMark(high, c) == "")
        #expect(FigureText.gradeMark(medium, RenderContext(glyphs: .ascii)) == "' ")
        #expect(StatusBadge.style(low.status, lowConfidence: low.restsOnLowConfidence) == .fg(.orange))
        #expect(StatusBadge.style(high.status, lowConfidence: high.restsOnLowConfidence) == StatusBadge.style(.movingAway))
        #expect(c.text(.grade(.low)) == "low: a warning at most")
        #expect(RenderContext(language: .es).text(.grade(.medium)) == "media: según un medio")
    }
}
