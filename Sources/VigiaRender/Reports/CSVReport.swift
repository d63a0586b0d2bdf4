import VigiaCore

/// One row per indicator with stable columns, for spreadsheets and scripts.
public enum CSVReport {
    /// The column names: a contract; add at the end, never reorder.
    public static let columns = ["id", "name", "unit", "goal", "latest_period", "latest_value", "baseline_period",
                                 "baseline_value", "target_period", "target_value", "target_illustrative", "status",
                                 "ratio", "trend_direction", "slope_per_year", "p", "flag_count"]

    public static func render(_ dashboard: Dashboard, language: Language) -> String {
        let rows = [columns] + dashboard.assessments.map { row($0, language) }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func row(_ a: Assessment, _ language: Language) -> [String] {
        let i = a.indicator
        return [
            i.id, text(i.name[language]), text(i.unit[language]), i.goal,
            a.latest?.period.description ?? "", number(a.latest?.value),
            a.target?.baseline.period.description ?? "", number(a.target?.baseline.value),
            a.progress.target?.period.description ?? "", number(a.progress.target?.value),
            a.progress.target == nil ? "" : String(a.target?.illustrative ?? false),
            a.status.rawValue, number(a.progress.measure?.ratio),
            a.trend?.direction.rawValue ?? "", number(a.trend?.slopePerYear), number(a.trend?.p),
            String(a.flags.count),
        ]
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return JSONValue.format(value)
    }

    /// Text from config: no control characters, and no leading character a spreadsheet would
    /// run as a formula.
    static func text(_ value: String) -> String {
        let clean = Sanitizer.clean(value, keepNewlines: false)
        guard let first = clean.first, "=+-@".contains(first) else { return clean }
        return "'" + clean
    }

    /// RFC 4180 quoting where needed.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
