/// Series ids by (indicator, geo), creating the missing ones as `max + 1` (the same numbering on
/// either engine; writes are serialised, so no other import takes the id meanwhile).
final class SeriesIndex {
    private var ids: [String: Int64] = [:]
    private var next: Int64 = 1

    init(_ connection: any SQLConnection) throws {
        try connection.forEachRow("SELECT id, indicator, geo FROM series") { row in
            let id = row.integer(0)
            ids[Self.key(row.text(1) ?? "", row.text(2) ?? "")] = id
            next = max(next, id + 1)
        }
    }

    func id(_ connection: any SQLConnection, indicator: String, geo: String) throws -> Int64 {
        let key = Self.key(indicator, geo)
        if let id = ids[key] { return id }
        let id = next
        try connection.execute("INSERT INTO series (id, indicator, geo) VALUES (?, ?, ?)", [.integer(id), .text(indicator), .text(geo)])
        ids[key] = id
        next += 1
        return id
    }

    private static func key(_ indicator: String, _ geo: String) -> String { indicator + "\u{1F}" + geo }
}
