import GRDB

/// One import on record.
public struct ImportBatch: Sendable, FetchableRecord {
    public let id: Int64
    public let file: String
    public let sha256: String
    public let format: String
    public let origin: String
    public let vintage: String
    public let importedAt: String
    public let rowsRead: Int
    public let added: Int
    public let revised: Int
    public let unchanged: Int
    public let rejected: Int

    public init(row: Row) {
        id = row["id"]; file = row["file"]; sha256 = row["sha256"]; format = row["format"]; origin = row["origin"]
        vintage = row["vintage"]; importedAt = row["imported_at"]; rowsRead = row["rows_read"]; added = row["added"]
        revised = row["revised"]; unchanged = row["unchanged"]; rejected = row["rejected"]
    }

    static func fetchAll(_ db: Database) throws -> [ImportBatch] {
        try ImportBatch.fetchAll(db, sql: "SELECT * FROM batch ORDER BY id")
    }
}
