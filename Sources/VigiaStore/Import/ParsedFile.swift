import VigiaCore

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
