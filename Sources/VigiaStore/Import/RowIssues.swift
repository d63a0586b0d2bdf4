/// A problem with one row, by line number.
public struct RowIssue: Hashable, Sendable {
    public let line: Int
    public let problem: ImportProblem
}

/// Row problems as a report shows them: the first 20 in line order, and how many there were.
public struct RowIssues: Sendable {
    public static let shown = 20
    public private(set) var first: [RowIssue] = []
    public private(set) var count = 0

    mutating func add(_ problem: ImportProblem, line: Int) {
        count += 1
        if first.count < Self.shown { first.append(RowIssue(line: line, problem: problem)) }
    }

    /// Appends the issues of a later part of the file, renumbering its lines.
    mutating func absorb(_ later: RowIssues, lineOffset: Int) {
        for issue in later.first where first.count < Self.shown {
            first.append(RowIssue(line: issue.line + lineOffset, problem: issue.problem))
        }
        count += later.count
    }
}
