import GRDB
import GRDBSQLite
import VigiaCore

/// Writes one parsed file as one transaction: a batch row, its places, and a new vintage for every
/// figure that is new or changed. Figures equal to the current vintage are counted, not written,
/// so re-importing a file changes nothing; a re-import that changes nothing records no batch.
struct ImportWriter {
    enum Origin: String { case `import`, seed }

    let queue: DatabaseQueue

    func write(_ parsed: ParsedFile, file: String, origin: Origin, request: ImportRequest) throws(ImportFailure) -> ImportSummary {
        var counts = (added: 0, revised: 0, unchanged: 0)
        var already = false, recorded = false, sha256 = ""
        do {
            try queue.inTransaction(.immediate) { db in
                let batch = try insertBatch(db, parsed, file: file, origin: origin, request: request)
                try saveNames(db, parsed.geoNames)
                counts = try saveValues(db, parsed.values, batch: batch)
                sha256 = try parsed.sha256.value()
                already = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE sha256 = ?)",
                                            arguments: [sha256]) ?? false
                try db.execute(sql: "UPDATE batch SET sha256 = ?, added = ?, revised = ?, unchanged = ? WHERE id = ?",
                               arguments: [sha256, counts.added, counts.revised, counts.unchanged, batch])
                recorded = !request.dryRun && !(already && counts.added == 0 && counts.revised == 0)
                return recorded ? .commit : .rollback
            }
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw ImportFailure(.database(Store.describe(error)))
        }
        return ImportSummary(file: file, format: parsed.format, sha256: sha256, encoding: parsed.encoding.rawValue,
                             rowsRead: parsed.rowsRead, rowsSkipped: parsed.rowsSkipped, rowsRejected: parsed.rowsRejected,
                             missingCells: parsed.missingCells, added: counts.added, revised: counts.revised,
                             unchanged: counts.unchanged, errors: parsed.errors, warnings: parsed.warnings,
                             alreadyImported: already, dryRun: request.dryRun, recorded: recorded)
    }

    private func insertBatch(_ db: Database, _ parsed: ParsedFile, file: String, origin: Origin,
                             request: ImportRequest) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO batch (file, sha256, format, origin, source, vintage, imported_at, rows_read, added, revised,
                               unchanged, rejected)
            VALUES (?, '', ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)
            """, arguments: [file, parsed.format.rawValue, origin.rawValue, parsed.source,
                             request.vintage.description, request.importedAt, parsed.rowsRead, parsed.rowsRejected])
        return db.lastInsertedRowID
    }

    private func saveNames(_ db: Database, _ names: [String: String]) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO geo (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name
            """)
        for (code, name) in names.sorted(by: { $0.key < $1.key }) { try statement.execute(arguments: [code, name]) }
    }

    /// Compares each figure with the current vintage of its series and period; writes the new and the changed.
    private func saveValues(_ db: Database, _ values: [ImportedValue], batch: Int64) throws
        -> (added: Int, revised: Int, unchanged: Int) {
        let series = try SeriesIndex(db, for: values)
        let current = try currentValues(db, indicators: Set(values.map(\.indicator)))
        let insert = try ObservationInserter(db, batch: batch)
        var counts = (added: 0, revised: 0, unchanged: 0)
        var periods = PeriodTexts()
        var last: (indicator: String, geo: String, id: Int64)? = nil
        for v in values {
            // Values come sorted by series: look the series up only when it changes.
            let id: Int64
            if let last, last.indicator == v.indicator, last.geo == v.geo {
                id = last.id
            } else {
                id = try series.id(db, indicator: v.indicator, geo: v.geo)
                last = (v.indicator, v.geo, id)
            }
            let period = periods.text(v.period)
            if !current.isEmpty, let old = current[CurrentKey(series: id, period: period, partial: v.partial)] {
                if Self.same(old, v.value) { counts.unchanged += 1; continue }
                counts.revised += 1
            } else {
                counts.added += 1
            }
            try insert.add(id, period, v.partial, v.value, v.source, v.note)
        }
        try insert.finish()
        return counts
    }

    /// Equal up to float noise from summing in another order (CBP pounds are also rounded first).
    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    struct CurrentKey: Hashable {
        let series: Int64
        let period: String
        let partial: Bool
    }

    /// The value in force (latest vintage) of every figure of the given indicators.
    private func currentValues(_ db: Database, indicators: Set<String>) throws -> [CurrentKey: Double] {
        guard !indicators.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: indicators.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT o.series, o.period, o.partial, o.value FROM observation o
            JOIN series s ON s.id = o.series JOIN batch b ON b.id = o.batch
            WHERE s.indicator IN (\(placeholders))
            ORDER BY b.vintage, b.id
            """, arguments: StatementArguments(indicators.sorted()))
        var current: [CurrentKey: Double] = [:]
        while let row = try rows.next() {
            current[CurrentKey(series: row[0], period: row[1], partial: row[2])] = row[3]
        }
        return current
    }
}

/// Period labels, made once per distinct period (a municipal import has 130 months and 300,000 figures).
struct PeriodTexts {
    private var cache: [Period: String] = [:]

    mutating func text(_ period: Period) -> String {
        if let text = cache[period] { return text }
        let text = period.description
        cache[period] = text
        return text
    }
}

/// Series ids by (indicator, geo), creating the missing ones.
final class SeriesIndex {
    private var ids: [String: Int64] = [:]

    init(_ db: Database, for values: [ImportedValue]) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, indicator, geo FROM series")
        while let row = try rows.next() {
            ids[Self.key(row[1], row[2])] = row[0]
        }
    }

    func id(_ db: Database, indicator: String, geo: String) throws -> Int64 {
        let key = Self.key(indicator, geo)
        if let id = ids[key] { return id }
        try db.execute(sql: "INSERT INTO series (indicator, geo) VALUES (?, ?)", arguments: [indicator, geo])
        ids[key] = db.lastInsertedRowID
        return db.lastInsertedRowID
    }

    private static func key(_ indicator: String, _ geo: String) -> String { indicator + "\u{1F}" + geo }
}

/// Observation rows written through SQLite's C interface, many rows per statement: the municipal
/// import writes 300,000 rows, and both boxing every argument (GRDB's arguments) and stepping once
/// per row cost more than SQLite's own work.
final class ObservationInserter {
    static let rowsPerStatement = 128
    private static let columns = 7
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private let single: Statement, multiple: Statement
    private var pending: [(series: Int64, period: String, partial: Int64, value: Double, source: String?, note: String?)] = []
    private let batch: Int64

    init(_ db: Database, batch: Int64) throws {
        let prefix = "INSERT INTO observation (series, period, partial, batch, value, source, note) VALUES "
        let tuple = "(?, ?, ?, ?, ?, ?, ?)"
        single = try db.makeStatement(sql: prefix + tuple)
        multiple = try db.makeStatement(sql: prefix + Array(repeating: tuple, count: Self.rowsPerStatement).joined(separator: ", "))
        self.batch = batch
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    func add(_ series: Int64, _ period: String, _ partial: Bool, _ value: Double, _ source: String?, _ note: String?) throws {
        pending.append((series, period, partial ? 1 : 0, value, source, note))
        if pending.count == Self.rowsPerStatement { try flush(multiple) }
    }

    /// Writes what is left, one row per statement.
    func finish() throws {
        let rest = pending
        pending.removeAll(keepingCapacity: true)
        for row in rest {
            pending = [row]
            try flush(single)
        }
        pending.removeAll()
    }

    private func flush(_ statement: Statement) throws {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        for (i, row) in pending.enumerated() {
            let base = Int32(i * Self.columns)
            sqlite3_bind_int64(s, base + 1, row.series)
            sqlite3_bind_text(s, base + 2, row.period, -1, Self.transient)
            sqlite3_bind_int64(s, base + 3, row.partial)
            sqlite3_bind_int64(s, base + 4, batch)
            sqlite3_bind_double(s, base + 5, row.value)
            if let source = row.source { sqlite3_bind_text(s, base + 6, source, -1, Self.transient) } else { sqlite3_bind_null(s, base + 6) }
            if let note = row.note { sqlite3_bind_text(s, base + 7, note, -1, Self.transient) } else { sqlite3_bind_null(s, base + 7) }
        }
        pending.removeAll(keepingCapacity: true)
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
        }
    }
}
