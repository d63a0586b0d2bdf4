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
