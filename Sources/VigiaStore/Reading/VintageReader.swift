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

        /// The series of municipalities (`MX-09015`), and of the other levels.
        func filter(municipal: Bool, indicator: String? = nil, within area: String? = nil) -> SeriesFilter {
            var levels = GeoLevels()
            return SeriesFilter(series.keys) { id in
                let (ind, geo) = series[id]!
                guard (levels[geo] == .municipality) == municipal else { return false }
                if let indicator, ind != indicator { return false }
                if let area { return MunicipalFigures.lies(geo, in: area) }
                return true
            }
        }

        func observation(_ figure: Figure, _ known: Version) -> Observation {
            let (indicator, geo) = series[figure.series] ?? ("", "")
            return Observation(indicator: indicator, period: figure.period, value: known.value, geo: geo,
                               source: known.source ?? batches[known.batch]?.source ?? "", note: known.note,
                               published: known.published.flatMap { CalendarDate($0) },
                               batch: batches[known.batch]?.reference, confidence: known.confidence)
        }

        /// The version in force at `limit` (the latest when nil): the latest known by then, else the
        /// first when it has no publication date of its own; nil when the figure was not yet public.
        func known(_ figure: Figure, at limit: String?) -> Version? {
            guard let limit else { return figure.versions[figure.versions.count - 1] }
            let first = figure.versions[0]
            return figure.versions.last(where: { vintage($0) <= limit }) ?? (first.published == nil ? first : nil)
        }
    }

    /// Every figure known at `date`. When the store's municipal sums are up to date, the
    /// municipal figures are left out and `municipal` receives the sums' newest batch: it makes the
    /// source that reads them when a screen shows them, as known at `date` and through that batch.
    /// Without `municipal`, every figure is read.
    static func observations(_ db: any SQLConnection, knownAt date: CalendarDate?,
                             municipal: ((_ throughBatch: Int64) -> any MunicipalSource)? = nil) throws -> StoredObservations {
        let context = try Context(db)
        let limit = date?.description
        let summed = municipal == nil ? nil : try MunicipalSums.isCurrent(db)
        var complete: [Observation] = [], partial: [Observation] = []
        try forEachFigure(db, context, summed.map { _ in context.filter(municipal: false) } ?? .all) { figure in
            guard let known = context.known(figure, at: limit) else { return }
            let o = context.observation(figure, known)
            if figure.partial { partial.append(o) } else { complete.append(o) }
        }
        guard let batch = summed else { return StoredObservations(complete: complete, partial: partial, municipal: nil) }
        let totals = try MunicipalSums.read(db, at: limit)
        return StoredObservations(complete: complete, partial: partial,
                                  municipal: MunicipalData(totals: totals, source: municipal!(batch)))
    }

    /// One indicator's municipal figures within `area` (a country or a state) known at `date`,
    /// from batches up to `throughBatch` only (what the dashboard's sums were made of), by place.
    static func municipal(_ db: any SQLConnection, indicator: String, within area: String, knownAt date: CalendarDate?,
                          throughBatch: Int64) throws -> [String: [Observation]] {
        let context = try Context(db)
        let limit = date?.description
        var result: [String: [Observation]] = [:]
        // Figures come by series: a municipality's run is gathered, then stored once (not a hash per figure).
        var run: [Observation] = []
        func store() {
            guard let geo = run.first?.geo else { return }
            result[geo, default: []].append(contentsOf: run)
            run.removeAll(keepingCapacity: true)
        }
        try forEachFigure(db, context, context.filter(municipal: true, indicator: indicator, within: area),
                          throughBatch: throughBatch) { figure in
            guard !figure.partial, let known = context.known(figure, at: limit) else { return }
            let o = context.observation(figure, known)
            if let last = run.last, last.geo != o.geo { store() }
            run.append(o)
        }
        store()
        return result
    }

    /// The municipal sums at every vintage on record: `''` (before any) and each date a municipal
    /// figure became known, each with what the reader would sum at that date. Consecutive vintages
    /// with the same sums are kept once (the reader takes the latest vintage on or before its date).
    static func municipalTotalsByVintage(_ db: any SQLConnection) throws -> [(epoch: String, totals: MunicipalTotals)] {
        let context = try Context(db)
        let filter = context.filter(municipal: true)
        guard !filter.isEmpty else { return [] }
        var figures: [Figure] = []
        var epochs: Set<String> = [""]
        try forEachFigure(db, context, filter) { figure in
            guard !figure.partial else { return }
            for v in figure.versions { epochs.insert(context.vintage(v)) }
            figures.append(figure)
        }
        // Usually each municipal figure has one version and no date of its own: every vintage then
        // sees the same figures, and one sum serves them all.
        if figures.allSatisfy({ $0.versions.count == 1 && $0.versions[0].published == nil }) { epochs = [""] }
        var result: [(epoch: String, totals: MunicipalTotals)] = []
        for epoch in epochs.sorted() {
            var builder = MunicipalTotals.Builder()
            for figure in figures {
                // '' stands before every vintage: only first versions without a date of their own.
                guard let known = context.known(figure, at: epoch) else { continue }
                builder.add(context.observation(figure, known))
            }
            let totals = builder.totals
            if result.last?.totals != totals { result.append((epoch, totals)) }
        }
        return result
    }

    static func revisions(_ db: any SQLConnection, municipal: Bool = true) throws -> [Revision] {
        let context = try Context(db)
        var result: [Revision] = []
        try forEachFigure(db, context, municipal ? .all : context.filter(municipal: false)) { figure in
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
    private static func forEachFigure(_ db: any SQLConnection, _ context: Context, _ filter: SeriesFilter = .all,
                                      throughBatch: Int64? = nil, _ body: (Figure) throws -> Void) throws {
        var figure: Figure? = nil
        func flush() throws {
            guard var f = figure else { return }
            if f.versions.count > 1 {
                f.versions.sort { (context.vintage($0), $0.batch) < (context.vintage($1), $1.batch) }
            }
            try body(f)
        }
        var versions: [Version] = []
        var conditions: [String] = [], arguments: [SQLValue] = []
        let condition = filter.condition
        if let condition {
            conditions.append(condition.sql)
            arguments += condition.arguments
        }
        if let throughBatch {
            conditions.append("batch <= ?")
            arguments.append(.integer(throughBatch))
        }
        // Too many ranges for a statement: every row comes, and the filter drops the others here.
        let filtered = condition == nil && filter.ranges != nil
        try db.forEachRow("""
            SELECT series, period, partial, value, source, note, batch, published, confidence FROM observation
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY series, period, partial, batch
            """, arguments) { row in
            let series = row.integer(0), partial = row.integer(2) != 0
            if filtered, !filter.contains(series) { return }
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
