import VigiaCore

/// CBP "Nationwide Drug Seizures" export: one row per fiscal year, month, component, region,
/// area of responsibility and drug type, with events and pounds.
///
/// A configured drug type's pounds are summed by fiscal year, nationwide (`US`) and by region
/// (`US-SWB` Southwest Border, `US-NBR` Northern Border, `US-CIN` Coastal/Interior), and rounded to
/// the two decimals CBP publishes. The newest year, labelled `2025 (FYTD)`, is recorded as partial:
/// kept apart from complete years, never read as a whole year.
struct CBPDrugsImporter: RawFormatImporter {
    static let regions = ["southwest border": (GeoCode.place("SWB", in: .US).text, "Southwest Border"),
                          "northern border": (GeoCode.place("NBR", in: .US).text, "Northern Border"),
                          "coastal/interior": (GeoCode.place("CIN", in: .US).text, "Coastal/Interior")]

    static func requiredColumns(_ format: ImportFormat) -> [String] {
        ["fy", "region", "drug_type", "sum_qty_lbs"]
    }

    private let fiscalYear: Int, region: Int, drugType: Int, pounds: Int
    private let rules: [(indicator: String, matcher: CategoryMatcher)]

    var mode: ValueCollector.Mode { .sum }

    init(format: ImportFormat, header: HeaderMap, rules: [ImportRule], encoding: TextEncoding) throws(ImportFailure) {
        let c = try header.require(Self.requiredColumns(format), format: format)
        (fiscalYear, region, drugType, pounds) = (c[0], c[1], c[2], c[3])
        self.rules = rules.map { ($0.indicator, CategoryMatcher($0.categories)) }
    }

    func source(file: String) -> String {
        "CBP Nationwide Drug Seizures export (OFO + USBP), pounds by fiscal year; file \(file)"
    }

    func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    mutating func read(_ row: CSVRecord, into values: inout ValueCollector, tally rows: inout RowTally) {
        let line = row.line
        let hits = rules.filter { $0.matcher.matches(row, field: drugType) }
        guard !hits.isEmpty else { rows.rowsSkipped += 1; return }
        guard let (year, partial) = Self.fiscalYear(row.text(fiscalYear)) else {
            return rows.reject(.badFiscalYear(row.text(fiscalYear)), line: line)
        }
        guard let (regionCode, regionName) = Self.regions[row.text(region).lowercased()] else {
            return rows.reject(.badGeo(row.text(region)), line: line)
        }
        let cell = row.trimmed(pounds)
        guard !cell.isEmpty else { rows.missingCells += 1; return }
        guard case .number(let value) = NumberSyntax.parse(cell) else {
            return rows.reject(.badNumber(column: "Sum Qty (lbs)", text: row.text(pounds)), line: line)
        }
        let national = values.geo(GeoCode.national(.US).text), regional = values.geo(regionCode, name: regionName)
        for hit in hits {
            let id = values.indicator(hit.indicator)
            for geo in [national, regional] {
                values.add(.init(indicator: id, geo: geo, period: .year(year), partial: partial), value,
                           note: partial ? "fiscal year to date (FYTD): partial" : nil)
            }
        }
    }

    /// `2023` → (2023, complete); `2025 (FYTD)` → (2025, partial).
    static func fiscalYear(_ text: String) -> (Int, Bool)? {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard let first = parts.first, first.count == 4, let year = Int(first), (1000...9999).contains(year) else { return nil }
        guard parts.count == 2 else { return (year, false) }
        return parts[1].uppercased() == "(FYTD)" ? (year, true) : nil
    }
}
