import Foundation
import VigiaCore

/// `vigia import --format csv`: the long CSV (`indicator,period,value[,geo][,source][,note][,published]`),
/// read by the very reader and checks that validate `Config/data/` (`LongCSVFile`): a file that
/// validates there imports here. A row's `published` date is its vintage; rows without one take the
/// import's (`--vintage`, else today). The content hash runs alongside, as for the official formats.
enum LongCSVImport {
    /// `hash`: the file's, under way; abandoned when the import fails.
    static func parse(path: String, indicators: [Indicator], hash: BackgroundHash) throws(ImportFailure) -> ParsedFile {
        do throws(ImportFailure) {
            return try read(path: path, indicators: indicators, hash: hash)
        } catch {
            hash.abandon()
            throw error
        }
    }

    private static func read(path: String, indicators: [Indicator], hash: BackgroundHash) throws(ImportFailure) -> ParsedFile {
        let name = (path as NSString).lastPathComponent
        var files = [try LongCSVFile.read(path: path, file: name, indicators: KnownIndicators(indicators), utf8Only: false)]
        let duplicates = FigureChecks.unique(&files)
        let file = files[0]
        let problems = DataDiagnostic.ordered(file.problems + duplicates, files: [name])
        guard file.readable else {
            let first = problems.first
            throw ImportFailure(.longCSV(first?.problem ?? .empty, column: nil), line: first.map { $0.location.line })
        }
        if let cut = file.truncated {
            throw ImportFailure(.truncated(expected: cut.expected, found: cut.found), line: cut.line)
        }
        var errors = RowIssues()
        for d in problems { errors.add(.longCSV(d.problem, column: d.location.column), line: d.location.line) }
        let values = file.observations.map { o in
            ImportedValue(indicator: o.indicator, geo: o.geo, period: o.period, partial: false, value: o.value,
                          source: o.source.isEmpty ? nil : o.source, note: o.note, published: o.published,
                          confidence: o.confidence)
        }
        let rejected = max(0, file.recordCount - file.observations.count - file.emptyValues)
        return ParsedFile(format: .csv, sha256: .pending(hash), encoding: file.encoding,
                          source: "long-format CSV; file \(name)", values: values, geoNames: [:],
                          rowsRead: file.recordCount, rowsSkipped: 0, rowsRejected: rejected,
                          missingCells: file.emptyValues, errors: errors, warnings: RowIssues())
    }
}
