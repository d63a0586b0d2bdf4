import VigiaCore

/// One `data/*.csv` file in the long format `indicator,period,value[,geo][,source][,note][,published]`.
struct DataFile {
    static let requiredColumns = ["indicator", "period", "value"]
    static let columns = ["indicator", "period", "value", "geo", "source", "note", "published"]

    /// A parsed row and where it stood, for duplicate detection across files.
    struct Row {
        let observation: Observation
        let location: SourceLocation
    }

    var rows: [Row] = []
    /// False when the file cannot be read as a table at all (empty, unusable header, open quote at the end).
    var readable = false
    /// Data records (lines after the header, blank lines excepted).
    var recordCount = 0
    /// Records whose value is empty: missing figures, not errors.
    var emptyValues = 0

    /// Reads the records as the table hands them out, one at a time, and keeps only the rows.
    /// The last record is held back one step: when the file ends inside a quoted field, that
    /// record swallowed the rest of the file and is reported as such, not read as a row.
    init(file: String, text: String, indicators: KnownIndicators, log: DiagnosticLog) {
        var columns: [String: Int]? = nil, sawHeader = false, pending: CSVTable.Record? = nil
        var unknown = UnknownIndicatorTally(), strings = StringPool()
        func take(_ record: CSVTable.Record) {
            guard sawHeader else {
                sawHeader = true
                columns = Self.columns(record, file: file, log: log)
                return
            }
            recordCount += 1
            guard let columns else { return }
            if let row = Self.row(record, columns: columns, file: file, indicators: indicators, unknown: &unknown,
                                  strings: &strings, log: log) {
                rows.append(row)
            } else if record.fields.count == columns.count, let v = columns["value"],
                      record.fields[v].text.trimmingWhitespace().isEmpty {
                emptyValues += 1
            }
        }
        let open = CSVTable.scan(text) { record in
            if let previous = pending { take(previous) }
            pending = record
        }
        if let (line, column) = open {
            log.report(.csvUnterminatedQuote, at: SourceLocation(file: file, line: line, column: column))
            if pending != nil, sawHeader { recordCount += 1 }
        } else if let last = pending {
            take(last)
        }
        if !sawHeader, open == nil { log.report(.csvEmpty, at: SourceLocation(file: file)) }
        guard columns != nil else {
            recordCount = 0
            emptyValues = 0
            return
        }
        readable = open == nil
        unknown.report(to: log)
    }

    /// Column name → index; nil (with diagnostics) when the header is unusable.
    private static func columns(_ header: CSVTable.Record, file: String, log: DiagnosticLog) -> [String: Int]? {
        var index: [String: Int] = [:]
        for (i, field) in header.fields.enumerated() {
            let name = field.text.trimmingWhitespace()
            let at = SourceLocation(file: file, line: field.line, column: field.column)
            if !columns.contains(name) {
                log.report(.csvUnknownColumn(name, suggestion: Suggestion.closest(to: name, in: columns)), at: at)
            } else if index[name] != nil {
                log.report(.duplicateKey(name), at: at)
            } else {
                index[name] = i
            }
        }
        let missing = requiredColumns.filter { index[$0] == nil }
        for name in missing { log.report(.csvMissingColumn(name), at: SourceLocation(file: file, line: header.line, column: 1)) }
        return missing.isEmpty && index.count == header.fields.count ? index : nil
    }

