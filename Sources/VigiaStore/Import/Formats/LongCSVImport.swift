import Foundation
import VigiaConfig
import VigiaCore

/// The generic long CSV (`indicator,period,value[,geo][,source][,note][,published]`), read by the very
/// parser and checks that validate `Config/data/`: a file that validates there imports here. A row's
/// `published` date is its vintage; rows without one take the import's (`--vintage`, else today).
enum LongCSVImport {
    static func parse(path: String, indicators: [Indicator]) throws(ImportFailure) -> ParsedFile {
        let bytes = try FileBytes.read(path)
        let text = try decode(bytes)
        let name = (path as NSString).lastPathComponent
        let result = LongFormat.read(file: name, text: text.string, indicators: indicators)
        guard result.readable else {
            let first = result.diagnostics.first
            throw ImportFailure(.config(en: first?.problem.message(.en) ?? "unusable file",
                                        es: first?.problem.message(.es) ?? "archivo inutilizable"),
                                line: first.map { $0.location.line })
        }
        try checkNotTruncated(bytes, result)
        var errors = RowIssues()
        for d in result.diagnostics {
            errors.add(.config(en: "col \(d.location.column): " + d.problem.message(.en),
                               es: "col. \(d.location.column): " + d.problem.message(.es)), line: d.location.line)
        }
        let values = result.rows.map { row in
            let o = row.observation
            return ImportedValue(indicator: o.indicator, geo: o.geo, period: o.period, partial: false, value: o.value,
                                 source: o.source.isEmpty ? nil : o.source, note: o.note, published: o.published)
        }
        let rejected = max(0, result.recordCount - result.rows.count - result.emptyValues)
        return ParsedFile(format: .csv, sha256: .known(ContentHash.of(bytes)), encoding: text.encoding,
                          source: "long-format CSV; file \(name)", values: values, geoNames: [:],
                          rowsRead: result.recordCount, rowsSkipped: 0, rowsRejected: rejected,
                          missingCells: result.emptyValues, errors: errors, warnings: RowIssues())
    }

    /// The text of the file; a NUL byte means it is not text at all.
    private static func decode(_ bytes: [UInt8]) throws(ImportFailure) -> (string: String, encoding: TextEncoding) {
        if let nul = bytes.firstIndex(of: 0) {
            throw ImportFailure(.binary, line: bytes[..<nul].count { $0 == 10 } + 1)
        }
        return bytes.withUnsafeBytes { raw in
            let (encoding, bom) = TextEncoding.detect(raw)
            return (encoding.decode(UnsafeRawBufferPointer(rebasing: raw[bom...])), encoding)
        }
    }

    /// A last line cut short (no line break, too few fields) means the file was truncated.
    private static func checkNotTruncated(_ bytes: [UInt8], _ result: LongFormat.Result) throws(ImportFailure) {
        guard let last = bytes.last, last != 10 else { return }
        let lastLine = bytes.count { $0 == 10 } + 1
        for d in result.diagnostics where d.location.line == lastLine {
            if case .csvColumnCount(let expected, let found) = d.problem {
                throw ImportFailure(.truncated(expected: expected, found: found), line: lastLine)
            }
        }
    }
}
