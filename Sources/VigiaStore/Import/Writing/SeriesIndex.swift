import GRDB

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
