#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VigiaCore

/// One long CSV, `indicator,period,value[,geo][,source][,note][,published][,confidence]`, read with the CSV
/// scanner and checked row by row against the indicators it names: the figures it gives, and every
/// problem with its line and column. The one reader of the format: the data files of
/// `Config/data/` (`BundledData`, what `vigia validate` runs) and `vigia import --format csv`
/// (`LongCSVImport`) both go through it, so a file that validates in one imports in the other.
///
/// Fields are read as bytes (periods, numbers, places and dates never become strings to be
/// parsed), and what repeats from row to row (the indicator, the source, the publication date) is
/// looked up once: a data file can hold a million rows.
struct LongCSVFile {
    static let requiredColumns = ["indicator", "period", "value"]
    static let columns = ["indicator", "period", "value", "geo", "source", "note", "published", "confidence"]

    /// As diagnostics name the file.
    let file: String
    /// The figures, in row order, with the line each row starts on and what makes it one figure
    /// (three arrays of one length: the figures go on to the store as they are).
    private(set) var observations: [Observation] = []
    private(set) var lines: [Int] = []
    private(set) var keys: [FigureKey] = []
    /// The problems found in the file's rows, in the order found (`DataDiagnostic.ordered` sorts them).
    fileprivate(set) var problems: [DataDiagnostic] = []
    /// False when the file is no usable table (empty, an unusable header, a quote never closed).
    fileprivate(set) var readable = false
    /// Data records (lines after the header, blank lines excepted).
    fileprivate(set) var recordCount = 0
    /// Records whose value is empty: missing figures, not errors.
    fileprivate(set) var emptyValues = 0
    fileprivate(set) var encoding = TextEncoding.utf8
    /// The last record ends the file without a line break and is short of fields: the file was cut.
    fileprivate(set) var truncated: (expected: Int, found: Int, line: Int)?

    /// Reads the file at `path`. Unreadable or binary (a NUL byte) throws.
    /// - Parameter utf8Only: any byte that is not UTF-8 makes the whole file one problem, "not valid
    ///   UTF-8" (the configuration's data files must be UTF-8); otherwise the encoding is detected,
    ///   as for the official formats.
    /// - Parameter keys: shared by files read together, whose figures are compared (`FigureChecks`).
    static func read(path: String, file: String, indicators: KnownIndicators, utf8Only: Bool,
                     keys: FigureKeys = FigureKeys()) throws(ImportFailure) -> LongCSVFile {
        let scanner = try CSVScanner(path: path)
        var reader = RowReader(file: LongCSVFile(file: file), indicators: indicators, keys: keys)
        reader.file.reserve(bytes: scanner.fileSize)
        reader.file.encoding = scanner.encoding
        do {
            while let record = try scanner.next() {
                if utf8Only, !Self.isUTF8(record.bytes) {
                    var notUTF8 = LongCSVFile(file: file)
                    notUTF8.problems = [DataDiagnostic(.input(.notUTF8), at: SourceLocation(file: file))]
                    return notUTF8
                }
                reader.take(record)
            }
        } catch let failure where failure.problem == .unterminatedQuote {
            let (line, column) = scanner.openQuote ?? (failure.line ?? 0, 1)
            reader.openQuote = SourceLocation(file: file, line: line, column: column)
        }
        return reader.finish()
    }

    /// Takes out the rows at `rows` (the second rows of figures given twice).
    mutating func removeRows(_ rows: Set<Int>) {
        let kept = observations.indices.filter { !rows.contains($0) }
        (observations, lines, keys) = (kept.map { observations[$0] }, kept.map { lines[$0] }, kept.map { keys[$0] })
    }

    /// Room for the rows a file of this size holds (rows of 40 bytes or more): the arrays of a
    /// million figures are not copied over and over as they grow.
    fileprivate mutating func reserve(bytes: Int) {
        let rows = bytes / 40
        observations.reserveCapacity(rows)
        lines.reserveCapacity(rows)
        keys.reserveCapacity(rows)
    }

    fileprivate mutating func append(_ observation: Observation, line: Int, key: FigureKey) {
        observations.append(observation)
        lines.append(line)
        keys.append(key)
    }

