import VigiaConfig

/// What an importer made of a file, before anything touches the database.
struct ParsedFile {
    let format: ImportFormat
    /// SHA-256 of the file's bytes; for large files still being computed on another core while
    /// the figures are written (the writer asks for it last).
    let sha256: ContentDigest
    let encoding: TextEncoding
    /// Provenance given to every figure that carries none of its own.
    let source: String
    let values: [ImportedValue]
    let geoNames: [String: String]
    /// Data rows in the file (the header and blank lines excepted).
    let rowsRead: Int
    /// Rows about categories no indicator imports.
    let rowsSkipped: Int
    /// Rows with at least one error: not imported.
    let rowsRejected: Int
    /// Cells left empty or suppressed by the source: missing, not errors.
    let missingCells: Int
    let errors: RowIssues
    let warnings: RowIssues
}

/// The shared state of a raw-format import: row counts and row problems.
struct RowTally {
    var rowsRead = 0
    var rowsSkipped = 0
    var rowsRejected = 0
    var missingCells = 0
    var errors = RowIssues()
    var warnings = RowIssues()
    private var lastRejectedLine = 0

    mutating func reject(_ problem: ImportProblem, line: Int) {
        errors.add(problem, line: line)
        if line != lastRejectedLine { rowsRejected += 1 }
        lastRejectedLine = line
    }
    mutating func warn(_ problem: ImportProblem, line: Int) { warnings.add(problem, line: line) }

    /// Adds the counts and problems of the part of the file that follows, whose lines were
    /// numbered from 1: `lineOffset` is the number of lines before it.
    mutating func absorb(_ next: RowTally, lineOffset: Int) {
        rowsRead += next.rowsRead
        rowsSkipped += next.rowsSkipped
        rowsRejected += next.rowsRejected
        missingCells += next.missingCells
        errors.absorb(next.errors, lineOffset: lineOffset)
        warnings.absorb(next.warnings, lineOffset: lineOffset)
    }
}

/// A content hash, known or on its way.
enum ContentDigest {
    case known(String)
    case pending(BackgroundHash)

    func value() throws(ImportFailure) -> String {
        switch self {
        case .known(let hex): hex
        case .pending(let hash): try hash.wait()
        }
    }
}
