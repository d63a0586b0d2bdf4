import VigiaCore

/// SESNSP crime incidence (state `IDEFC`, municipal `IDM`) and victims files: one row per place,
/// year, crime subtype and modalidad (victims add sex and age group), twelve month columns.
///
/// A configured subtipo's rows are summed over modalidades (and sexes and ages) into one monthly
/// figure per place. Quirks handled: `Clave_Ent` with or without zero padding; municipal codes
/// checked against their state; "No Especificado" (codes ending 998/999) kept as its own place;
/// an empty month is missing (not yet published); `-1` is missing, with a warning; both the old
/// classification (2015–2025) and the RNID one (2026 on), whose figures carry a series-break note.
struct SESNSPImporter: RawFormatImporter {
    static let months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                         "septiembre", "octubre", "noviembre", "diciembre"]
    static let monthLabels = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
                              "Septiembre", "Octubre", "Noviembre", "Diciembre"]
    /// The first year published under the RNID classification.
    static let rnidFirstYear = 2026

    static func requiredColumns(_ format: ImportFormat) -> [String] {
        var columns = ["año", "clave_ent", "entidad", "subtipo_de_delito", "modalidad"] + months
        if format == .sesnspMunicipal { columns += ["cve_municipio", "municipio"] }
        if format == .sesnspVictimas { columns += ["sexo", "rango_de_edad"] }
        return columns
    }

    let format: ImportFormat
    private let year: Int, state: Int, stateName: Int, subtipo: Int, modalidad: Int
    private let municipality: Int?, municipalityName: Int?
    private let monthColumns: [Int]
    private let rules: SESNSPRuleMatcher
    private var tally = MonthlyTally()
    private var indicatorIDs: [Int32] = []
    private var geoCache: [Int: Int32] = [:]
    private var matched: [Int] = []
    private var cells = [Double?](repeating: nil, count: 12)

    var mode: ValueCollector.Mode { .sum }

    init(format: ImportFormat, header: HeaderMap, rules: [ImportRule], encoding: TextEncoding) throws(ImportFailure) {
        self.format = format
        let c = try header.require(Self.requiredColumns(format), format: format)
        (year, state, stateName, subtipo, modalidad) = (c[0], c[1], c[2], c[3], c[4])
        monthColumns = Array(c[5..<17])
        municipality = format == .sesnspMunicipal ? c[17] : nil
        municipalityName = format == .sesnspMunicipal ? c[18] : nil
        self.rules = SESNSPRuleMatcher(rules)
    }

    func source(file: String) -> String {
        switch format {
        case .sesnspMunicipal: "SESNSP, incidencia delictiva del fuero común, municipal (IDM); file \(file)"
        case .sesnspVictimas: "SESNSP, víctimas de delitos del fuero común, estatal; file \(file)"
        default: "SESNSP, incidencia delictiva del fuero común, estatal (IDEFC); file \(file)"
        }
    }

    mutating func read(_ row: CSVRecord, into values: inout ValueCollector, tally rows: inout RowTally) {
        guard matchRules(row) else { rows.rowsSkipped += 1; return }
        let line = row.line
        guard let y = NumberSyntax.whole(row.trimmed(year), in: 1000...9999) else {
            return rows.reject(.badYear(row.text(year)), line: line)
        }
        guard let geo = place(row, into: &values, rows: &rows) else { return }
        guard readCells(row, rows: &rows) else { return }
        if indicatorIDs.isEmpty { indicatorIDs = rules.indicators.map { values.indicator($0) } }
        for i in matched {
            tally.add(indicator: indicatorIDs[i], geo: geo, year: y, cells: cells)
        }
    }

    mutating func finish(into values: inout ValueCollector) {
        tally.emit(into: &values) { year in
            year >= Self.rnidFirstYear ? "RNID classification (2026 on): series break with earlier years" : nil
        }
    }

    /// Collects in `matched` the rules the row feeds; false (the common case) when none.
    private mutating func matchRules(_ row: CSVRecord) -> Bool {
        let modalidad = self.modalidad
        return rules.match(subtipo: row.trimmed(subtipo), modalidad: { row.trimmed(modalidad) }, into: &matched)
    }

    /// The geography of the row: a state (`MX-09`) or a municipality (`MX-09015`), named as the file names it.
    private mutating func place(_ row: CSVRecord, into values: inout ValueCollector, rows: inout RowTally) -> Int32? {
        guard let stateCode = NumberSyntax.whole(row.trimmed(state), in: 1...99) else {
            rows.reject(.badStateCode(row.text(state)), line: row.line)
            return nil
        }
        guard let municipality, let municipalityName else {
            if let id = geoCache[stateCode] { return id }
            let id = values.geo(GeoCode.mexicanState(stateCode).text, name: row.text(stateName))
            geoCache[stateCode] = id
            return id
        }
        guard let code = NumberSyntax.whole(row.trimmed(municipality), in: 1000...99999) else {
            rows.reject(.badMunicipalityCode(row.text(municipality)), line: row.line)
            return nil
        }
        guard code / 1000 == stateCode else {
            rows.reject(.municipalityOutsideState(municipality: row.text(municipality), state: row.text(state)),
                        line: row.line)
            return nil
        }
        if let id = geoCache[code] { return id }
        _ = values.geo(GeoCode.mexicanState(stateCode).text, name: row.text(stateName))
        let id = values.geo(GeoCode.mexicanMunicipality(code).text, name: row.text(municipalityName))
        geoCache[code] = id
        return id
    }

    /// Reads the twelve month cells into `cells`; false (row rejected) when one is not a count.
    private mutating func readCells(_ row: CSVRecord, rows: inout RowTally) -> Bool {
        for (m, column) in monthColumns.enumerated() {
            let cell = row.trimmed(column)
            if cell.isEmpty {
                cells[m] = nil
                rows.missingCells += 1
                continue
            }
            switch NumberSyntax.count(cell) {
            case .number(-1):
                cells[m] = nil
                rows.warn(.minusOne(column: Self.monthLabels[m]), line: row.line)
            case .number(let v) where v >= 0:
                cells[m] = v
            default:
                rows.reject(.badNumber(column: Self.monthLabels[m], text: row.text(column)), line: row.line)
                return false
            }
        }
        return true
    }
}
