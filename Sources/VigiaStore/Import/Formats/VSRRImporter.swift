import VigiaCore

/// CDC NCHS VSRR provisional drug overdose death counts, from the public download (`State`,
/// `Data Value`, thousands quoted as `"1,004"`) or the API (`state`, `data_value`): one row per
/// jurisdiction, 12-month-ending month and indicator.
///
/// Suppressed cells are empty (the reason is in the footnote): missing, not errors. The reported
/// value is kept unless the indicator's import rule asks for the predicted one. `US` is national;
/// states keep their USPS code (`US-TX`), and VSRR's New York City stays `US-YC`.
struct VSRRImporter: RawFormatImporter {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]

    static func requiredColumns(_ format: ImportFormat) -> [String] {
        ["state", "year", "month", "indicator", "data_value", "predicted_value"]
    }

    private let state: Int, year: Int, month: Int, indicator: Int, reported: Int, predicted: Int
    private let period: Int?, stateName: Int?
    private let rules: [(indicator: String, matcher: CategoryMatcher, value: ValueChoice)]

    var mode: ValueCollector.Mode { .unique }

    init(format: ImportFormat, header: HeaderMap, rules: [ImportRule], encoding: TextEncoding) throws(ImportFailure) {
        let c = try header.require(Self.requiredColumns(format), format: format)
        (state, year, month, indicator, reported, predicted) = (c[0], c[1], c[2], c[3], c[4], c[5])
        period = header.column("period")
        stateName = header.column("state_name")
        self.rules = rules.map { ($0.indicator, CategoryMatcher($0.categories), $0.value) }
    }

    func source(file: String) -> String {
        "CDC NCHS VSRR provisional drug overdose death counts, 12 months ending in each month; file \(file)"
    }

    mutating func read(_ row: CSVRecord, into values: inout ValueCollector, tally rows: inout RowTally) {
        let line = row.line
        let hits = rules.filter { $0.matcher.matches(row, field: indicator) }
        let twelveMonths = period.map { row.text($0).lowercased().hasPrefix("12 month") } ?? true
        guard !hits.isEmpty, twelveMonths else { rows.rowsSkipped += 1; return }
        guard let y = NumberSyntax.whole(row.trimmed(year), in: 1000...9999) else {
            return rows.reject(.badYear(row.text(year)), line: line)
        }
        guard let m = Self.months.firstIndex(of: row.text(month).lowercased()) else {
            return rows.reject(.badMonth(row.text(month)), line: line)
        }
        guard let geoCode = Self.geo(row.text(state)) else { return rows.reject(.badGeo(row.text(state)), line: line) }
        for hit in hits {
            let column = hit.value == .reported ? reported : predicted
            let cell = row.trimmed(column)
            guard !cell.isEmpty else {
                rows.missingCells += 1
                continue
            }
            switch NumberSyntax.parse(cell, thousands: true) {
            case .notANumber, .notFinite:
                rows.reject(.badNumber(column: hit.value == .reported ? "Data Value" : "Predicted Value",
                                       text: row.text(column)), line: line)
            case .number(let v):
                let geo = values.geo(geoCode, name: stateName.map { row.text($0) })
                let key = ValueCollector.Key(indicator: values.indicator(hit.indicator), geo: geo,
                                             period: .month(y, m + 1), partial: false)
                if !values.add(key, v) {
                    rows.reject(.duplicate("(\(hit.indicator), \(Period.month(y, m + 1)), \(geoCode))"), line: line)
                }
            }
        }
    }

    /// `US` → national; a two-letter jurisdiction → `US-XX`.
    static func geo(_ code: String) -> String? {
        let upper = code.uppercased()
        guard upper.count == 2, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (upper == Country.US.rawValue ? GeoCode.national(.US) : GeoCode.place(upper, in: .US)).text
    }
}
