/// One import on record.
public struct ImportBatch: Sendable, Equatable {
    public let id: Int64
    public let file: String
    public let sha256: String
    public let format: String
    public let origin: String
    public let vintage: String
    public let importedAt: String
    /// The database user (PostgreSQL) or login name (SQLite) that recorded it; empty before v3.
    public let importedBy: String
    public let rowsRead: Int
    public let added: Int
    public let revised: Int
    public let unchanged: Int
    public let rejected: Int

    static func fetchAll(_ db: any SQLConnection, after id: Int64 = 0) throws -> [ImportBatch] {
        var result: [ImportBatch] = []
        try db.forEachRow("""
            SELECT id, file, sha256, format, origin, vintage, imported_at, imported_by, rows_read, added, revised,
                   unchanged, rejected
            FROM batch WHERE id > ? ORDER BY id
            """, [.integer(id)]) { row in
            result.append(ImportBatch(id: row.integer(0), file: row.text(1) ?? "", sha256: row.text(2) ?? "",
                                      format: row.text(3) ?? "", origin: row.text(4) ?? "", vintage: row.text(5) ?? "",
                                      importedAt: row.text(6) ?? "", importedBy: row.text(7) ?? "",
                                      rowsRead: Int(row.integer(8)), added: Int(row.integer(9)), revised: Int(row.integer(10)),
                                      unchanged: Int(row.integer(11)), rejected: Int(row.integer(12))))
        }
        return result
    }
}
