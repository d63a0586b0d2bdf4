import VigiaCore

/// A readable plain table of the dashboard. Interim: the shared screen renderer replaces it.
public enum PlainTextReport {
    public static func render(_ dashboard: Dashboard, language: Language) -> String {
        var lines = ["Vigía — as of \(dashboard.asOf)", ""]
        let header = ["Indicator", "Latest", "Value", "Target", "Status", "Trend", "Flags"]
        var rows: [[String]] = []
        for goal in dashboard.goals {
            for a in dashboard.assessments where a.indicator.goal == goal.id {
                let target = a.effectiveTarget.map {
                    "\($0.target.period) \(Format.number($0.target.value))" + (a.target?.illustrative == true ? " (illustrative)" : "")
                } ?? "—"
                rows.append([a.indicator.id, a.latest.map { $0.period.description } ?? "—",
                             a.latest.map { Format.number($0.value) } ?? "—", target,
                             a.status.rawValue, a.trend?.direction.rawValue ?? "—", flagCount(a.flags)])
            }
        }
        let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
        for row in [header] + rows {
            lines.append(row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingTrailingSpaces())
        }
        return Sanitizer.clean(lines.joined(separator: "\n")) + "\n"
    }

    /// `3`, or `3 (1 addressed)` when the committee has decided on some of them.
    static func flagCount(_ flags: [Flag]) -> String {
        let addressed = flags.count { $0.isAddressed }
        return addressed == 0 ? "\(flags.count)" : "\(flags.count) (\(addressed) addressed)"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
