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
        let confidence: Confidence
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
        let reference: BatchReference
        var file: String { reference.file }
    }

    private struct Context {
        var series: [Int64: (indicator: String, geo: String)] = [:]
        var batches: [Int64: Batch] = [:]

        init(_ db: any SQLConnection) throws {
            try db.forEachRow("SELECT id, indicator, geo FROM series") { row in
                series[row.integer(0)] = (row.text(1) ?? "", row.text(2) ?? "")
            }
            try db.forEachRow("SELECT id, vintage, source, file, sha256 FROM batch") { row in
                batches[row.integer(0)] = Batch(vintage: row.text(1) ?? "", source: row.text(2) ?? "",
                                                reference: BatchReference(file: row.text(3) ?? "", sha256: row.text(4) ?? ""))
            }
        }

        func vintage(_ v: Version) -> String { v.published ?? batches[v.batch]?.vintage ?? "" }
    }

    static func observations(_ db: any SQLConnection, knownAt date: CalendarDate?) throws -> StoredObservations {
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
                                published: known.published.flatMap { CalendarDate($0) },
                                batch: context.batches[known.batch]?.reference, confidence: known.confidence)
            if figure.partial { partial.append(o) } else { complete.append(o) }
        }
        return StoredObservations(complete: complete, partial: partial)
    }

    static func revisions(_ db: any SQLConnection) throws -> [Revision] {
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

    /// Every figure with its vintages in order, streamed in primary-key order.
    ///
    /// Periods are parsed from the bytes the engine hands out, and one buffer of versions reused:
    /// at municipal scale (300,000 figures) a String and an array per figure cost more than the
    /// database's own work.
    private static func forEachFigure(_ db: any SQLConnection, _ context: Context, _ body: (Figure) throws -> Void) throws {
        var figure: Figure? = nil
        func flush() throws {
            guard var f = figure else { return }
            if f.versions.count > 1 {
                f.versions.sort { (context.vintage($0), $0.batch) < (context.vintage($1), $1.batch) }
            }
            try body(f)
        }
        var versions: [Version] = []
        try db.forEachRow("""
            SELECT series, period, partial, value, source, note, batch, published, confidence FROM observation
            ORDER BY series, period, partial, batch
            """) { row in
            let series = row.integer(0), partial = row.integer(2) != 0
            let period = row.withBytes(1) { Period(utf8: $0) }
            let version = Version(value: row.real(3), source: row.text(4), note: row.text(5),
                                  batch: row.integer(6), published: row.text(7),
                                  confidence: ObservationColumns.grade(row.text(8)))
            if let f = figure, let period, f.series == series, f.partial == partial, f.period == period {
                figure!.versions.append(version)
                return
            }
            if let f = figure { versions = f.versions }
            try flush()
            figure = nil
            guard let period else { return }
            versions.removeAll(keepingCapacity: true)
            versions.append(version)
            figure = Figure(series: series, period: period, partial: partial, versions: versions)
            versions = []
        }
        try flush()
    }
}
