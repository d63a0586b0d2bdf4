/// Row counts and a content digest of the whole store: two equal fingerprints mean equal
/// content, whichever engine holds it (values are hashed as the reader sees them).
public struct StoreFingerprint: Hashable, Sendable {
    public let observations: Int
    public let series: Int
    public let batches: Int
    public let digest: String

    /// Every table, in key order, with the columns that say what the store knows (not who
    /// imported a batch or when, which differ between two stores loaded with the same files).
    private static let tables: [(sql: String, kinds: [Kind])] = [
        ("SELECT id, file, sha256, format, origin, source, vintage, rows_read, added, revised, unchanged, rejected FROM batch ORDER BY id",
         [.integer, .text, .text, .text, .text, .text, .text, .integer, .integer, .integer, .integer, .integer]),
        ("SELECT id, indicator, geo FROM series ORDER BY id", [.integer, .text, .text]),
        ("SELECT \(ObservationColumns.list) FROM observation ORDER BY series, period, partial, batch",
         [.integer, .text, .integer, .integer, .real, .text, .text, .text, .text]),
        ("SELECT code, name FROM geo ORDER BY code", [.text, .text]),
        ("SELECT epoch, indicator, geo, period, value, parts, municipalities, confidence, source, published FROM municipal_total "
         + "ORDER BY epoch, indicator, geo, period",
         [.text, .text, .text, .text, .real, .integer, .integer, .text, .text, .text]),
        ("SELECT batch FROM municipal_total_basis", [.integer]),
    ]

    private enum Kind { case integer, real, text }

    init(_ db: any SQLConnection) throws {
        observations = Int(try db.integer("SELECT count(*) FROM observation") ?? 0)
        series = Int(try db.integer("SELECT count(*) FROM series") ?? 0)
        batches = Int(try db.integer("SELECT count(*) FROM batch") ?? 0)
        let hash = ContentHash()
        for table in Self.tables {
            try db.forEachRow(table.sql) { row in
                var line = ""
                for (column, kind) in table.kinds.enumerated() {
                    if row.isNull(column) { line += "NULL\u{1F}"; continue }
                    switch kind {
                    case .integer: line += String(row.integer(column))
                    case .real: line += "\(row.real(column))"
                    case .text: line += row.text(column) ?? ""
                    }
                    line += "\u{1F}"
                }
                line += "\n"
                Array(line.utf8).withUnsafeBytes { hash.update($0) }
            }
        }
        digest = hash.finish()
    }
}