    private static func isUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        TextEncoding.isASCII(bytes) || TextEncoding.isValidUTF8(bytes, allowTruncatedEnd: false)
    }
}

/// The columns of a long CSV's header: where each is, by name.
private struct Columns {
    let indicator: Int, period: Int, value: Int
    let geo: Int?, source: Int?, note: Int?, published: Int?, confidence: Int?
    let count: Int

    init(_ index: [String: Int], count: Int) {
        (indicator, period, value) = (index["indicator"]!, index["period"]!, index["value"]!)
        (geo, source, note, published) = (index["geo"], index["source"], index["note"], index["published"])
        confidence = index["confidence"]
        self.count = count
    }
}

/// An indicator id as rows write it, and what its rows need of the indicator, resolved once: rows
/// of one indicator usually follow each other. A class, so the row loop holds one reference
/// rather than copies of every field of an `Indicator`.
private final class ResolvedIndicator {
    let bytes: [UInt8]
    let id: String
    let number: Int32
    let isKnown: Bool
    let frequency: Frequency?
    /// Where a row without a place is: the indicator's nation.
    let nation: (number: Int32, code: String)?
    /// Estimates and projections of population are published before their year ends.
    let checksPublication: Bool
    private let indicator: Indicator?

    init(bytes: [UInt8], id: String, indicator: Indicator?, number: Int32, keys: FigureKeys, populations: Set<String>) {
        (self.bytes, self.id, self.number, self.indicator) = (bytes, id, number, indicator)
        isKnown = indicator != nil
        frequency = indicator?.frequency
        nation = indicator.map { keys.place(GeoCode.national($0.country).text) }
        checksPublication = indicator != nil && !populations.contains(id)
    }

    func endDate(of period: Period) -> CalendarDate? { indicator?.endDate(of: period) }
}

/// Bytes a previous row wrote, and what they were read as: consecutive rows mostly repeat them.
private final class Remembered<Value> {
    let bytes: [UInt8]
    let value: Value

    init(_ bytes: UnsafeRawBufferPointer, _ value: Value) {
        self.bytes = Array(bytes)
        self.value = value
    }
}

/// Reads the records one at a time into a `LongCSVFile`.
private struct RowReader {
    var file: LongCSVFile
    let indicators: KnownIndicators
    let keys: FigureKeys
    private var columns: Columns?
    private var sawHeader = false
    /// Where a quoted field that the file never closes began: that record swallowed the rest of the
    /// file, and is reported as such rather than read as a row.
    var openQuote: SourceLocation?
    private var unknown = UnknownIndicatorTally()
    /// What the previous rows wrote, by their bytes: consecutive rows mostly repeat them.
    private var lastIndicator: ResolvedIndicator?
    private var lastPlace: Remembered<(number: Int32, code: String)>?
    private var lastSource: Remembered<String>?
    private var lastPublished: Remembered<CalendarDate?>?

    init(file: LongCSVFile, indicators: KnownIndicators, keys: FigureKeys) {
        self.file = file
        self.indicators = indicators
        self.keys = keys
    }

    mutating func take(_ record: CSVRecord) {
        guard sawHeader else {
            sawHeader = true
            columns = header(record)
            return
        }
        file.recordCount += 1
        guard let columns else { return }
        if !readRow(record, columns), record.count == columns.count, trimmed(record.raw(columns.value)).isEmpty {
            file.emptyValues += 1
        }
        if !record.terminated, record.count != columns.count {
            file.truncated = (columns.count, record.count, record.line)
        }
    }

    mutating func finish() -> LongCSVFile {
        if let openQuote {
            report(.unterminatedQuote, at: openQuote)
            if sawHeader { file.recordCount += 1 }
        } else if !sawHeader {
            report(.empty, at: SourceLocation(file: file.file))
        }
        if columns == nil {
            file.recordCount = 0
            file.emptyValues = 0
        } else {
            file.readable = openQuote == nil
            unknown.report(to: &file.problems)
        }
        return file
    }

    // MARK: - The header

