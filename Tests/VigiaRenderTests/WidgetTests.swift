import Testing
@testable import VigiaCore
@testable import VigiaRender

struct WidgetTests {
    static let glyphSets: [(String, Glyphs)] = [("unicode", .unicode), ("ascii", .ascii)]

    @Test(arguments: glyphSets.map(\.0))
    func sparkline(_ set: String) {
        let glyphs = set == "unicode" ? Glyphs.unicode : .ascii
        var buffer = Buffer(width: 12, height: 2)
        Sparkline((1...8).map { ($0, Double($0)) }, glyphs: glyphs).render(into: &buffer, area: buffer.area.row(0))
        Sparkline([(2024, 5), (2025, 5), (2026, 5)], glyphs: glyphs).render(into: &buffer, area: buffer.area.row(1))
        Golden.expect(buffer.text, named: "widget-sparkline-\(set)")
    }

    @Test(arguments: glyphSets.map(\.0))
    func progressBar(_ set: String) {
        let glyphs = set == "unicode" ? Glyphs.unicode : .ascii
        var buffer = Buffer(width: 10, height: 5)
        for (row, f) in [0.0, 0.25, 0.5, 1.0, 1.7].enumerated() {
            ProgressBar(f, glyphs: glyphs).render(into: &buffer, area: buffer.area.row(row))
        }
        Golden.expect(buffer.text, named: "widget-progress-\(set)")
    }

    @Test(arguments: glyphSets.map(\.0))
    func badgesHaveDistinctSymbols(_ set: String) {
        let glyphs = set == "unicode" ? Glyphs.unicode : .ascii
        let symbols = ProgressStatus.allCases.map(glyphs.symbol)
        #expect(Set(symbols).count == ProgressStatus.allCases.count)
        var buffer = Buffer(width: 20, height: ProgressStatus.allCases.count)
        for (row, status) in ProgressStatus.allCases.enumerated() {
            StatusBadge(status, context: RenderContext(glyphs: glyphs)).render(into: &buffer, area: buffer.area.row(row))
        }
        Golden.expect(buffer.text, named: "widget-badges-\(set)")
    }

    @Test(arguments: glyphSets.map(\.0))
    func lineChart(_ set: String) {
        let glyphs = set == "unicode" ? Glyphs.unicode : .ascii
        let chart = LineChart(series: [
            .init(points: (0..<8).map { (2018.0 + Double($0), Double($0 * $0)) }, style: .plain, mark: "*"),
            .init(points: [(2018, 0), (2025, 60)], style: .plain, mark: "+", dashed: true),
        ])
        var buffer = Buffer(width: 40, height: 10)
        chart.glyphs(glyphs).render(into: &buffer, area: buffer.area)
        Golden.expect(buffer.text, named: "widget-linechart-\(set)")
    }

    @Test func tableAlignsNumbersAndDrawsOnlyVisibleRows() {
        var drawn = 0
        var buffer = Buffer(width: 24, height: 4)
        let columns = [TableColumn("Name", width: 10), TableColumn("Value", width: 8, alignment: .right)]
        Table.render(columns: columns, rowCount: 10_000, offset: 500, selected: 501, into: &buffer, area: buffer.area,
                     context: RenderContext()) { row, column in
            drawn += 1
            return .text(column == 0 ? "row \(row)" : Format.number(Double(row) * 1000), .plain)
        }
        #expect(drawn == 6)
        Golden.expect(buffer.text, named: "widget-table")
        #expect(buffer[0, 2].style.reverse)
    }

    @Test func wrappedTextBreaksAtSpaces() {
        #expect(Paragraph.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(Paragraph.wrap("supercalifragilistic", width: 8) == ["supercal", "ifragili", "stic"])
    }

    /// A word without spaces as long as an imported `source` can be is cut in one pass: the
    /// head-and-copy-the-rest loop took 24 s (release) for 800,000 characters.
    @Test func aVeryLongWordWrapsInLinearTime() {
        let word = String(repeating: "abcdefghij", count: 20_000) + " end"
        let clock = ContinuousClock()
        var lines: [String] = []
        let elapsed = clock.measure { lines = Paragraph.wrap(word, width: 78) }
        #expect(lines.count == 200_000 / 78 + 1)
        #expect(lines.dropLast().allSatisfy { $0.count == 78 })
        #expect(lines.last == "cdefghij end")
        let same = lines.joined() == word
        #expect(same, "the lines put together are the text")
        #expect(elapsed < .seconds(5), "\(elapsed)")
        #expect(Paragraph.wrap("漢字漢字", width: 3) == ["漢", "字", "漢", "字"])
        #expect(Paragraph.wrap("漢字", width: 1) == ["漢", "字"], "a wide character wider than the line still moves on")
    }

    @Test func numbersHaveThousandsSeparators() {
        #expect(Format.number(34723) == "34,723")
        #expect(Format.number(1234567.891) == "1,234,568")
        #expect(Format.number(12.345) == "12.3")
        #expect(Format.number(-0.004) == "0.00")
        #expect(Format.compact(28_200) == "28.2k")
        #expect(Format.compact(1_593) == "1,593")
        #expect(Format.compact(2_500_000) == "2.5M")
        #expect(Format.percent(-0.27) == "-27%")
        #expect(Format.percent(0.04) == "+4.0%")
        #expect(Format.pValue(0.00001) == "p < 0.0001")
        #expect(Format.pValue(0.03124) == "p = 0.0312")
    }

    @Test func wideCharactersTakeTwoCellsAndControlsNone() {
        var buffer = Buffer(width: 8, height: 1)
        let end = buffer.put("a漢\u{1B}b", x: 0, y: 0)
        #expect(end == 4)
        #expect(buffer.lines() == ["a漢b"])
        #expect(buffer[2, 0].isContinuation)
        #expect(TextWidth.of("Víctimas") == 8)
    }
}

/// Glyphs a terminal could draw two cells wide break the columns after them (⌛ once did).
struct GlyphWidthTests {
    @Test func noGlyphIsAnEmojiOrWide() {
        let g = Glyphs.unicode
        let all = [g.horizontal, g.vertical, g.ellipsis, g.up, g.down, g.flag, g.bullet, g.arrow, g.dash, g.stale,
                   g.changed, g.borderline, g.seriesBreak, g.eventRule, g.breakRule, g.barFull, g.barEmpty]
            + g.sparkLevels + g.barEighths + ProgressStatus.allCases.map(g.symbol)
        for glyph in all {
            #expect(!glyph.unicodeScalars.contains { $0.properties.isEmojiPresentation }, "\(glyph)")
            #expect(TextWidth.of(glyph) <= 1, "\(glyph)")
        }
    }
}

/// A change in the wrong direction keeps its cue without colour.
struct ChangeStyleTests {
    @Test func theWrongWayIsBoldTheRightWayPlain() {
        #expect(ChangeStyle.of(0.24, good: false).bold)
        #expect(!ChangeStyle.of(-0.2, good: true).bold)
        #expect(ChangeStyle.of(0, good: false).foreground == .gray)
    }
}
