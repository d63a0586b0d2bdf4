import Dispatch
import Foundation
import VigiaCore

/// Reads a file in any supported format: detects it, checks the header, drives the importer.
///
/// Large files of summing formats (the SESNSP municipal file: 3 million rows) are read as two
/// halves on two cores and the halves' sums added; the content hash runs in the time they leave. Any problem in
/// that path sends the file through the plain sequential path, which reports it with exact lines.
enum RawImport {
    /// Files at least this large are split in two.
    static let parallelThreshold = 64 << 20

    /// `hash`: the file's, when already started.
    static func parse(path: String, format requested: ImportFormat?, settings: ImportSettings,
                      parallelThreshold: Int = RawImport.parallelThreshold,
                      hash started: BackgroundHash? = nil) throws(ImportFailure) -> ParsedFile {
        let hash = started ?? BackgroundHash(path: path)
        if requested == .csv { return try LongCSVImport.parse(path: path, indicators: settings.indicators, hash: hash) }
        do throws(ImportFailure) {
            return try parse(path: path, format: requested, settings: settings, parallelThreshold: parallelThreshold, hash: hash)
        } catch {
            hash.abandon()
            throw error
        }
    }

    /// The raw formats (and the long CSV), with the hash already under way.
    private static func parse(path: String, format requested: ImportFormat?, settings: ImportSettings,
                              parallelThreshold: Int, hash: BackgroundHash) throws(ImportFailure) -> ParsedFile {
        let scanner = try CSVScanner(path: path, quotesSpanLines: false)
        guard let first = try scanner.next() else { throw ImportFailure(.empty) }
        let header = HeaderMap((0..<first.count).map { first.text($0) })
        guard let format = requested ?? header.detectFormat() else { throw ImportFailure(.unknownFormat, line: 1) }
        if format == .csv { return try LongCSVImport.parse(path: path, indicators: settings.indicators, hash: hash) }
        let rules = settings.rules.rules(for: format)
        guard !rules.isEmpty else { throw ImportFailure(.noRules(format: format.rawValue)) }
        let job = Job(path: path, format: format, header: header, rules: rules, encoding: scanner.encoding,
                      parallelThreshold: parallelThreshold)
        switch format {
        case .sesnspEstatal, .sesnspMunicipal, .sesnspVictimas: return try job.run(SESNSPImporter.self, scanner, hash)
        case .cdcVSRR: return try job.run(VSRRImporter.self, scanner, hash)
        case .cbpDrugs: return try job.run(CBPDrugsImporter.self, scanner, hash)
        case .csv: return try LongCSVImport.parse(path: path, indicators: settings.indicators, hash: hash)
        }
    }

    /// One file in one raw format.
    struct Job: Sendable {
        let path: String
        let format: ImportFormat
        let header: HeaderMap
        let rules: [ImportRule]
        let encoding: TextEncoding
        let parallelThreshold: Int

        func run<I: RawFormatImporter>(_ type: I.Type, _ scanner: CSVScanner, _ hash: BackgroundHash)
            throws(ImportFailure) -> ParsedFile {
            let importer = try I(format: format, header: header, rules: rules, encoding: encoding)
            var parts = importer.mode == .sum ? inHalves(type, hash: hash) : nil
            if parts == nil { parts = [try read(scanner, importer)] }
            let halves = parts!
            var tally = halves[0].tally
            for part in halves.dropFirst() { tally.absorb(part.tally, lineOffset: halves[0].lines) }
            let values = ValueCollector.merged(halves.map(\.values), rounding: importer.rounded) { hash.makingWay($0) }
            let name = (path as NSString).lastPathComponent
            return ParsedFile(format: format, sha256: .pending(hash), encoding: encoding,
                              source: importer.source(file: name), values: values.values,
                              geoNames: values.geoNames, rowsRead: tally.rowsRead, rowsSkipped: tally.rowsSkipped,
                              rowsRejected: tally.rowsRejected, missingCells: tally.missingCells,
                              errors: tally.errors, warnings: tally.warnings)
        }

        /// What one scanner's records gave.
        struct Part {
            var values: ValueCollector
            var tally: RowTally
            /// Lines the scanner went through, for numbering the lines of the next part.
            var lines: Int
        }

        /// Reads records to the end of the scanner's range.
        func read<I: RawFormatImporter>(_ scanner: CSVScanner, _ importer: I) throws(ImportFailure) -> Part {
            var importer = importer
            var values = ValueCollector(mode: importer.mode)
            var tally = RowTally()
            while let row = try scanner.next() {
                tally.rowsRead += 1
                if row.strayQuote {
                    tally.reject(.strayQuote, line: row.line)
                    continue
                }
                guard row.count == header.count else {
                    if !row.terminated {
                        throw ImportFailure(.truncated(expected: header.count, found: row.count), line: row.line)
                    }
                    tally.reject(.fieldCount(expected: header.count, found: row.count), line: row.line)
                    continue
                }
                importer.read(row, into: &values, tally: &tally)
            }
            importer.finish(into: &values)
            return Part(values: values, tally: tally, lines: scanner.linesRead)
        }

        /// Both halves of a large file, read at once (the hash making way for them); nil when the
        /// file is small, or the split fell inside a quoted field, or anything else went wrong (the
        /// caller then reads it whole).
        func inHalves<I: RawFormatImporter>(_ type: I.Type, hash: BackgroundHash) -> [Part]? {
            guard let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int,
                  size >= parallelThreshold, let middle = Self.lineStart(path, near: size / 2) else { return nil }
            let box = PartsBox()
            let job = self
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                let result = hash.makingWay {
                    Result { () throws(ImportFailure) -> Part in
                        let range = half == 0 ? 0..<middle : middle..<size
                        let scanner = try CSVScanner(path: job.path, range: range, encoding: job.encoding, quotesSpanLines: false)
                        if half == 0 { _ = try scanner.next() }  // the header
                        let importer = try I(format: job.format, header: job.header, rules: job.rules, encoding: job.encoding)
                        return try job.read(scanner, importer)
                    }
                }
                if half == 0 { box.first = result } else { box.second = result }
            }
            guard case .success(let a)? = box.first, case .success(let b)? = box.second else { return nil }
            return [a, b]
        }

        /// The offset just after the first line break at or after `offset`.
        static func lineStart(_ path: String, near offset: Int) -> Int? {
            guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
            defer { try? handle.close() }
            try? handle.seek(toOffset: UInt64(offset))
            guard let data = try? handle.read(upToCount: 1 << 20), let newline = data.firstIndex(of: 10) else { return nil }
            return offset + (newline - data.startIndex) + 1
        }
    }

    /// The two halves' results, each written by its own thread.
    private final class PartsBox: @unchecked Sendable {
        var first: Result<Job.Part, ImportFailure>?
        var second: Result<Job.Part, ImportFailure>?
    }
}