    /// Column name → index; nil (with problems) when the header is unusable.
    private mutating func header(_ record: CSVRecord) -> Columns? {
        var index: [String: Int] = [:]
        for i in 0..<record.count {
            let name = text(record, i)
            if !LongCSVFile.columns.contains(name) {
                report(.unknownColumn(name, suggestion: Suggestion.closest(to: name, in: LongCSVFile.columns)), record, i)
            } else if index[name] != nil {
                report(.input(.duplicateKey(name)), record, i)
            } else {
                index[name] = i
            }
        }
        let missing = LongCSVFile.requiredColumns.filter { index[$0] == nil }
        for name in missing { report(.missingColumn(name), at: location(record.line, 1)) }
        return missing.isEmpty && index.count == record.count ? Columns(index, count: record.count) : nil
    }

    // MARK: - A row

    /// Adds the row's figure; false when it has none: a problem (reported), a missing value, or an
    /// indicator that is not known (counted, reported once at the end).
    private mutating func readRow(_ r: CSVRecord, _ c: Columns) -> Bool {
        guard r.count == c.count else {
            report(.fieldCount(expected: c.count, found: r.count), at: location(r.line, 1))
            return false
        }
        let indicator = resolveIndicator(r, c.indicator)

        var period = field(r, c.period) { Period(utf8: $0.assumingMemoryBound(to: UInt8.self)) }
        if period == nil {
            report(.input(.badPeriod(text(r, c.period))), r, c.period)
        } else if let frequency = indicator.frequency, period?.frequency != frequency {
            report(.input(.periodFrequency(period: text(r, c.period), expected: [frequency])), r, c.period)
            period = nil
        }

        var value: Double? = nil
        if !trimmed(r.raw(c.value)).isEmpty {
            switch field(r, c.value, { NumberSyntax.parse($0) }) {
            case .number(let n): value = n
            case .notANumber: report(.input(.notANumber(text(r, c.value))), r, c.value)
            case .notFinite: report(.input(.notFinite(text(r, c.value))), r, c.value)
            }
        }

        let geo: (number: Int32, code: String)
        if let g = c.geo, !trimmed(r.raw(g)).isEmpty {
            guard field(r, g, GeoCode.isWellFormed) else {
                report(.badGeo(text(r, g)), r, g)
                return false
            }
            geo = place(r, g)
        } else {
            // The default is the indicator's country; without a known indicator there is nothing to check.
            guard let nation = indicator.nation else { return false }
            geo = nation
        }

        var published: CalendarDate? = nil
        if let p = c.published, !trimmed(r.raw(p)).isEmpty {
            published = publishedDate(r, p)
            guard let date = published else {
                report(.input(.badDate(text(r, p))), r, p)
                return false
            }
            if indicator.checksPublication, let period, let end = indicator.endDate(of: period), date < end {
                report(.publishedBeforePeriodEnd(published: text(r, p), period: period.description,
                                                 end: end.description), r, p)
                return false
            }
        }

        // An empty grade is `high`: files written before grades existed stay valid.
        var confidence = Confidence.high
        if let k = c.confidence {
            guard let grade = Confidence(cell: text(r, k)) else {
                report(.unknownConfidence(text(r, k)), r, k)
                return false
            }
            confidence = grade
        }

        // An empty value is a missing observation: not an error, and not a data point.
        guard indicator.isKnown, let period, let value else { return false }
        let note = c.note.map { text(r, $0) } ?? ""
        let observation = Observation(indicator: indicator.id, period: period, value: value, geo: geo.code,
                                      source: source(r, c.source), note: note.isEmpty ? nil : note, published: published,
                                      confidence: confidence)
        file.append(observation, line: r.line, key: FigureKey(indicator: indicator.number, place: geo.number, period: period))
        return true
    }

    /// The row's indicator id, and the indicator when it is known; an unknown one is counted.
    private mutating func resolveIndicator(_ r: CSVRecord, _ i: Int) -> ResolvedIndicator {
        let bytes = trimmed(r.raw(i))
        let resolved: ResolvedIndicator
        if !r.isEscaped(i), let last = lastIndicator, Self.same(last.bytes, bytes) {
            resolved = last
        } else {
            let id = text(r, i)
            resolved = ResolvedIndicator(bytes: Array(bytes), id: id, indicator: indicators[id], number: keys.indicator(id),
                                         keys: keys, populations: indicators.populations)
            lastIndicator = resolved
        }
        if !resolved.isKnown { countUnknown(resolved.id, r, i) }
        return resolved
    }

