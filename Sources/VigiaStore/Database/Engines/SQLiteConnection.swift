import GRDB
import GRDBSQLite

/// A GRDB database seen as a `SQLConnection`; rows are stepped through SQLite's C interface (at
/// the municipal scale a GRDB row per figure costs more than SQLite's own work).
final class SQLiteConnection: SQLConnection {
    let db: Database

    init(_ db: Database) { self.db = db }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        try db.execute(sql: sql, arguments: Self.arguments(arguments))
    }

    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(Self.arguments(arguments))
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
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

    private static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .integer(let i): i
            case .real(let d): d
            case .text(let s): s
            case .null: nil
            }
        })
    }

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
