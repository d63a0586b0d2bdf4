import Foundation
import Testing
@testable import VigiaCore
@testable import VigiaRender

struct ReportTests {
    static let dashboard = SampleDashboard.make()

    @Test(arguments: [80, 100, 137, 200])
    func textSnapshotNeverExceedsTheWidth(_ width: Int) {
        for glyphs in [Glyphs.unicode, .ascii] {
            let text = TextReport.render(Self.dashboard, width: width, context: RenderContext(glyphs: glyphs))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { TextWidth.of($0) <= width })
            #expect(lines.count > 60)
            #expect(text.contains("Overdose deaths (US)[2J"))
        }
    }

    @Test func textSnapshotIsTheOverviewThenEachDetail() {
        let text = TextReport.render(Self.dashboard, width: 100, context: RenderContext())
        var state = ViewState()
        let overview = Screen.overviewPage(Self.dashboard, width: 100, context: RenderContext()).text
        _ = state
        state = ViewState()
        #expect(text.hasPrefix(overview))
        for a in Self.dashboard.assessments {
            #expect(text.contains(DetailScreen.page(a, width: 100, chartHeight: 14, context: RenderContext()).text))
        }
        #expect(!text.contains("quit"), "no key hints in a report")
    }

    @Test func colourIsANSIOnlyWhenAsked() {
        let plain = TextReport.render(Self.dashboard, width: 100, context: RenderContext())
        let colored = TextReport.render(Self.dashboard, width: 100, context: RenderContext(), color: true)
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[0;1;38;5;160m✖ moving away"))
        let stripped = colored.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            == plain.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    @Test func csvHasStableColumnsAndParsesBack() throws {
        let csv = CSVReport.render(Self.dashboard, language: .en)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == CSVReport.columns.joined(separator: ","))
        #expect(rows.count == Self.dashboard.assessments.count + 1)
        for row in rows { #expect(Self.parseCSVLine(row).count == CSVReport.columns.count, "\(row)") }
        let fentanyl = try #require(rows.first { $0.hasPrefix("fent,") })
        let fields = Self.parseCSVLine(fentanyl)
        #expect(fields[1] == "\"Fentanyl seized at the border by all components, nationwide, fiscal years\"")
        #expect(fields[11] == "met")
        #expect(!csv.contains("\u{1B}"))
    }

    @Test func csvNeutralisesFormulas() {
        #expect(CSVReport.text("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(CSVReport.field("a,b") == "\"a,b\"")
        #expect(CSVReport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    /// Splits one CSV record on commas outside quotes (fields keep their quotes).
    static func parseCSVLine(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() }
            if c == "," && !quoted { fields.append(current); current = "" } else { current.append(c) }
        }
        fields.append(current)
        return fields
    }

    @Test func markdownHasATableRowPerIndicatorAndAChartPerSection() {
        let md = MarkdownReport.render(Self.dashboard, context: RenderContext())
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.firstIndex { $0.hasPrefix("| Indicator | Goal |") }!
        #expect(lines[header + 1].hasPrefix("|---|"))
        let tableRows = lines[(header + 2)...].prefix { $0.hasPrefix("|") }
        #expect(tableRows.count == Self.dashboard.assessments.count)
        let columns = lines[header].split(separator: "|", omittingEmptySubsequences: true).count
        for row in tableRows {
            #expect(row.replacingOccurrences(of: "\\|", with: "").split(separator: "|").count == columns)
        }
        #expect(md.components(separatedBy: "```text").count - 1 == Self.dashboard.assessments.count)
        #expect(md.components(separatedBy: "\n### ").count - 1 == Self.dashboard.assessments.count)
        #expect(md.contains("illustrative"))
        #expect(!md.contains("\u{1B}"))
    }

    @Test func markdownEscapesMarkup() {
        #expect(MarkdownReport.escape("<b>*x*</b> [a](b)") == "\\<b\\>\\*x\\*\\</b\\> \\[a\\](b)")
        #expect(MarkdownReport.cell("a|b") == "a\\|b")
    }

    @Test func htmlIsWellFormedSelfContainedWithOneSVGPerIndicator() throws {
        let html = HTMLReport.render(Self.dashboard, context: RenderContext())
        let tags = try Self.checkWellFormed(html)
        #expect(tags.filter { $0 == "svg" }.count == Self.dashboard.assessments.count)
        #expect(!tags.contains("script"))
        #expect(!tags.contains("img") && !tags.contains("link"))
        #expect(html.components(separatedBy: "http://").count - 1 == Self.dashboard.assessments.count,
                "no external assets: the only URLs are the SVG namespace")
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("@media print"))
    }

    struct MalformedHTML: Error { let detail: String }

    /// Every element closed in order (void elements written `<x />`); returns the opened tag names.
    static func checkWellFormed(_ html: String) throws -> [String] {
        var stack: [String] = [], opened: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { throw MalformedHTML(detail: "unclosed <") }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber })
            if tag.hasPrefix("/") {
                guard stack.popLast() == name else { throw MalformedHTML(detail: "</\(name)> closes \(stack.last ?? "nothing")") }
            } else if !tag.hasSuffix("/") {
                stack.append(name)
                opened.append(name)
            } else {
                opened.append(name)
            }
        }
        guard stack.isEmpty else { throw MalformedHTML(detail: "unclosed \(stack)") }
        return opened
    }

    @Test func htmlEscapesEveryDataString() {
        #expect(HTMLReport.escape("<script>alert('x')</script> & \"q\"") ==
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }
}

/// Every report says why each status is what it is, and names both projections.
struct ReasonInReportsTests {
    static let dashboard = SampleDashboard.make()
    static let overdoses = "Moving away: 14% above the 2019 baseline (80,000 vs 70,000), although down 24% in the last year."

    @Test func markdownAndHTMLPutTheReasonUnderTheStatus() {
        let markdown = MarkdownReport.render(Self.dashboard, context: RenderContext())
        #expect(markdown.contains("**Status:** ✖ moving away — \(Self.overdoses)"))
        #expect(markdown.contains("⣿ projection (rate since start)"))
        let html = HTMLReport.render(Self.dashboard, context: RenderContext())
        #expect(html.contains("<p class=\"why\">\(Self.overdoses)</p>"))
        let spanish = HTMLReport.render(Self.dashboard, context: RenderContext(language: .es))
        #expect(spanish.contains("<p class=\"why\">Alejándose: 14 % por encima de la línea base de 2019"))
    }

    @Test func textDetailAndCSVCarryTheReason() throws {
        let text = TextReport.render(Self.dashboard, width: 120, context: RenderContext())
        #expect(text.contains(Self.overdoses))
        let csv = CSVReport.render(Self.dashboard, language: .en)
        let header = try #require(csv.split(separator: "\r\n").first).split(separator: ",").map(String.init)
        // Columns are only ever added at the end: the first 24 are as they were.
        #expect(Array(header.prefix(24).suffix(7)) == ["trend_test", "trend_basis", "borderline", "short_term_status",
                                                       "short_term_ratio", "last_year_change", "why"])
        #expect(header.count == CSVReport.columns.count)
        #expect(Array(header.suffix(4)) == ["place_rate", "place_change", "place_share", "latest_confidence"])
        // The grade of the latest figure: `high` for every indicator of this dashboard.
        let first = try #require(csv.split(separator: "\r\n").dropFirst().first)
        #expect(first.hasSuffix(",high"))
        #expect(csv.contains("\"\(Self.overdoses)\"") || csv.contains(Self.overdoses))
    }
}
