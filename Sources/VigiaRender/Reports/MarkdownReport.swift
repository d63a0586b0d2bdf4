import VigiaCore

/// The oversight report as Markdown: a status table, then a section per indicator with its
/// chart in a fenced block.
public enum MarkdownReport {
    public static func render(_ dashboard: Dashboard, context: RenderContext, changes: ChangeSet? = nil) -> String {
        let content = ReportContent(dashboard: dashboard, context: context)
        var out: [String] = []
        out.append("# \(context.text(.appTitle)) — \(context.text(.report))")
        out.append("")
        out.append("\(escape(context.text(.reportSubtitle))). \(capitalized(context.text(.asOf(dashboard.asOf)))).")
        out.append("")
        if content.hasIllustrativeTargets {
            out.append("> **\(escape(context.text(.illustrativeNote)))**")
            out.append("")
        }
        out.append("## \(context.text(.statusHeader))")
        out.append("")
        out += table(content.summaryHeader, dashboard.assessments.map(content.summaryRow))
        if let changes {
            let tables = ChangeTables(changes, context: context)
            out += ["", "## \(escape(tables.title))"]
            for section in tables.sections {
                out += ["", "### \(escape(section.title))", ""]
                out += section.rows.isEmpty ? ["_\(escape(context.text(.none)))_"] : table(section.header, section.rows)
            }
        }
        if !content.flagsRows.isEmpty {
            out += ["", "## \(escape(context.text(.flagsView)))", ""]
            out += table(content.flagsHeader, content.flagsRows)
        }
        for (goal, members) in content.groups {
            out.append("")
            out.append("## \(escape(content.clean(goal.name[context.language])))")
            for a in members { out += section(a, content) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func section(_ a: Assessment, _ content: ReportContent) -> [String] {
        let c = content.context
        var out = ["", "### \(escape(content.name(a))) (`\(a.indicator.id)`)", ""]
        out.append("**\(c.text(.statusHeader)):** \(escape(StatusBadge.text(a.progress, c))) — \(escape(content.why(a)))")
        if let description = a.indicator.description {
            out += ["", escape(content.clean(description[c.language]))]
        }
        out += ["", "```text"] + content.chartLines(a) + [content.legend(a)] + content.markerLegend(a) + ["```"]
        if !a.flags.isEmpty {
            out += ["", "**\(escape(c.text(.flags)))**", ""]
            for flag in a.flags.map(content.flagText) {
                out.append("- **\(escape(flag.heading))** \(escape(flag.message))  ")
                out.append("  \(escape(c.glyphs.arrow)) \(escape(flag.adjustment))" + (flag.decision == nil ? "" : "  "))
                if let decision = flag.decision { out.append("  \(escape(decision))") }
            }
        }
        for panel in content.panels(a) where !panel.items.isEmpty {
            out += ["", "**\(escape(panel.title))**", ""]
            out += table(["", ""], panel.items.map { [$0.label, $0.value] })
        }
        if let t = a.places {
            out += ["", "**\(escape(content.placesTitle(t)))**", ""]
            out += table(content.placesHeader(t), content.placesRows(t))
            out += content.placesNotes(t).flatMap { ["", escape($0)] }
        }
        if let target = a.target {
            out += ["", "**\(escape(c.text(.targetHistory)))**", ""]
            out += table([c.text(.agreed), c.text(.target), c.text(.forum), c.text(.rationale)], target.history.map {
                [$0.agreed.description, "\(Format.number($0.target.value)) (\($0.target.period))", $0.forum, $0.rationale ?? ""]
            })
        }
        return out
    }

    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        func line(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |" }
        return [line(header), "|" + header.map { _ in "---" }.joined(separator: "|") + "|"] + rows.map(line)
    }

    /// A table cell: escaped, and pipes cannot break the table.
    static func cell(_ text: String) -> String { escape(text).replacingOccurrences(of: "|", with: "\\|") }

    /// Markdown's active characters escaped, so data shows as typed and never as markup or HTML.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in Sanitizer.clean(text, keepNewlines: false) {
            if "\\`*_[]<>#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
