import Testing
@testable import VigiaCore
@testable import VigiaRender

/// Gaps, breaks and events on the charts: a line never bridges missing periods, the sparkline
/// keeps a time grid, and markers land where their time is, on every drawing of a chart.
struct ChartContextTests {
    static let dashboard = SampleDashboard.make()
    static var transfers: Assessment { dashboard.assessments.first { $0.indicator.id == "xfer" }! }

    /// Plot columns (right of the y axis) holding any mark, as runs of adjacent columns.
    static func markedRuns(_ buffer: Buffer, axis: String, rows: Range<Int>) -> [ClosedRange<Int>] {
        let lines = buffer.lines().map { Array($0) }
        let axisColumn = lines[rows.lowerBound].firstIndex(of: Character(axis))!
        let columns = Set(rows.flatMap { row in
            lines[row].indices.filter { $0 > axisColumn && lines[row][$0] != " " }
        }).sorted()
        var runs: [ClosedRange<Int>] = []
        for c in columns {
            if let last = runs.last, last.upperBound == c - 1 { runs[runs.count - 1] = last.lowerBound...c } else { runs.append(c...c) }
        }
        return runs
    }

    @Test(arguments: [Glyphs.unicode, .ascii])
    func aLineIsNotJoinedAcrossAGapAndALonePointIsADot(_ glyphs: Glyphs) {
        let chart = LineChart(series: [.init(segments: [[(0, 1), (1, 2)], [(2, 1.5)], [(3, 1), (4, 2)]], style: .plain, mark: "*")])
        var buffer = Buffer(width: 40, height: 8)
        chart.glyphs(glyphs).render(into: &buffer, area: buffer.area)
        let runs = Self.markedRuns(buffer, axis: glyphs.vertical, rows: 0..<6)
        #expect(runs.count == 3, "two runs and a lone dot, nothing between them: \(runs)")
        #expect(runs[1].count <= 2, "the lone point is a dot, not a line")
    }

    @Test func theSameSeriesAsOneRunIsJoined() {
        let chart = LineChart(series: [.init(points: [(0, 1), (1, 2), (2, 1.5), (3, 1), (4, 2)], style: .plain, mark: "*")])
        var buffer = Buffer(width: 40, height: 8)
        chart.glyphs(.ascii).render(into: &buffer, area: buffer.area)
        #expect(Self.markedRuns(buffer, axis: "|", rows: 0..<6).count == 1)
    }

    @Test func seriesGapsAreFoundOnPeriods() {
        let years = [2008, 2009, 2011, 2013, 2014].map(Period.year)
        #expect(SeriesGaps.segments(years) { $0 } == [[.year(2008), .year(2009)], [.year(2011)], [.year(2013), .year(2014)]])
        #expect(SeriesGaps.segments([Period.month(2019, 12), .month(2020, 1)]) { $0 }.count == 1, "December to January is no gap")
        #expect(SeriesGaps.segments([Period]()) { $0 }.isEmpty)
        #expect(SeriesGaps.missing(years)! == (missing: 2, span: 7))
        #expect(SeriesGaps.missing([Period.quarter(2024, 4), .quarter(2025, 1)])! == (missing: 0, span: 2))
        #expect(SeriesGaps.missing([Period]()) == nil)
    }

