import GRDB
import GRDBSQLite

/// A GRDB database seen as a `SQLConnection`; rows are stepped through SQLite's C interface (at
/// the municipal scale a GRDB row per figure costs more than SQLite's own work).
final class SQLiteConnection: SQLConnection {
    let db: Database

    init(_ db: Database) { self.db = db }

    /// With arguments, one statement through the statement cache: GRDB's general path reads the
    /// text as a list of statements and costs about 50,000 instructions a row in a 200-row insert.
    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        if arguments.isEmpty {
            try db.execute(sql: sql)
        } else {
            try forEachRow(sql, arguments) { _ in }
        }
    }

    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        defer { sqlite3_reset(handle) }
        try bind(arguments, to: handle)
        let row = Row(handle: handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
            try body(row)
        }
    }

    func observationWriter(batch: Int64) throws -> any ObservationWriting {
        try ObservationInserter(db, batch: batch)
    }

    func announceBatch() throws {}

    /// Binds through SQLite's C interface: GRDB's `StatementArguments` cost about 1,000
    /// instructions a value, more than SQLite's insert of a row of ten.
    private func bind(_ values: [SQLValue], to handle: OpaquePointer) throws {
        guard Int(sqlite3_bind_parameter_count(handle)) == values.count else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "\(values.count) arguments for "
                                + "\(sqlite3_bind_parameter_count(handle)) parameters")
        }
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1), code: Int32
            switch value {
            case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = sqlite3_bind_double(handle, index, v)
            case .text(let v): code = v.withCString { sqlite3_bind_text(handle, index, $0, Int32(v.utf8.count), Self.transient) }
            case .null: code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
        }
    }

    /// SQLite copies the text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private struct Row: SQLRow {
        let handle: OpaquePointer

        func isNull(_ column: Int) -> Bool { sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL }
        func integer(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }
        func real(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

        func text(_ column: Int) -> String? {
            guard !isNull(column), let bytes = sqlite3_column_text(handle, Int32(column)) else { return nil }
            return String(cString: bytes)
        }

        func withBytes<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
            let start = sqlite3_column_text(handle, Int32(column))
            return try body(UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(handle, Int32(column)))))
        }
    }
}
