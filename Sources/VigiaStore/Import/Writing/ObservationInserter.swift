import GRDB
import GRDBSQLite

/// Observation rows written through SQLite's C interface, many rows per statement: the municipal
/// import writes 300,000 rows, and both boxing every argument (GRDB's arguments) and stepping once
/// per row cost more than SQLite's own work.
final class ObservationInserter: ObservationWriting {
    static let rowsPerStatement = 128
    private static let columns = ObservationColumns.count
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private let single: Statement, multiple: Statement
    private var pending: [(series: Int64, period: String, partial: Int64, value: Double, source: String?, note: String?,
                           published: String?, confidence: String?)] = []
    private let batch: Int64

    init(_ db: Database, batch: Int64) throws {
        let prefix = "INSERT INTO observation (\(ObservationColumns.list)) VALUES "
        let tuple = "(" + Array(repeating: "?", count: Self.columns).joined(separator: ", ") + ")"
        single = try db.makeStatement(sql: prefix + tuple)
        multiple = try db.makeStatement(sql: prefix + Array(repeating: tuple, count: Self.rowsPerStatement).joined(separator: ", "))
        self.batch = batch
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    func add(_ series: Int64, _ period: String, _ partial: Bool, _ value: Double, _ source: String?, _ note: String?,
             published: String?, confidence: String?) throws {
        pending.append((series, period, partial ? 1 : 0, value, source, note, published, confidence))
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
            if let day = row.published { sqlite3_bind_text(s, base + 8, day, -1, Self.transient) } else { sqlite3_bind_null(s, base + 8) }
            if let grade = row.confidence { sqlite3_bind_text(s, base + 9, grade, -1, Self.transient) } else { sqlite3_bind_null(s, base + 9) }
        }
        pending.removeAll(keepingCapacity: true)
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
        }
    }
}
