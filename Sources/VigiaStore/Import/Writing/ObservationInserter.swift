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
    /// Whether every pending row is plain (kept as they come, not found by a pass before each step).
    private var pendingPlain = true
    private var texts = TextBuffer()
    private let batch: Int64

    /// A row waiting for its statement. Its texts are already in `texts`, so the row is plain data:
    /// appending it copies no string and retains nothing.
    private struct Row {
        let series: Int64, period: TextBuffer.Span, partial: Int64, value: Double
        let source: TextBuffer.Span, note: TextBuffer.Span, published: TextBuffer.Span, confidence: TextBuffer.Span

        /// Whether the row has only what every row has (the plain statement's columns).
        var isPlain: Bool { source.isNull && note.isNull && published.isNull && confidence.isNull }
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
        let row = Row(series: series, period: texts.append(period), partial: partial ? 1 : 0, value: value,
                      source: texts.append(source), note: texts.append(note), published: texts.append(published),
                      confidence: texts.append(confidence))
        pending.append(row)
        pendingPlain = pendingPlain && row.isPlain
        if pending.count == Self.rowsPerStatement {
            try flush(pendingPlain ? multiplePlain.get() : multiple.get(), plain: pendingPlain)
        }
    }

    /// Writes what is left, one row per statement.
    func finish() throws {
        for row in pending {
            bind(row, at: 0, of: single, plain: false)
            try step(single.sqliteStatement)
        }
        clear()
    }

    /// Binds the pending rows (all columns, or the plain ones) and steps once.
    private func flush(_ statement: Statement, plain: Bool) throws {
        for (i, row) in pending.enumerated() { bind(row, at: i, of: statement, plain: plain) }
        try step(statement.sqliteStatement)
        clear()
    }

    private func bind(_ row: Row, at position: Int, of statement: Statement, plain: Bool) {
        let s = statement.sqliteStatement
        let base = Int32(position) * Int32(plain ? Self.plainColumns.count : ObservationColumns.count)
        sqlite3_bind_int64(s, base + 1, row.series)
        texts.bind(s, base + 2, row.period)
        sqlite3_bind_int64(s, base + 3, row.partial)
        sqlite3_bind_int64(s, base + 4, batch)
        sqlite3_bind_double(s, base + 5, row.value)
        guard !plain else { return }
        texts.bind(s, base + 6, row.source)
        texts.bind(s, base + 7, row.note)
        texts.bind(s, base + 8, row.published)
        texts.bind(s, base + 9, row.confidence)
    }

    private func step(_ s: OpaquePointer) throws {
        let code = sqlite3_step(s)
        sqlite3_reset(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
        }
    }

    /// Forgets the rows just written; their texts' bytes are free again.
    private func clear() {
        pending.removeAll(keepingCapacity: true)
        pendingPlain = true
        texts.clear()
    }
}

/// The texts of the pending rows, copied once when a row is added, where they stay put until
/// its statement has been stepped (a Swift string's bytes are only lent for the length of a call,
/// and short strings have none of their own). Bound with `SQLITE_STATIC`: SQLite reads them in
/// place during the step. Every parameter is bound again before the next step, so no statement
/// reads a cleared buffer.
private struct TextBuffer {
    /// Where a text is in the buffer; an offset, so the buffer may move while rows wait.
    struct Span {
        let offset: Int32, count: Int32
        static let null = Span(offset: -1, count: 0)
        var isNull: Bool { offset < 0 }
    }

    private static let staticText = unsafeBitCast(0, to: sqlite3_destructor_type.self)
    private var bytes = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)
    private var capacity = 4096, used = 0

    mutating func append(_ text: String?) -> Span {
        guard var text else { return .null }
        return text.withUTF8 { utf8 in
            if used + utf8.count > capacity { grow(toHold: used + utf8.count) }
            utf8.withMemoryRebound(to: CChar.self) { source in
                if let base = source.baseAddress { (bytes + used).update(from: base, count: source.count) }
            }
            defer { used += utf8.count }
            return Span(offset: Int32(used), count: Int32(utf8.count))
        }
    }

    private mutating func grow(toHold count: Int) {
        capacity = max(count, capacity * 2)
        let larger = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        larger.update(from: bytes, count: used)
        bytes.deallocate()
        bytes = larger
    }

    func bind(_ s: OpaquePointer?, _ i: Int32, _ span: Span) {
        if span.isNull {
            sqlite3_bind_null(s, i)
        } else {
            sqlite3_bind_text(s, i, UnsafePointer(bytes + Int(span.offset)), span.count, Self.staticText)
        }
    }

    /// Every span given so far is void.
    mutating func clear() { used = 0 }

    func deallocate() { bytes.deallocate() }
}
