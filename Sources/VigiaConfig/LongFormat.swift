import VigiaCore

/// The long CSV format of `Config/data/*.csv`, read for an importer: the same parser and the same
/// checks as the configuration, so a file that validates there imports here, and vice versa.
public enum LongFormat {
    public struct Row: Sendable {
        public let observation: Observation
        public let line: Int
    }

    public struct Result: Sendable {
        /// False when the file is no usable table: the whole import must fail.
        public let readable: Bool
        public let recordCount: Int
        /// Records with an empty value: missing figures, not errors.
        public let emptyValues: Int
        public let rows: [Row]
        /// Every problem, in line order: row problems when `readable`, else why it is not.
        public let diagnostics: [Diagnostic]
    }

    public static func read(file: String, text: String, indicators: [Indicator]) -> Result {
        let log = DiagnosticLog()
        let data = DataFile(file: file, text: text, indicators: KnownIndicators(indicators), log: log)
        let unique = DataChecks.unique(data.rows, log: log)
        var lines: [FigureKey: Int] = [:]
        for row in data.rows where lines[FigureKey(row.observation)] == nil { lines[FigureKey(row.observation)] = row.location.line }
        let rows = unique.map { Row(observation: $0, line: lines[FigureKey($0)] ?? 0) }
        return Result(readable: data.readable, recordCount: data.recordCount, emptyValues: data.emptyValues, rows: rows, diagnostics: log.diagnostics)
    }
}