    private static func row(_ record: CSVTable.Record, columns: [String: Int], file: String,
                            indicators: KnownIndicators, unknown: inout UnknownIndicatorTally,
                            strings: inout StringPool, log: DiagnosticLog) -> Row? {
        func at(_ field: CSVTable.Field?) -> SourceLocation {
            SourceLocation(file: file, line: field?.line ?? record.line, column: field?.column ?? 1)
        }
        guard record.fields.count == columns.count else {
            log.report(.csvColumnCount(expected: columns.count, found: record.fields.count), at: at(nil))
            return nil
        }
        func field(_ name: String) -> CSVTable.Field? { columns[name].map { record.fields[$0] } }
        func text(_ name: String) -> String { field(name)?.text.trimmingWhitespace() ?? "" }

        let id = text("indicator")
        let indicator = indicators[id]
        if let problem = indicators.problem(for: id) {
            unknown.count(id, problem: problem, at: at(field("indicator")))
        }
        var period = Period(text("period"))
        if period == nil {
            log.report(.badPeriod(text("period")), at: at(field("period")))
        } else if let indicator, period?.frequency != indicator.frequency {
            log.report(.periodFrequency(period: text("period"), expected: [indicator.frequency]), at: at(field("period")))
            period = nil
        }
        let rawValue = text("value")
        var value: Double? = nil
        if !rawValue.isEmpty {
            switch NumberSyntax.parse(rawValue) {
            case .number(let n): value = n
            case .notANumber: log.report(.notANumber(rawValue), at: at(field("value")))
            case .notFinite: log.report(.notFinite(rawValue), at: at(field("value")))
            }
        }
        var geo = text("geo")
        if geo.isEmpty {
            // The default is the indicator's country; without a known indicator there is nothing to check.
            guard let indicator else { return nil }
            geo = GeoCode.national(indicator.country).text
        }
        if GeoCode(checking: geo) == nil {
            log.report(.badGeo(geo), at: at(field("geo")))
            return nil
        }
        var published: CalendarDate? = nil
        let rawPublished = text("published")
        if !rawPublished.isEmpty {
            published = CalendarDate(rawPublished)
            if published == nil {
                log.report(.badDate(rawPublished), at: at(field("published")))
                return nil
            }
            if let indicator, let period, let date = published, date < Self.end(of: period, indicator),
               !indicators.populations.contains(indicator.id) {
                log.report(.publishedBeforePeriodEnd(published: rawPublished, period: period.description,
                                                     end: Self.end(of: period, indicator).description),
                           at: at(field("published")))
                return nil
            }
        }
        // An empty value is a missing observation: not an error, and not a data point.
        guard let indicator, let period, let value else { return nil }
        let note = text("note")
        let observation = Observation(indicator: indicator.id, period: period, value: value, geo: strings.shared(geo),
                                      source: strings.shared(text("source")), note: note.isEmpty ? nil : note,
                                      published: published)
        return Row(observation: observation, location: at(nil))
    }

    /// The last day of `period` for `indicator`: a fiscal year (`fiscal_year_start`) ends in the
    /// month before the one it starts in, in the year that labels it (CBP FY2024: 2024-09-30).
    static func end(of period: Period, _ indicator: Indicator) -> CalendarDate {
        guard period.frequency == .annual, indicator.yearStartMonth != 1 else { return period.endDate }
        return .endOfMonth(year: period.year, month: indicator.yearStartMonth - 1)
    }
}

/// One copy of each repeated text (a file's source, its places): a million rows citing one source
/// hold one string, not a million.
struct StringPool {
    private var pool: [String: String] = [:]

    mutating func shared(_ text: String) -> String {
        if let known = pool[text] { return known }
        pool[text] = text
        return text
    }
}

/// An unknown indicator is reported once per file, at its first row, with the number of rows.
struct UnknownIndicatorTally {
    private var first: [(id: String, problem: ConfigProblem, at: SourceLocation)] = []
    private var rows: [String: Int] = [:]

    mutating func count(_ id: String, problem: ConfigProblem, at location: SourceLocation) {
        if rows[id] == nil { first.append((id, problem, location)) }
        rows[id, default: 0] += 1
    }

    func report(to log: DiagnosticLog) {
        for entry in first {
            let n = rows[entry.id] ?? 1
            guard n > 1, case let .unknownIndicator(id, suggestion) = entry.problem else {
                log.report(entry.problem, at: entry.at)
                continue
            }
            log.report(.unknownIndicatorRows(id, suggestion: suggestion, rows: n), at: entry.at)
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs. Most cells have none: they are returned as
    /// they are, after a look at two bytes.
    func trimmingWhitespace() -> String {
        let isBlank = { (b: UInt8) in b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        guard let first = utf8.first, let last = utf8.last, isBlank(first) || isBlank(last) else { return self }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
