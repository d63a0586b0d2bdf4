/// Series ids by (indicator, geo), creating the missing ones as `max + 1` (the same numbering on
/// either engine; writes are serialised, so no other import takes the id meanwhile).
final class SeriesIndex {
    private static let rowsPerStatement = 256
    private var ids: [String: Int64] = [:]
    private var next: Int64 = 1

    init(_ connection: any SQLConnection) throws {
        try connection.forEachRow("SELECT id, indicator, geo FROM series") { row in
            let id = row.integer(0)
            ids[Self.key(row.text(1) ?? "", row.text(2) ?? "")] = id
            next = max(next, id + 1)
        }
    }

    /// The series id of every value, in order; the new series are written first, many per
    /// statement (the municipal file brings thousands, and a round trip each is what a server
    /// charges most for; on PostgreSQL it would also break the observations' COPY into pieces).
    func ids(_ connection: any SQLConnection, for values: [ImportedValue]) throws -> [Int64] {
        var result: [Int64] = []
        result.reserveCapacity(values.count)
        var created: [SQLValue] = []
        var last: (indicator: String, geo: String, id: Int64)? = nil
        for v in values {
            // Values come sorted by series: look the series up only when it changes.
            if let last, last.indicator == v.indicator, last.geo == v.geo {
                result.append(last.id)
                continue
            }
            let key = Self.key(v.indicator, v.geo)
            let id: Int64
            if let known = ids[key] {
                id = known
            } else {
                id = next
                next += 1
                ids[key] = id
                created += [.integer(id), .text(v.indicator), .text(v.geo)]
            }
            last = (v.indicator, v.geo, id)
            result.append(id)
        }
        try Self.insert(connection, created)
        return result
    }

    private static func insert(_ connection: any SQLConnection, _ values: [SQLValue]) throws {
        var start = 0
        while start < values.count {
            let end = min(values.count, start + 3 * rowsPerStatement)
            let tuples = Array(repeating: "(?, ?, ?)", count: (end - start) / 3).joined(separator: ", ")
            try connection.execute("INSERT INTO series (id, indicator, geo) VALUES " + tuples, Array(values[start..<end]))
            start = end
        }
    }

    private static func key(_ indicator: String, _ geo: String) -> String { indicator + "\u{1F}" + geo }
}
