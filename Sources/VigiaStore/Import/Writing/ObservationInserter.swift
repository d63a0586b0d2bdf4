import GRDB
import GRDBSQLite

/// Observation rows written through SQLite's C interface, many rows per statement: the municipal
/// import writes 300,000 rows, and both boxing every argument (GRDB's arguments) and stepping once
/// per row cost more than SQLite's own work.
///
/// Two more savings, since SQLite's own work is now most of an import's writing time: texts are
/// bound from a buffer that outlives the step (`SQLITE_STATIC`), so SQLite does not copy each one
/// into memory of its own and free it again; and rows with no provenance, date or grade of their
/// own (every row of an official file) go through a statement that leaves those columns NULL
/// instead of binding four NULLs each.
final class ObservationInserter: ObservationWriting {
    static let rowsPerStatement = 128
    /// The columns every row has, the first five (the plain statement leaves the rest NULL).
    private static let plainColumns = Array(ObservationColumns.names.prefix(5))

    private let db: Database
    private let single: Statement
    /// Prepared at the first full statement: a statement of 128 rows takes as long to prepare as
    /// writing 1,000 rows, and most batches (the bundled files) never fill one.
    private lazy var multiple = Result { try db.makeStatement(sql: Self.insert(ObservationColumns.names, rows: Self.rowsPerStatement)) }
    private lazy var multiplePlain = Result { try db.makeStatement(sql: Self.insert(Self.plainColumns, rows: Self.rowsPerStatement)) }
    private var pending: [Row] = []
    private var texts = TextBuffer()
    private let batch: Int64

    private struct Row {
        let series: Int64, period: String, partial: Int64, value: Double
        let source: String?, note: String?, published: String?, confidence: String?

        /// Whether the row has only what every row has (the plain statement's columns).
        var isPlain: Bool { source == nil && note == nil && published == nil && confidence == nil }

        /// Bytes its texts take in the buffer.
        var textBytes: Int {
            period.utf8.count + (source?.utf8.count ?? 0) + (note?.utf8.count ?? 0) + (published?.utf8.count ?? 0)
                + (confidence?.utf8.count ?? 0)
        }
    }

    init(_ db: Database, batch: Int64) throws {
        self.db = db
        single = try db.makeStatement(sql: Self.insert(ObservationColumns.names, rows: 1))
        self.batch = batch
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    deinit { texts.deallocate() }

    private static func insert(_ columns: [String], rows: Int) -> String {
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO observation (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: tuple, count: rows).joined(separator: ", ")
    }

    func add(_ series: Int64, _ period: String, _ partial: Bool, _ value: Double, _ source: String?, _ note: String?,
             published: String?, confidence: String?) throws {
        pending.append(Row(series: series, period: period, partial: partial ? 1 : 0, value: value, source: source, note: note,
                           published: published, confidence: confidence))
        if pending.count == Self.rowsPerStatement {
            let plain = pending.allSatisfy(\.isPlain)
            try flush(plain ? multiplePlain.get() : multiple.get(), plain: plain)
        }
    }

    /// Writes what is left, one row per statement.
    func finish() throws {
        let rest = pending
        pending.removeAll(keepingCapacity: true)
        for row in rest {
            pending = [row]
            try flush(single, plain: false)
        }
        pending.removeAll()
    }

    /// Binds the pending rows (all columns, or the plain ones) and steps once.
    private func flush(_ statement: Statement, plain: Bool) throws {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        texts.clear(toHold: pending.reduce(0) { $0 + $1.textBytes })
        let columns = Int32(plain ? Self.plainColumns.count : ObservationColumns.count)
        for (i, row) in pending.enumerated() {
            let base = Int32(i) * columns
            sqlite3_bind_int64(s, base + 1, row.series)
            texts.bind(s, base + 2, row.period)
            sqlite3_bind_int64(s, base + 3, row.partial)
            sqlite3_bind_int64(s, base + 4, batch)
            sqlite3_bind_double(s, base + 5, row.value)
            if plain { continue }
            texts.bind(s, base + 6, row.source)
            texts.bind(s, base + 7, row.note)
            texts.bind(s, base + 8, row.published)
            texts.bind(s, base + 9, row.confidence)
        }
        pending.removeAll(keepingCapacity: true)
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
        }
    }
}

/// The texts of one statement's rows, copied where they stay put until the statement has been
/// stepped (a Swift string's bytes are only lent for the length of a call, and short strings have
/// none of their own). Bound with `SQLITE_STATIC`: SQLite reads them in place during the step.
/// Every parameter is bound again before the next step, so no statement reads a cleared buffer.
private struct TextBuffer {
    private static let staticText = unsafeBitCast(0, to: sqlite3_destructor_type.self)
    private var bytes = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)
    private var capacity = 4096, used = 0

    /// Empties the buffer, making room for `count` bytes in all (it never grows while texts are bound).
    mutating func clear(toHold count: Int) {
        used = 0
        guard count > capacity else { return }
        bytes.deallocate()
        capacity = max(count, capacity * 2)
        bytes = .allocate(capacity: capacity)
    }

    mutating func bind(_ s: OpaquePointer?, _ i: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(s, i)
            return
        }
        let start = bytes + used
        let count = text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { start.update(from: $0.baseAddress ?? UnsafePointer(start), count: $0.count) }
            return utf8.count
        }
        used += count
        sqlite3_bind_text(s, i, UnsafePointer(start), Int32(count), Self.staticText)
    }

    func deallocate() { bytes.deallocate() }
}
