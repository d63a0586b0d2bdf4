import GRDB

/// Row counts and a content digest of the whole store.
public struct StoreFingerprint: Hashable, Sendable {
    public let observations: Int
    public let series: Int
    public let batches: Int
    public let digest: String

    init(_ db: Database) throws {
        observations = try Int.fetchOne(db, sql: "SELECT count(*) FROM observation") ?? 0
        series = try Int.fetchOne(db, sql: "SELECT count(*) FROM series") ?? 0
        batches = try Int.fetchOne(db, sql: "SELECT count(*) FROM batch") ?? 0
        let hash = ContentHash()
        for sql in ["SELECT * FROM batch ORDER BY id", "SELECT * FROM series ORDER BY id",
                    "SELECT * FROM observation ORDER BY series, period, partial, batch", "SELECT * FROM geo ORDER BY code"] {
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() {
                Array(row.description.utf8).withUnsafeBytes { hash.update($0) }
            }
        }
        digest = hash.finish()
    }
}
