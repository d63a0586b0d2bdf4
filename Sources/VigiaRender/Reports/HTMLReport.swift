import VigiaCore

/// The oversight report as one self-contained HTML file: inline CSS and SVG, no scripts, no
/// external assets; readable on screen and on paper. Every string from data is escaped.
public enum HTMLReport {
    public static func render(_ dashboard: Dashboard, context: RenderContext, changes: ChangeSet? = nil) -> String {
        let content = ReportContent(dashboard: dashboard, context: context)
        var body: [String] = []
        body.append("<header><h1>\(escape(context.text(.appTitle))) — \(escape(context.text(.report)))</h1>")
        body.append("<p>\(escape(context.text(.reportSubtitle))). \(escape(MarkdownReport.capitalized(context.text(.asOf(dashboard.asOf))))).</p></header>")
        if content.hasIllustrativeTargets {
            body.append("<p class=\"note\">\(escape(context.text(.illustrativeNote)))</p>")
        }
        body.append("<h2>\(escape(context.text(.statusHeader)))</h2>")
        body.append(table(content.summaryHeader, dashboard.assessments.map { a in
            content.summaryRow(a).enumerated().map { $0.offset == 4 ? Cell(text: $0.element, status: a.status) : Cell(text: $0.element) }
        }))
        if let changes {
            let tables = ChangeTables(changes, context: context)
            body.append("<h2>\(escape(tables.title))</h2>")
            for section in tables.sections {
                body.append("<h3>\(escape(section.title))</h3>")
                body.append(section.rows.isEmpty ? "<p class=\"none\">\(escape(context.text(.none)))</p>"
                            : table(section.header, section.rows.map { $0.map { Cell(text: $0) } }))
            }
        }
        if !content.flagsRows.isEmpty {
            body.append("<h2>\(escape(context.text(.flagsView)))</h2>")
            body.append(table(content.flagsHeader, content.flagsRows.map { $0.map { Cell(text: $0) } }))
        }
        for (goal, members) in content.groups {
            body.append("<h2>\(escape(content.clean(goal.name[context.language])))</h2>")
            for a in members { body.append(section(a, content)) }
        }
        return page(title: "\(context.text(.appTitle)) — \(context.text(.report)) \(dashboard.asOf)",
                    language: context.language, body: body.joined(separator: "\n"))
    }

    struct Cell {
        var text: String
        var status: ProgressStatus? = nil
    }

