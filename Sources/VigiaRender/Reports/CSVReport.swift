import VigiaCore

/// One row per indicator with stable columns, for spreadsheets and scripts.
public enum CSVReport {
    /// The column names: a contract; add at the end, never reorder.
    public static let columns = ["id", "name", "unit", "goal", "latest_period", "latest_value", "baseline_period",
                                 "baseline_value", "target_period", "target_value", "target_illustrative", "status",
                                 "ratio", "trend_direction", "slope_per_year", "p", "flag_count",
                                 "trend_test", "trend_basis", "borderline", "short_term_status", "short_term_ratio",
                                 "last_year_change", "why",
                                 "measure", "latest_basis_period", "latest_count", "latest_rate", "rate_per", "geo", "level",
                                 "place_name", "place_window_start", "place_window_end", "place_rank", "place_count",
                                 "place_rate", "place_change", "place_share", "latest_confidence"]

    /// Appended when the report covers a period (`--since`): what changed for each indicator.
    public static let changeColumns = ["status_before", "new_flags", "cleared_flags", "target_revisions", "new_observations"]

    /// One row per indicator (`level` national, or the place's level for a place's report), then
    /// one per place of every indicator with sub-national data (`level` state or municipality):
    /// filter on `level` for one row per indicator.
    public static func render(_ dashboard: Dashboard, language: Language, changes: ChangeSet? = nil) -> String {
        var rows = [columns + (changes == nil ? [] : changeColumns)]
        for a in dashboard.assessments {
            rows.append(row(a, language) + assessmentCells(a) + (changes.map { changeCells(a.indicator.id, $0) } ?? []))
        }
        for a in dashboard.assessments {
            guard let t = a.places else { continue }
            for (i, place) in PlacesModel(t, sort: .rate, reversed: false, filter: "").rows.enumerated() {
                rows.append(placeRow(a, t, place, rank: i + 1, language) + (changes == nil ? [] : changeColumns.map { _ in "" }))
            }
        }
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
            a.trend?.test.rawValue ?? "", a.trend?.basis.rawValue ?? "", String(a.progress.borderline),
            a.progress.shortTerm?.status.rawValue ?? "", number(a.progress.shortTerm?.measure.ratio),
            number(a.progress.lastYear?.change), text(a.why[language]),
        ]
    }

    /// The measure, the latest basis value in both measures, and where.
    static func assessmentCells(_ a: Assessment) -> [String] {
        let h = a.headline
        return [a.measure.rawValue, h?.period.description ?? "", number(h?.count), number(h?.rate),
                number(a.rates?.definition.per), a.geo, GeoCode(a.geo).level.rawValue] + Array(repeating: "", count: 8)
            + [a.grade?.rawValue ?? ""]
    }

    /// A place of an indicator: the indicator's id and name, the place's figures; the rest empty.
    static func placeRow(_ a: Assessment, _ t: PlaceTable, _ p: PlaceTable.Row, rank: Int, _ language: Language) -> [String] {
        let i = a.indicator
        var cells = [i.id, text(i.name[language]), text(i.unit[language]), i.goal]
        cells += Array(repeating: "", count: columns.count - cells.count - 16)
        cells += ["count", "", "", "", number(i.rate?.per), p.geo, t.level.rawValue, text(p.name),
                  t.window.start.description, t.window.end.description, String(rank), number(p.value), number(p.rate),
                  number(p.change), number(p.share), ""]
        return cells
    }

    static func changeCells(_ id: String, _ c: ChangeSet) -> [String] {
        [c.statusChanges.first { $0.indicator.id == id }?.from.rawValue ?? "",
         c.newFlags.filter { $0.indicator.id == id }.map(\.flag.rule.rawValue).joined(separator: " "),
         c.clearedFlags.filter { $0.indicator.id == id }.map(\.flag.rule.rawValue).joined(separator: " "),
         String(c.targetRevisions.count { $0.indicator.id == id }),
         String(c.newObservations.first { $0.indicator.id == id }?.count ?? 0)]
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