    private mutating func countUnknown(_ id: String, _ r: CSVRecord, _ i: Int) {
        let name = file.file
        unknown.count(id, indicators: indicators) {
            let (line, column) = r.position(ofField: i)
            return SourceLocation(file: name, line: line, column: column)
        }
    }

    /// The row's place (checked well formed), with its number.
    private mutating func place(_ r: CSVRecord, _ column: Int) -> (number: Int32, code: String) {
        let bytes = trimmed(r.raw(column))
        if !r.isEscaped(column), let last = lastPlace, Self.same(last.bytes, bytes) { return last.value }
        let place = keys.place(text(r, column))
        lastPlace = Remembered(bytes, place)
        return place
    }

    private mutating func source(_ r: CSVRecord, _ column: Int?) -> String {
        guard let column else { return "" }
        let bytes = trimmed(r.raw(column))
        if !r.isEscaped(column), let last = lastSource, Self.same(last.bytes, bytes) { return last.value }
        let text = text(r, column)
        lastSource = Remembered(bytes, text)
        return text
    }

    private mutating func publishedDate(_ r: CSVRecord, _ column: Int) -> CalendarDate? {
        let bytes = trimmed(r.raw(column))
        if !r.isEscaped(column), let last = lastPublished, Self.same(last.bytes, bytes) { return last.value }
        let date = CalendarDate(text(r, column))
        lastPublished = Remembered(bytes, date)
        return date
    }

    // MARK: - Fields

    /// Whether a field's bytes are the ones remembered.
    private static func same(_ known: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard known.count == bytes.count else { return false }
        return known.withUnsafeBytes { $0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// A field's bytes without the spaces and tabs around it.
    private func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var a = 0, b = bytes.count
        while a < b, bytes[a] == 32 || bytes[a] == 9 { a += 1 }
        while b > a, bytes[b - 1] == 32 || bytes[b - 1] == 9 { b -= 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[a..<b])
    }

    /// A field as text: decoded, `""` unescaped, trimmed.
    private func text(_ r: CSVRecord, _ i: Int) -> String {
        let text = r.encoding.decode(trimmed(r.raw(i)))
        return r.isEscaped(i) ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    /// `body` on the field's trimmed bytes; on its text's bytes when it holds a `""`.
    private func field<T>(_ r: CSVRecord, _ i: Int, _ body: (UnsafeRawBufferPointer) -> T) -> T {
        guard r.isEscaped(i) else { return body(trimmed(r.raw(i))) }
        var text = text(r, i)
        return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    // MARK: - Problems

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file.file, line: line, column: column)
    }

    private func location(_ r: CSVRecord, _ i: Int) -> SourceLocation {
        let (line, column) = r.position(ofField: i)
        return location(line, column)
    }

    private mutating func report(_ problem: LongCSVProblem, _ r: CSVRecord, _ i: Int) {
        report(problem, at: location(r, i))
    }

    private mutating func report(_ problem: LongCSVProblem, at location: SourceLocation) {
        file.problems.append(DataDiagnostic(problem, at: location))
    }
}

/// An unknown indicator is reported once per file, at its first row, with the number of rows.
private struct UnknownIndicatorTally {
    private var first: [(id: String, problem: InputProblem, at: SourceLocation)] = []
    private var rows: [String: Int] = [:]

    mutating func count(_ id: String, indicators: KnownIndicators, at location: () -> SourceLocation) {
        if let n = rows[id] {
            rows[id] = n + 1
            return
        }
        // Declared but broken (reported in indicators.yaml), or nothing to check against: not counted.
        guard let problem = indicators.problem(for: id) else { return }
        first.append((id, problem, location()))
        rows[id] = 1
    }

    func report(to problems: inout [DataDiagnostic]) {
        for entry in first {
            let n = rows[entry.id] ?? 1
            guard n > 1, case let .unknownIndicator(id, suggestion) = entry.problem else {
                problems.append(DataDiagnostic(.input(entry.problem), at: entry.at))
                continue
            }
            problems.append(DataDiagnostic(.unknownIndicatorRows(id, suggestion: suggestion, rows: n), at: entry.at))
        }
    }
}
