import VigiaCore

/// Writes one parsed file as one transaction: a batch row, its places, and a new vintage for every
/// figure that is new or changed. A figure is dated by its own publication date when it has one,
/// else by the batch's vintage, and compared with the version in force at that date: when they
/// are equal it is counted, not written, so re-importing a file changes nothing; a re-import that
/// changes nothing records no batch. The same code writes to either engine.
struct ImportWriter {
    enum Origin: String { case `import`, seed }

    let engine: any StoreEngine

    func write(_ parsed: ParsedFile, file: String, origin: Origin, request: ImportRequest) throws(ImportFailure) -> ImportSummary {
        var counts = (added: 0, revised: 0, unchanged: 0)
        var municipal: [MunicipalSums.Written] = []
        var early: MunicipalSums.Early?
        var already = false, recorded = false, sha256 = "", user = ""
        do {
            user = try engine.user()
            try engine.write { db in
                let batch = try insertBatch(db, parsed, file: file, origin: origin, request: request, user: user)
                try saveNames(db, parsed.geoNames)
                (counts, municipal, early) = try saveValues(db, parsed.values, batch: batch, vintage: request.vintage.description,
                                                            source: parsed.source, sumsAhead: !request.dryRun)
                sha256 = try parsed.sha256.value()
                already = try db.exists("SELECT 1 FROM batch WHERE sha256 = ?", [.text(sha256)])
                try db.execute("UPDATE batch SET sha256 = ?, added = ?, revised = ?, unchanged = ? WHERE id = ?",
                               [.text(sha256), .integer(Int64(counts.added)), .integer(Int64(counts.revised)),
                                .integer(Int64(counts.unchanged)), .integer(batch)])
                // A file of no rows (a header alone) tells nothing: no batch for it.
                recorded = !request.dryRun && parsed.rowsRead > 0 && !(already && counts.added == 0 && counts.revised == 0)
                if recorded {
                    try MunicipalSums.update(db, batch: batch, written: municipal, of: parsed.values, batchSource: parsed.source,
                                             early: early)
                    try db.announceBatch()
                }
                return ((), recorded)
            }
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw ImportFailure(Store.problem(error, user: user))
        }
        return ImportSummary(file: file, format: parsed.format, sha256: sha256, encoding: parsed.encoding.rawValue,
                             rowsRead: parsed.rowsRead, rowsSkipped: parsed.rowsSkipped, rowsRejected: parsed.rowsRejected,
                             missingCells: parsed.missingCells, added: counts.added, revised: counts.revised,
                             unchanged: counts.unchanged, errors: parsed.errors, warnings: parsed.warnings,
                             alreadyImported: already, dryRun: request.dryRun, recorded: recorded)
    }

    /// The batch row, numbered `max + 1` like every id of the store.
    private func insertBatch(_ db: any SQLConnection, _ parsed: ParsedFile, file: String, origin: Origin,
                             request: ImportRequest, user: String) throws -> Int64 {
        let id = (try db.integer("SELECT max(id) FROM batch") ?? 0) + 1
        try db.execute("""
            INSERT INTO batch (id, file, sha256, format, origin, source, vintage, imported_at, imported_by, rows_read,
                               added, revised, unchanged, rejected)
            VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)
            """, [.integer(id), .text(file), .text(parsed.format.rawValue), .text(origin.rawValue), .text(parsed.source),
                  .text(request.vintage.description), .text(request.importedAt), .text(user),
                  .integer(Int64(parsed.rowsRead)), .integer(Int64(parsed.rowsRejected))])
        return id
    }

    /// Many places per statement (the municipal file names thousands).
    private func saveNames(_ db: any SQLConnection, _ names: [String: String]) throws {
        let rows = names.sorted(by: { $0.key < $1.key })
        for start in stride(from: 0, to: rows.count, by: 256) {
            let chunk = rows[start..<min(rows.count, start + 256)]
            try db.execute("INSERT INTO geo (code, name) VALUES " + Array(repeating: "(?, ?)", count: chunk.count).joined(separator: ", ")
                           + " ON CONFLICT (code) DO UPDATE SET name = excluded.name",
                           chunk.flatMap { [SQLValue.text($0.key), .text($0.value)] })
        }
    }

