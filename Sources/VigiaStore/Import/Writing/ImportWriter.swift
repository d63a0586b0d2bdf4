import GRDB
import VigiaCore

/// Writes one parsed file as one transaction: a batch row, its places, and a new vintage for every
/// figure that is new or changed. A figure is dated by its own publication date when it has one,
/// else by the batch's vintage, and compared with the version in force at that date: when they
/// are equal it is counted, not written, so re-importing a file changes nothing; a re-import that
/// changes nothing records no batch.
struct ImportWriter {
    enum Origin: String { case `import`, seed }

    let queue: DatabaseQueue

    func write(_ parsed: ParsedFile, file: String, origin: Origin, request: ImportRequest) throws(ImportFailure) -> ImportSummary {
        var counts = (added: 0, revised: 0, unchanged: 0)
        var already = false, recorded = false, sha256 = ""
        do {
            try queue.inTransaction(.immediate) { db in
                let batch = try insertBatch(db, parsed, file: file, origin: origin, request: request)
                try saveNames(db, parsed.geoNames)
                counts = try saveValues(db, parsed.values, batch: batch, vintage: request.vintage.description)
                sha256 = try parsed.sha256.value()
                already = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE sha256 = ?)",
                                            arguments: [sha256]) ?? false
                try db.execute(sql: "UPDATE batch SET sha256 = ?, added = ?, revised = ?, unchanged = ? WHERE id = ?",
                               arguments: [sha256, counts.added, counts.revised, counts.unchanged, batch])
                // A file of no rows (a header alone) tells nothing: no batch for it.
                recorded = !request.dryRun && parsed.rowsRead > 0 && !(already && counts.added == 0 && counts.revised == 0)
                return recorded ? .commit : .rollback
            }
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw ImportFailure(.database(Store.describe(error)))
        }
        return ImportSummary(file: file, format: parsed.format, sha256: sha256, encoding: parsed.encoding.rawValue,
                             rowsRead: parsed.rowsRead, rowsSkipped: parsed.rowsSkipped, rowsRejected: parsed.rowsRejected,
                             missingCells: parsed.missingCells, added: counts.added, revised: counts.revised,
                             unchanged: counts.unchanged, errors: parsed.errors, warnings: parsed.warnings,
                             alreadyImported: already, dryRun: request.dryRun, recorded: recorded)
    }

    private func insertBatch(_ db: Database, _ parsed: ParsedFile, file: String, origin: Origin,
                             request: ImportRequest) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO batch (file, sha256, format, origin, source, vintage, imported_at, rows_read, added, revised,
                               unchanged, rejected)
            VALUES (?, '', ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)
            """, arguments: [file, parsed.format.rawValue, origin.rawValue, parsed.source,
                             request.vintage.description, request.importedAt, parsed.rowsRead, parsed.rowsRejected])
        return db.lastInsertedRowID
    }

    private func saveNames(_ db: Database, _ names: [String: String]) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO geo (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name
            """)
        for (code, name) in names.sorted(by: { $0.key < $1.key }) { try statement.execute(arguments: [code, name]) }
    }

    /// Compares each figure with the version of its series and period in force at its date; writes
    /// the new and the changed.
    private func saveValues(_ db: Database, _ values: [ImportedValue], batch: Int64, vintage: String) throws
        -> (added: Int, revised: Int, unchanged: Int) {
        let series = try SeriesIndex(db, for: values)
        let current = try currentValues(db, indicators: Set(values.map(\.indicator)))
        let insert = try ObservationInserter(db, batch: batch)
        var counts = (added: 0, revised: 0, unchanged: 0)
        var periods = PeriodTexts()
        var last: (indicator: String, geo: String, id: Int64)? = nil
        for v in values {
            // Values come sorted by series: look the series up only when it changes.
            let id: Int64
            if let last, last.indicator == v.indicator, last.geo == v.geo {
                id = last.id
            } else {
                id = try series.id(db, indicator: v.indicator, geo: v.geo)
                last = (v.indicator, v.geo, id)
            }
            let period = periods.text(v.period)
            let key = CurrentKey(series: id, period: period, partial: v.partial)
            let published = v.published?.description
            if !current.isEmpty, let latest = current[key] {
                let dated = published ?? vintage
                // Usually the figure is dated on or after every version on record (a release of today);
                // a publication date can fall before them, and is compared with the one in force then.
                let versions = dated >= latest.vintage ? [latest] : try Self.versions(db, key)
                if let before = versions.last(where: { $0.vintage <= dated }) {
                    if Self.same(before.value, v.value) { counts.unchanged += 1; continue }
                    counts.revised += 1
                } else {
                    // Public before every version on record: written, so `--as-of` finds it from its
                    // date; a revision only when the value differs from the first one on record.
                    if Self.same(versions[0].value, v.value) { counts.unchanged += 1 } else { counts.revised += 1 }
                }
            } else {
                counts.added += 1
            }
            try insert.add(id, period, v.partial, v.value, v.source, v.note, published: published)
        }
        try insert.finish()
        return counts
    }

    /// Equal up to float noise from summing in another order (CBP pounds are also rounded first).
    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    struct CurrentKey: Hashable {
        let series: Int64
        let period: String
        let partial: Bool
    }

    struct Version {
        let value: Double
        /// The figure's publication date, else its batch's vintage (`YYYY-MM-DD`, so text order is date order).
        let vintage: String
    }

    /// The latest version (by vintage, then import order) of every figure of the given indicators.
    private func currentValues(_ db: Database, indicators: Set<String>) throws -> [CurrentKey: Version] {
        guard !indicators.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: indicators.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT o.series, o.period, o.partial, o.value, COALESCE(o.published, b.vintage) AS dated FROM observation o
            JOIN series s ON s.id = o.series JOIN batch b ON b.id = o.batch
            WHERE s.indicator IN (\(placeholders))
            ORDER BY dated, b.id
            """, arguments: StatementArguments(indicators.sorted()))
        var current: [CurrentKey: Version] = [:]
        while let row = try rows.next() {
            current[CurrentKey(series: row[0], period: row[1], partial: row[2])] = Version(value: row[3], vintage: row[4])
        }
        return current
    }

    /// Every version of one figure, in vintage order.
    private static func versions(_ db: Database, _ key: CurrentKey) throws -> [Version] {
        try Row.fetchAll(db, sql: """
            SELECT o.value, COALESCE(o.published, b.vintage) AS dated FROM observation o JOIN batch b ON b.id = o.batch
            WHERE o.series = ? AND o.period = ? AND o.partial = ?
            ORDER BY dated, b.id
            """, arguments: [key.series, key.period, key.partial]).map { Version(value: $0[0], vintage: $0[1]) }
    }
}