    static func section(_ a: Assessment, _ content: ReportContent) -> String {
        let c = content.context
        var out = ["<section class=\"indicator\" id=\"\(escape(a.indicator.id))\">"]
        out.append("<h3>\(escape(content.name(a))) <code>\(escape(a.indicator.id))</code> "
            + "<span class=\"badge \(a.status.rawValue)\">\(escape(StatusBadge.text(a.progress, c)))</span></h3>")
        out.append("<p class=\"why\">\(escape(content.why(a)))</p>")
        if let description = a.indicator.description {
            out.append("<p>\(escape(content.clean(description[c.language])))</p>")
        }
        let model = ChartModel(a)
        out.append("<figure>" + SVGChart.render(model, title: content.name(a), context: c))
        out.append("<figcaption>" + model.lines.map { line in
            "<span class=\"key \(SVGChart.cssClass(line.kind))\"></span>\(escape(model.label(line.kind, c)))"
        }.joined(separator: " ") + model.markers.map { m in
            "<br /><span class=\"tag \(SVGChart.markerClass(m))\">\(escape(m.tag(c.glyphs)))</span> \(escape(m.when)) \(escape(m.text(c)))"
        }.joined() + "</figcaption></figure>")
        if !a.flags.isEmpty {
            out.append("<h4>\(escape(c.text(.flags)))</h4><ul class=\"flags\">")
            for flag in a.flags.map(content.flagText) {
                var item = "<li class=\"\(flag.severity.rawValue)\"><strong>\(escape(flag.heading))</strong> \(escape(flag.message))"
                item += "<br /><em>\(escape(c.glyphs.arrow)) \(escape(flag.adjustment))</em>"
                if let decision = flag.decision { item += "<br /><span class=\"decision\">\(escape(decision))</span>" }
                out.append(item + "</li>")
            }
            out.append("</ul>")
        }
        out.append("<div class=\"panels\">")
        for panel in content.panels(a) where !panel.items.isEmpty {
            out.append("<div><h4>\(escape(panel.title))</h4><dl>" + panel.items.map {
                "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>"
            }.joined() + "</dl></div>")
        }
        out.append("</div>")
        if let t = a.places {
            out.append("<h4>\(escape(content.placesTitle(t)))</h4>")
            out.append(table(content.placesHeader(t), content.placesRows(t).map { $0.map { Cell(text: $0) } }))
            out += content.placesNotes(t).map { "<p class=\"placenote\">\(escape($0))</p>" }
        }
        if let target = a.target {
            out.append("<h4>\(escape(c.text(.targetHistory)))</h4>")
            out.append(table([c.text(.agreed), c.text(.target), c.text(.forum), c.text(.rationale)], target.history.map {
                [$0.agreed.description, "\(Format.number($0.target.value)) (\($0.target.period))", $0.forum, $0.rationale ?? ""]
                    .map { Cell(text: $0) }
            }))
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    static func table(_ header: [String], _ rows: [[Cell]]) -> String {
        var out = "<table><thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.map { cell in
                let cls = cell.status.map { " class=\"badge \($0.rawValue)\"" } ?? ""
                return "<td\(cls)>\(escape(cell.text))</td>"
            }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    static func page(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>\(escape(title))</title>
        <style>
        \(stylesheet)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let stylesheet = """
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
    h3 { margin-bottom: .3rem; } h3 code { font-size: .8rem; color: #57606a; font-weight: normal; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { border-bottom: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; }
    .why { font-weight: 500; margin: .2rem 0 .5rem; }
    .note { background: #fff8c5; border-left: 4px solid #d4a72c; padding: .5rem .75rem; }
    .badge { font-weight: 600; white-space: nowrap; } .met, .on-track { color: #1a7f37; } .moderate { color: #9a6700; } .insufficient { color: #bc4c00; }
    .moving-away { color: #cf222e; } .no-target { color: #0969da; } .not-assessable { color: #57606a; }
    figure { margin: .5rem 0; } svg { width: 100%; height: auto; font: 11px system-ui, sans-serif; }
    .plot { fill: #fafbfc; stroke: #d0d7de; } .grid { stroke: #eaeef2; } .ylabel { text-anchor: end; fill: #57606a; } .xlabel { text-anchor: middle; fill: #57606a; }
    polyline { fill: none; stroke-width: 2; } polyline.series { stroke: #0969da; } polyline.target { stroke: #1a7f37; stroke-dasharray: 6 4; } polyline.former { stroke: #8c959f; stroke-width: 1; stroke-dasharray: 3 3; } polyline.projection { stroke: #bf8700; stroke-dasharray: 2 3; } polyline.short-term { stroke: #8250df; stroke-dasharray: 2 3; }
    g.marker line { stroke: #8c959f; stroke-width: 1; stroke-dasharray: 4 3; } g.marker text { text-anchor: middle; font-weight: 600; fill: #57606a; }
    g.marker.break line { stroke: #bc4c00; } g.marker.break text { fill: #bc4c00; } circle { fill: #57606a; } circle.series { fill: #0969da; }
    .tag { display: inline-block; min-width: 1.4rem; margin-left: .8rem; font-weight: 600; text-align: center; } .tag.break { color: #bc4c00; }
    figcaption { font-size: .85rem; color: #57606a; } .key { display: inline-block; width: 1.4rem; height: 0; border-top: 3px solid; margin: 0 .3rem .2rem .8rem; vertical-align: middle; }
    .key.series { border-color: #0969da; } .key.target { border-color: #1a7f37; border-top-style: dashed; } .key.former { border-color: #8c959f; border-top-style: dashed; } .key.projection { border-color: #bf8700; border-top-style: dotted; } .key.short-term { border-color: #8250df; border-top-style: dotted; }
    .placenote { font-size: .85rem; color: #57606a; margin: .3rem 0; }
    .panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0; font-size: .9rem; } dt { color: #57606a; } dd { margin: 0; overflow-wrap: anywhere; }
    ul.flags { padding-left: 1.2rem; } ul.flags li { margin-bottom: .5rem; } li.critical strong { color: #cf222e; }
    li.warning strong { color: #bc4c00; } li.info strong { color: #0969da; } .decision { color: #1a7f37; }
    @media print { body { margin: 0; max-width: none; font-size: 11pt; } section.indicator { break-inside: avoid; } h2 { break-after: avoid; } .note { border: 1px solid #d4a72c; } }
    """

    /// Text as HTML: the five special characters escaped, control characters removed.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in Sanitizer.clean(text, keepNewlines: false) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