    /// Compares each figure with the version of its series and period in force at its date; writes
    /// the new and the changed.
    /// Also returns the municipalities' figures written, for their sums, and those sums already
    /// under way when every figure is new (`sumsAhead`: a dry run records no sums).
    private func saveValues(_ db: any SQLConnection, _ values: [ImportedValue], batch: Int64, vintage: String,
                            source: String, sumsAhead: Bool) throws
        -> ((added: Int, revised: Int, unchanged: Int), [MunicipalSums.Written], MunicipalSums.Early?) {
        let ids = try SeriesIndex(db).ids(db, for: values)
        let current = try currentValues(db, indicators: Self.indicators(of: values))
        let recorded = Set(current.keys.map(\.series))
        let early = sumsAhead ? Self.earlySums(values, ids, unless: recorded, batchSource: source) : nil
        let insert = try db.observationWriter(batch: batch)
        var counts = (added: 0, revised: 0, unchanged: 0)
        var municipal: [MunicipalSums.Written] = []
        var periods = PeriodTexts()
        var levels = GeoLevels()
        var onRecord = SeriesRuns(recorded)
        for index in values.indices {
            let v = values[index], id = ids[index], period = periods.text(v.period)
            let published = v.published?.description
            let grade = ObservationColumns.stored(v.confidence)
            let key = CurrentKey(series: id, period: period, partial: v.partial)
            if onRecord.contains(id), let latest = current[key] {
                let dated = published ?? vintage
                // Usually the figure is dated on or after every version on record (a release of today);
                // a publication date can fall before them, and is compared with the one in force then.
                let versions = dated >= latest.vintage ? [latest] : try Self.versions(db, key)
                if let before = versions.last(where: { $0.vintage <= dated }) {
                    // A new grade for the same value is written (the reader shows it) and counted as a revision.
                    if Self.same(before.value, v.value), before.confidence == grade { counts.unchanged += 1; continue }
                    counts.revised += 1
                } else {
                    // Public before every version on record: written, so `--as-of` finds it from its
                    // date; a revision only when the value differs from the first one on record.
                    if Self.same(versions[0].value, v.value), versions[0].confidence == grade {
                        counts.unchanged += 1
                    } else {
                        counts.revised += 1
                    }
                }
            } else {
                counts.added += 1
            }
            if early == nil, levels[v.geo] == .municipality {
                municipal.append(MunicipalSums.Written(series: id, period: period, index: index))
            }
            try insert.add(id, period, v.partial, v.value, v.source, v.note, published: published, confidence: grade)
        }
        try insert.finish()
        return (counts, early?.written ?? municipal, early)
    }

    /// The indicators of the values, which come sorted by indicator.
    private static func indicators(of values: [ImportedValue]) -> Set<String> {
        var result: Set<String> = []
        var last: String?
        for v in values where v.indicator != last {
            result.insert(v.indicator)
            last = v.indicator
        }
        return result
    }

    /// The sums of a batch's municipal figures, started on another core, when every one of them
    /// will be written: none of their series has a figure on record (`recorded`). Nil otherwise,
    /// or when the batch brings no municipal figure.
    private static func earlySums(_ values: [ImportedValue], _ ids: [Int64], unless recorded: Set<Int64>,
                                  batchSource: String) -> MunicipalSums.Early? {
        var periods = PeriodTexts(), levels = GeoLevels(), onRecord = SeriesRuns(recorded)
        var written: [MunicipalSums.Written] = []
        for index in values.indices where levels[values[index].geo] == .municipality {
            if onRecord.contains(ids[index]) { return nil }
            written.append(MunicipalSums.Written(series: ids[index], period: periods.text(values[index].period), index: index))
        }
        return written.isEmpty ? nil : MunicipalSums.Early(written, of: values, batchSource: batchSource)
    }

    /// Whether a series has figures on record, asked once per run: the values come sorted by series.
    private struct SeriesRuns {
        let recorded: Set<Int64>
        private var last: (series: Int64, recorded: Bool)?

        init(_ recorded: Set<Int64>) { self.recorded = recorded }

        mutating func contains(_ series: Int64) -> Bool {
            if let last, last.series == series { return last.recorded }
            let answer = !recorded.isEmpty && recorded.contains(series)
            last = (series, answer)
            return answer
        }
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
        /// The grade as stored (nil is `high`).
        let confidence: String?
    }

    /// The latest version (by vintage, then import order) of every figure of the given indicators.
    /// Picked while reading, not sorted by the database: a municipal indicator has hundreds of
    /// thousands of versions, and sorting them was most of a later import's writing time.
    private func currentValues(_ db: any SQLConnection, indicators: Set<String>) throws -> [CurrentKey: Version] {
        guard !indicators.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: indicators.count).joined(separator: ", ")
        var current: [CurrentKey: (version: Version, batch: Int64)] = [:]
        try db.forEachRow("""
            SELECT o.series, o.period, o.partial, o.value, COALESCE(o.published, b.vintage) AS dated, o.confidence, o.batch
            FROM observation o JOIN series s ON s.id = o.series JOIN batch b ON b.id = o.batch
            WHERE s.indicator IN (\(placeholders))
            """, indicators.sorted().map { .text($0) }) { row in
            let key = CurrentKey(series: row.integer(0), period: row.text(1) ?? "", partial: row.integer(2) != 0)
            let version = Version(value: row.real(3), vintage: row.text(4) ?? "", confidence: row.text(5)), batch = row.integer(6)
            if let i = current.index(forKey: key) {
                let held = current.values[i]
                if (version.vintage, batch) > (held.version.vintage, held.batch) { current.values[i] = (version, batch) }
            } else {
                current[key] = (version, batch)
            }
        }
        return current.mapValues(\.version)
    }

    /// Every version of one figure, in vintage order.
    private static func versions(_ db: any SQLConnection, _ key: CurrentKey) throws -> [Version] {
        var result: [Version] = []
        try db.forEachRow("""
            SELECT o.value, COALESCE(o.published, b.vintage) AS dated, o.confidence FROM observation o JOIN batch b ON b.id = o.batch
            WHERE o.series = ? AND o.period = ? AND o.partial = ?
            ORDER BY dated, b.id
            """, [.integer(key.series), .text(key.period), .integer(key.partial ? 1 : 0)]) { row in
            result.append(Version(value: row.real(0), vintage: row.text(1) ?? "", confidence: row.text(2)))
        }
        return result
    }
}
