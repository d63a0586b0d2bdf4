import VigiaCore

/// One official CSV layout. The driver (`RawImport`) owns the file, the header, the field count
/// check, truncation and the counts; an importer only says what a row means.
protocol RawFormatImporter {
    /// Normalized header names the layout must have.
    static func requiredColumns(_ format: ImportFormat) -> [String]

    init(format: ImportFormat, header: HeaderMap, rules: [ImportRule], encoding: TextEncoding) throws(ImportFailure)

    /// Reads the current record: adds its figures to `values` or records why not in `tally`.
    mutating func read(_ row: CSVRecord, into values: inout ValueCollector, tally: inout RowTally)

    /// Provenance of the batch, for figures that carry none of their own.
    func source(file: String) -> String

    var mode: ValueCollector.Mode { get }

    /// Figures as the source publishes them (CBP: pounds to two decimals).
    func rounded(_ value: Double) -> Double

    /// Called once at the end, for importers that tally before adding.
    mutating func finish(into values: inout ValueCollector)
}

extension RawFormatImporter {
    func rounded(_ value: Double) -> Double { value }
    mutating func finish(into values: inout ValueCollector) {}
}
