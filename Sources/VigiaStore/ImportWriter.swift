import GRDB
import VigiaCore

/// Writes one parsed file as one transaction: a batch row, its places, and a new vintage for every
/// figure that is new or changed. Figures equal to the current vintage are counted, not written,
/// so re-importing a file changes nothing; a re-import that changes nothing records no batch.
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
                counts = try saveValues(db, parsed.values, batch: batch)
                sha256 = try parsed.sha256.value()
                already = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE sha256 = ?)",
                                            arguments: [sha256]) ?? false
                try db.execute(sql: "UPDATE batch SET sha256 = ?, added = ?, revised = ?, unchanged = ? WHERE id = ?",
                               arguments: [sha256, counts.added, counts.revised, counts.unchanged, batch])
                recorded = !request.dryRun && !(already && counts.added == 0 && counts.revised == 0)
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

    /// Compares each figure with the current vintage of its series and period; writes the new and the changed.
    private func saveValues(_ db: Database, _ values: [ImportedValue], batch: Int64) throws
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
            if !current.isEmpty, let old = current[CurrentKey(series: id, period: period, partial: v.partial)] {
                if Self.same(old, v.value) { counts.unchanged += 1; continue }
                counts.revised += 1
            } else {
                counts.added += 1
            }
            try insert.add(id, period, v.partial, v.value, v.source, v.note)
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

    /// The value in force (latest vintage) of every figure of the given indicators.
    private func currentValues(_ db: Database, indicators: Set<String>) throws -> [CurrentKey: Double] {
        guard !indicators.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: indicators.count).joined(separator: ", ")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT o.series, o.period, o.partial, o.value FROM observation o
            JOIN series s ON s.id = o.series JOIN batch b ON b.id = o.batch
            WHERE s.indicator IN (\(placeholders))
            ORDER BY b.vintage, b.id
            """, arguments: StatementArguments(indicators.sorted()))
        var current: [CurrentKey: Double] = [:]
        while let row = try rows.next() {
            current[CurrentKey(series: row[0], period: row[1], partial: row[2])] = row[3]
        }
        return current
    }
}
