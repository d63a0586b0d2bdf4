/// One row being read, valid only inside the callback that receives it. Columns by position.
protocol SQLRow {
    func isNull(_ column: Int) -> Bool
    func integer(_ column: Int) -> Int64
    func real(_ column: Int) -> Double
    /// nil when NULL.
    func text(_ column: Int) -> String?
    /// The column's UTF-8 bytes without copying them (periods are parsed from them).
    func withBytes<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T
}

/// What the store's SQL needs from a database connection, whichever engine is behind it. The
/// statements are written once, in the SQL both engines share, with `?` placeholders.
protocol SQLConnection: AnyObject {
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: (any SQLRow) throws -> Void) throws
    /// Observation rows in bulk, the fastest way the engine has (SQLite: multi-row INSERT; PostgreSQL: COPY).
    func observationWriter(batch: Int64) throws -> any ObservationWriting
    /// Tells other processes, once this transaction commits, that a batch was recorded
    /// (PostgreSQL: NOTIFY; SQLite needs nothing: readers look at the newest batch id).
    func announceBatch() throws
}

extension SQLConnection {
    func execute(_ sql: String) throws { try execute(sql, []) }

    func forEachRow(_ sql: String, _ body: (any SQLRow) throws -> Void) throws { try forEachRow(sql, [], body) }

    /// The first column of the first row; nil when there is no row or it is NULL.
    func integer(_ sql: String, _ arguments: [SQLValue] = []) throws -> Int64? {
        var result: Int64? = nil
        try forEachRow(sql, arguments) { row in if result == nil, !row.isNull(0) { result = row.integer(0) } }
        return result
    }

    func texts(_ sql: String, _ arguments: [SQLValue] = []) throws -> [String] {
        var result: [String] = []
        try forEachRow(sql, arguments) { row in result.append(row.text(0) ?? "") }
        return result
    }

    func exists(_ sql: String, _ arguments: [SQLValue] = []) throws -> Bool {
        try integer("SELECT CASE WHEN EXISTS (\(sql)) THEN 1 ELSE 0 END", arguments) == 1
    }
}

/// Writes the observation rows of one batch.
protocol ObservationWriting {
    func add(_ series: Int64, _ period: String, _ partial: Bool, _ value: Double, _ source: String?, _ note: String?,
             published: String?, confidence: String?) throws
    /// Writes what is still buffered.
    func finish() throws
}
