import GRDB
import VigiaCore

/// Reads figures through their vintages.
///
/// A figure's vintages are ordered by the date they became known, then by import order. At an
/// as-of date the latest vintage known by then is used. Before its first recorded vintage, the
/// first one stands in: it is the earliest knowledge on file, and showing nothing would be worse.
enum VintageReader {
    private struct Version {
        let value: Double
        let source: String
        let note: String?
        let vintage: String
        let batch: Int64
        let file: String
    }

    private struct Figure {
        let indicator: String
        let geo: String
        let period: Period
        let partial: Bool
        var versions: [Version]
    }

    static func observations(_ db: Database, knownAt date: CalendarDate?) throws -> StoredObservations {
        let limit = date?.description
        var complete: [Observation] = [], partial: [Observation] = []
        try forEachFigure(db) { figure in
            let known = limit.flatMap { l in figure.versions.last { $0.vintage <= l } } ?? (limit == nil ? figure.versions.last! : figure.versions[0])
            let o = Observation(indicator: figure.indicator, period: figure.period, value: known.value, geo: figure.geo,
                                source: known.source, note: known.note)
            if figure.partial { partial.append(o) } else { complete.append(o) }
        }
        return StoredObservations(complete: complete, partial: partial)
    }

    static func revisions(_ db: Database) throws -> [ObservationRevision] {
        var result: [ObservationRevision] = []
        try forEachFigure(db) { figure in
            for (old, new) in zip(figure.versions, figure.versions.dropFirst()) where !ImportWriter.same(old.value, new.value) {
                result.append(ObservationRevision(indicator: figure.indicator, period: figure.period, geo: figure.geo,
                                                  oldValue: old.value, newValue: new.value,
                                                  revisedOn: CalendarDate(new.vintage) ?? CalendarDate(year: 1970, month: 1, day: 1)!,
                                                  file: new.file))
            }
        }
        return result
    }

    /// Every figure with its vintages in order, streamed in primary-key order (no sort in SQLite).
    private static func forEachFigure(_ db: Database, _ body: (Figure) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.indicator, s.geo, o.period, o.partial, o.value, COALESCE(o.source, b.source), o.note,
                   b.vintage, b.id, b.file, o.series
            FROM observation o JOIN series s ON s.id = o.series JOIN batch b ON b.id = o.batch
            ORDER BY o.series, o.period, o.partial, o.batch
            """)
        var figure: Figure? = nil
        var figureKey: (Int64, String, Bool)? = nil
        func flush() throws {
            guard var f = figure else { return }
            f.versions.sort { ($0.vintage, $0.batch) < ($1.vintage, $1.batch) }
            try body(f)
        }
        while let row = try rows.next() {
            let key: (Int64, String, Bool) = (row[10], row[2], row[3])
            let version = Version(value: row[4], source: row[5], note: row[6], vintage: row[7], batch: row[8], file: row[9])
            if let k = figureKey, k == key {
                figure!.versions.append(version)
                continue
            }
            try flush()
            guard let period = Period(key.1) else { figure = nil; figureKey = nil; continue }
            figure = Figure(indicator: row[0], geo: row[1], period: period, partial: key.2, versions: [version])
            figureKey = key
        }
        try flush()
    }
}
