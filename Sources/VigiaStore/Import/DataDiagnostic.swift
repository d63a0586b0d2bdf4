import VigiaCore

/// One problem of a data file, with its place: printed as the configuration's problems are, so
/// `vigia validate` lists the YAML's and the data files' alike.
public struct DataDiagnostic: Hashable, Sendable {
    public let location: SourceLocation
    public let problem: LongCSVProblem

    public init(_ problem: LongCSVProblem, at location: SourceLocation) {
        self.location = location
        self.problem = problem
    }

    /// `file:line:col: error: message`, the form editors and CI logs understand.
    public func formatted(_ language: Language = .en) -> String {
        "\(location): error: \(problem.message(language))"
    }

    /// File by file in `files` order (the reading order), each file's in line and column order, and
    /// problems at one place in the order found.
    static func ordered(_ diagnostics: [DataDiagnostic], files: [String]) -> [DataDiagnostic] {
        let order = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        func key(_ d: (offset: Int, element: DataDiagnostic)) -> (Int, Int, Int, Int) {
            (order[d.element.location.file] ?? files.count, d.element.location.line, d.element.location.column, d.offset)
        }
        return diagnostics.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }
}
