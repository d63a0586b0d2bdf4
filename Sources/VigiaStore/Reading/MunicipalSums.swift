import Dispatch
import VigiaCore

/// The stored municipal sums (`municipal_total`, migration v5): written with every batch that
/// brings municipal figures, read instead of them when a dashboard opens.
enum MunicipalSums {
    /// The batch the sums include when they are current (it is the newest on record), else nil.
    static func isCurrent(_ db: any SQLConnection) throws -> Int64? {
        let basis = try db.integer("SELECT batch FROM municipal_total_basis")
        let newest = try db.integer("SELECT max(id) FROM batch") ?? 0
        return basis == newest ? newest : nil
    }

    /// A municipality's figure as a batch writes it: its key, and where it is among the batch's
    /// values (a copy of each of 300,000 values would add tens of megabytes to the import's peak).
    struct Written {
        let series: Int64
        let period: String
        let index: Int
    }

    /// Brings the sums up to date after `batch` was written in this transaction: summed again
    /// when the batch brought municipal figures or the sums were behind, else only marked current.
    /// `early`, when given, is summing `written` since before they were written.
    static func update(_ db: any SQLConnection, batch: Int64, written: [Written], of values: [ImportedValue],
                       batchSource: String, early: Early? = nil) throws {
        let current = try db.integer("SELECT batch FROM municipal_total_basis") == batch - 1
        if current, try !db.exists("SELECT 1 FROM municipal_total"),
           let first = early.map(\.sums) ?? firstSums(written, of: values, batchSource: batchSource) {
            try write(db, [("", first)])
        } else if !written.isEmpty || !current {
            try rewrite(db)
        }
        try db.execute("UPDATE municipal_total_basis SET batch = ?", [.integer(batch)])
    }

    /// The sums when the batch's municipal figures are the first on record (no sums yet, and they
    /// were current) and none has a date of its own: one version each, so every vintage sees the
    /// same figures, summed in the order the reader reads them (series, period). Saves reading
    /// back the 300,000 figures of a first municipal import; nil when it does not apply.
    private static func firstSums(_ written: [Written], of values: [ImportedValue], batchSource: String) -> MunicipalTotals? {
        guard !written.isEmpty, written.allSatisfy({ values[$0.index].published == nil }) else { return nil }
        var builder = MunicipalTotals.Builder()
        for w in written.sorted(by: { ($0.series, $0.period) < ($1.series, $1.period) }) where !values[w.index].partial {
            let v = values[w.index]
            builder.add(indicator: v.indicator, geo: v.geo, period: v.period, value: v.value, confidence: v.confidence,
                        source: v.source ?? batchSource, published: nil)
        }
        return builder.totals
    }

    /// The first sums of a batch made on another core while its figures are written (the two take
    /// about as long): started when every municipal figure of the batch is sure to be written,
    /// i.e. none of their series has a figure on record.
    final class Early: @unchecked Sendable {
        /// The municipal figures the batch writes, all of them.
        let written: [Written]
        private let done = DispatchSemaphore(value: 0)
        private var result: MunicipalTotals?

        init(_ written: [Written], of values: [ImportedValue], batchSource: String) {
            self.written = written
            DispatchQueue.global().async { [self] in
                result = MunicipalSums.firstSums(written, of: values, batchSource: batchSource)
                done.signal()
            }
        }

        /// Waits for the sums.
        var sums: MunicipalTotals? {
            done.wait()
            done.signal()
            return result
        }
    }

    /// Sums every vintage again from the figures on record, and marks them current.
    static func refresh(_ db: any SQLConnection) throws {
        try rewrite(db)
        try db.execute("UPDATE municipal_total_basis SET batch = (SELECT COALESCE(max(id), 0) FROM batch)")
    }

    private static let columns = "epoch, indicator, geo, period, value, parts, municipalities, confidence, source, published"
    private static let rowsPerStatement = 200

    private static func rewrite(_ db: any SQLConnection) throws {
        try write(db, try VintageReader.municipalTotalsByVintage(db))
    }

    private static func write(_ db: any SQLConnection, _ sums: [(epoch: String, totals: MunicipalTotals)]) throws {
        try db.execute("DELETE FROM municipal_total")
        var rows: [[SQLValue]] = []
        for (epoch, totals) in sums {
            for (indicator, t) in totals.indicators.sorted(by: { $0.key < $1.key }) {
                for (period, sum) in t.national {
                    rows.append(row(epoch, indicator, t.country, period, sum, municipalities: t.municipalities))
                }
                for (state, sums) in t.states {
                    for (period, sum) in sums { rows.append(row(epoch, indicator, state, period, sum, municipalities: 0)) }
                }
            }
        }
        let tuple = "(" + Array(repeating: "?", count: 10).joined(separator: ", ") + ")"
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(rows.count, start + rowsPerStatement)]
            try db.execute("INSERT INTO municipal_total (\(columns)) VALUES "
                           + Array(repeating: tuple, count: chunk.count).joined(separator: ", "), chunk.flatMap { $0 })
        }
    }

    private static func row(_ epoch: String, _ indicator: String, _ geo: String, _ period: Period,
                            _ sum: MunicipalTotals.Sum, municipalities: Int) -> [SQLValue] {
        [.text(epoch), .text(indicator), .text(geo), .text(period.description), .real(sum.value),
         .integer(Int64(sum.count)), .integer(Int64(municipalities)),
         ObservationColumns.stored(sum.confidence).map { .text($0) } ?? .null, .text(sum.source),
         sum.published.map { .text($0.description) } ?? .null]
    }

    /// The sums as known at `limit` (the latest vintage on or before it; the newest when nil).
    static func read(_ db: any SQLConnection, at limit: String?) throws -> MunicipalTotals {
        let epoch: [String]
        if let limit {
            epoch = try db.texts("SELECT max(epoch) FROM municipal_total WHERE epoch <= ?", [.text(limit)])
        } else {
            epoch = try db.texts("SELECT max(epoch) FROM municipal_total")
        }
        var indicators: [String: MunicipalTotals.Totals] = [:]
        try db.forEachRow("SELECT indicator, geo, period, value, parts, municipalities, confidence, source, published "
                          + "FROM municipal_total WHERE epoch = ? ORDER BY indicator, geo, period", [.text(epoch.first ?? "")]) { row in
            guard let period = row.withBytes(2, { Period(utf8: $0) }) else { return }
            let indicator = row.text(0) ?? "", geo = GeoCode(row.text(1) ?? "")
            let sum = MunicipalTotals.Sum(value: row.real(3), count: Int(row.integer(4)),
                                          confidence: ObservationColumns.grade(row.text(6)), source: row.text(7) ?? "",
                                          published: row.text(8).flatMap { CalendarDate($0) })
            if geo.isNational {
                indicators[indicator, default: .init(country: geo.text, municipalities: 0)].country = geo.text
                indicators[indicator]!.municipalities = Int(row.integer(5))
                indicators[indicator]!.national[period] = sum
            } else {
                indicators[indicator, default: .init(country: geo.country, municipalities: 0)].states[geo.text, default: [:]][period] = sum
            }
        }
        return MunicipalTotals(indicators: indicators)
    }
}