    @Test(arguments: [Glyphs.unicode, .ascii])
    func aSparklineLeavesAMissingPeriodBlank(_ glyphs: Glyphs) {
        var buffer = Buffer(width: 6, height: 1)
        Sparkline([(2019, 1), (2020, 2), (2022, 4), (2023, 3)], glyphs: glyphs).render(into: &buffer, area: buffer.area)
        let cells = (0..<6).map { buffer[$0, 0].grapheme }
        #expect(cells == [" ", glyphs.sparkLevels[0], glyphs.sparkLevels[2], " ", glyphs.sparkLevels[7], glyphs.sparkLevels[5]],
                "2018 before the data, 2021 missing: \(cells)")
    }

    @Test func aSparklineShowsOnlyTheLastPeriodsThatFit() {
        var buffer = Buffer(width: 3, height: 1)
        Sparkline([(1, 100), (5, 1), (7, 2)], glyphs: .ascii).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["_ #"], "period 1 is off the grid and does not set the scale")
    }

    @Test(arguments: [Glyphs.unicode, .ascii])
    func markersLandInTheirColumnsUnderTheLines(_ glyphs: Glyphs) {
        let markers = [
            ChartMarker(x: 2005, kind: .event(.agreement), when: "2005-01-01", label: .init(en: "e", es: "e"), number: 1),
            ChartMarker(x: 2002, kind: .seriesBreak(.method), when: "2002", label: .init(en: "b", es: "b")),
            ChartMarker(x: 2015, kind: .event(.policy), when: "2015-01-01", label: .init(en: "out", es: "out"), number: 2),
        ]
        let chart = LineChart(series: [.init(points: [(2000, 0), (2010, 10)], style: .plain, mark: "*")], markers: markers)
        var buffer = Buffer(width: 40, height: 10)
        chart.glyphs(glyphs).render(into: &buffer, area: buffer.area)
        let plotX = (0..<40).first { buffer[$0, 0].grapheme == glyphs.vertical }! + 1
        let plotWidth = 40 - plotX
        func column(_ x: Double) -> Int {
            let dots = plotWidth * (glyphs.unicode ? 2 : 1)
            return plotX + Int(((x - 2000) / 10 * Double(dots - 1)).rounded()) / (glyphs.unicode ? 2 : 1)
        }
        #expect(buffer[column(2005), 0].grapheme == "1")
        #expect(buffer[column(2002), 0].grapheme == glyphs.seriesBreak)
        #expect(!buffer.lines()[0].contains("2"), "a marker outside the x range is not drawn")
        let plotRows = 1..<8
        let eventCells = plotRows.map { buffer[column(2005), $0].grapheme }
        #expect(eventCells.contains(glyphs.eventRule))
        #expect(eventCells.contains { $0 != glyphs.eventRule && $0 != " " }, "the line wins the cell it crosses")
        #expect(plotRows.map { buffer[column(2002), $0].grapheme }.contains(glyphs.breakRule))
    }

    @Test func theModelBreaksTheSeriesAtGapsAndNotTheTargetPath() throws {
        let series = try #require(ChartModel(Self.transfers).lines.first { $0.kind == .series })
        #expect(series.segments.map(\.count) == [8, 1, 5])
        let homicides = ChartModel(Self.dashboard.assessments.first { $0.indicator.id == "mx.hom" }!)
        #expect(homicides.lines.allSatisfy { $0.segments.count == 1 }, "a complete series and the target path are one run each")
    }

    @Test func theModelMarksBreaksAndEventsWithinTheSeriesAndWidensTheAxis() throws {
        var a = Self.transfers
        a.events += [
            PolicyEvent(date: CalendarDate("2005-06-01")!, title: .init(en: "before", es: "antes"), kind: .policy, scope: .all, source: ""),
            PolicyEvent(date: CalendarDate("2027-06-01")!, title: .init(en: "after", es: "después"), kind: .policy, scope: .all, source: ""),
        ]
        let model = ChartModel(a)
        #expect(model.markers.map(\.when) == ["2012", "2021-10-08", "2025-02-27"], "before the series and after its span: not shown")
        #expect(model.markers.map(\.number) == [nil, 1, 2])
        #expect(model.markers.map { $0.tag(.unicode) } == ["╳", "1", "2"])
        let range = try #require(model.xRange)
        #expect(range.lowerBound == 2010)
        #expect(abs(range.upperBound - CalendarDate("2025-02-27")!.yearTime) < 1e-9, "the axis reaches the event in the last year")
        #expect(model.lineChart.markers.count == 3)
    }

    @Test func theControlChartBreaksAtGapsAndCarriesTheMarkers() throws {
        let a = Self.transfers
        let control = try #require(ControlChartModel(a, markers: ChartModel(a).markers))
        let values = try #require(control.chart.series.first { $0.style == Style(foreground: .cyan, bold: true) })
        #expect(values.segments.count == 3)
        #expect(control.chart.markers.count == 3)
    }

    @Test func theSVGDrawsOnePolylinePerRunADotForALonePointAndEscapedMarkers() {
        let a = Self.transfers
        let svg = SVGChart.render(ChartModel(a), title: "t", context: RenderContext())
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
        #expect(svg.components(separatedBy: "<circle").count - 1 == 1)
        #expect(svg.contains("<g class=\"marker break scope\"><title>2012 series break (scope): transfers counted beside treaty extraditions</title>"))
        #expect(svg.contains("<title>2025-02-27 29 detainees handed over &lt;at once&gt;</title>"))
        #expect(svg.contains(">╳</text>") && svg.contains(">1</text>") && svg.contains(">2</text>"))
        let html = HTMLReport.render(Self.dashboard, context: RenderContext(language: .es))
        #expect(html.contains("<span class=\"tag event transfer\">2</span> 2025-02-27 29 detenidos entregados &lt;a la vez&gt;"))
        #expect(html.contains("<span class=\"tag break scope\">╳</span> 2012 ruptura de la serie (alcance): se cuentan traslados"))
    }

    @Test func theMarkdownChartListsTheMarkers() {
        let md = MarkdownReport.render(Self.dashboard, context: RenderContext(glyphs: .ascii))
        #expect(md.contains("# 2012 series break (scope): transfers counted beside treaty extraditions"))
        #expect(md.contains("1 2021-10-08 Bicentennial Framework agreed"))
    }

    @Test func theTrendPanelCountsMissingPeriodsInBothLanguages() {
        let en = DetailPanels.trend(Self.transfers, RenderContext()).items.map(\.value)
        #expect(en.contains("Missing 2 of 14 years in the window"))
        let es = DetailPanels.trend(Self.transfers, RenderContext(language: .es)).items.map(\.value)
        #expect(es.contains("Faltan 2 de 14 años en la ventana"))
        #expect(Phrase.missingInWindow(missing: 1, of: 24, .monthly).text(.es) == "Falta 1 de 24 meses en la ventana")
        #expect(Phrase.missingInWindow(missing: 3, of: 8, .quarterly).text(.en) == "Missing 3 of 8 quarters in the window")
        let complete = DetailPanels.trend(Self.dashboard.assessments.first { $0.indicator.id == "fent" }!, RenderContext())
        #expect(!complete.items.contains { $0.value.hasPrefix("Missing") })
    }
}

private extension CalendarDate {
    var yearTime: Double { PolicyEvent(date: self, title: .init(en: "", es: ""), kind: .policy, scope: .all, source: "").time }
}
