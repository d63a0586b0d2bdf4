import GRDB
import GRDBSQLite
import VigiaCore

/// Reads figures through their vintages.
///
/// A figure's vintages are ordered by the date they became known (its own publication date, else
/// its batch's vintage), then by import order. At an as-of date the latest vintage known by then is
/// used. Before its first recorded vintage, the first one stands in when it has no publication date
/// of its own: a batch's vintage may be only the day the file was loaded, and that first version is
/// the earliest knowledge on file. A figure with a publication date is not shown before it.
///
/// Built for the municipal scale (hundreds of thousands of figures): series, batches and period
/// labels are read once into tables, so a row costs a few integers and a float.
enum VintageReader {
    private struct Version {
        let value: Double
        let source: String?
        let note: String?
        let batch: Int64
        /// The figure's own publication date (`YYYY-MM-DD`), when the file gave one.
        let published: String?
    }

    private struct Figure {
        let series: Int64
        let period: Period
        let partial: Bool
        var versions: [Version]
    }

    private struct Batch {
        let vintage: String
        let source: String
        let file: String
    }

    private struct Context {
        var series: [Int64: (indicator: String, geo: String)] = [:]
        var batches: [Int64: Batch] = [:]

        init(_ db: Database) throws {
            for row in try Row.fetchAll(db, sql: "SELECT id, indicator, geo FROM series") {
                series[row[0]] = (row[1], row[2])
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, vintage, source, file FROM batch") {
                batches[row[0]] = Batch(vintage: row[1], source: row[2], file: row[3])
            }
        }

        func vintage(_ v: Version) -> String { v.published ?? batches[v.batch]?.vintage ?? "" }
    }

    static func observations(_ db: Database, knownAt date: CalendarDate?) throws -> StoredObservations {
        let context = try Context(db)
        let limit = date?.description
        var complete: [Observation] = [], partial: [Observation] = []
        try forEachFigure(db, context) { figure in
            let known: Version
            if let limit {
                let first = figure.versions[0]
                guard let version = figure.versions.last(where: { context.vintage($0) <= limit })
                        ?? (first.published == nil ? first : nil) else { return }
                known = version
            } else {
                known = figure.versions[figure.versions.count - 1]
            }
            let (indicator, geo) = context.series[figure.series] ?? ("", "")
            let o = Observation(indicator: indicator, period: figure.period, value: known.value, geo: geo,
                                source: known.source ?? context.batches[known.batch]?.source ?? "", note: known.note,
                                published: known.published.flatMap { CalendarDate($0) })
            if figure.partial { partial.append(o) } else { complete.append(o) }
        }
        return StoredObservations(complete: complete, partial: partial)
    }

    static func revisions(_ db: Database) throws -> [Revision] {
        let context = try Context(db)
        var result: [Revision] = []
        try forEachFigure(db, context) { figure in
            let (indicator, geo) = context.series[figure.series] ?? ("", "")
            for (old, new) in zip(figure.versions, figure.versions.dropFirst()) where !ImportWriter.same(old.value, new.value) {
                result.append(Revision(indicator: indicator, period: figure.period, geo: geo,
                                       previous: old.value, revised: new.value,
                                       recorded: CalendarDate(context.vintage(new)) ?? CalendarDate(year: 1970, month: 1, day: 1)!,
                                       file: context.batches[new.batch]?.file ?? ""))
            }
        }
        return result
    }

    /// Every figure with its vintages in order, streamed in primary-key order (no sort in SQLite).
    ///
    /// Rows are stepped through SQLite's C interface, periods parsed from the bytes SQLite hands
    /// out, and one buffer of versions reused: at municipal scale (300,000 figures) a GRDB row, a
    /// String and an array per figure cost more than SQLite's own work.
    private static func forEachFigure(_ db: Database, _ context: Context, _ body: (Figure) throws -> Void) throws {
        let statement = try db.makeStatement(sql: """
            SELECT series, period, partial, value, source, note, batch, published FROM observation
            ORDER BY series, period, partial, batch
            """)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var figure: Figure? = nil
        func flush() throws {
            guard var f = figure else { return }
            if f.versions.count > 1 {
                f.versions.sort { (context.vintage($0), $0.batch) < (context.vintage($1), $1.batch) }
            }
            try body(f)
        }
        var versions: [Version] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
            let series = sqlite3_column_int64(handle, 0), partial = sqlite3_column_int64(handle, 2) != 0
            let period = Period(utf8: UnsafeBufferPointer(start: sqlite3_column_text(handle, 1),
                                                           count: Int(sqlite3_column_bytes(handle, 1))))
            let version = Version(value: sqlite3_column_double(handle, 3), source: text(handle, 4), note: text(handle, 5),
                                  batch: sqlite3_column_int64(handle, 6), published: text(handle, 7))
            if let f = figure, let period, f.series == series, f.partial == partial, f.period == period {
                figure!.versions.append(version)
                continue
            }
            if let f = figure { versions = f.versions }
            try flush()
            figure = nil
            guard let period else { continue }
            versions.removeAll(keepingCapacity: true)
            versions.append(version)
            figure = Figure(series: series, period: period, partial: partial, versions: versions)
            versions = []
        }
        try flush()
    }

    /// A text column, nil when NULL.
    private static func text(_ handle: OpaquePointer, _ column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL, let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: bytes)
    }
}
