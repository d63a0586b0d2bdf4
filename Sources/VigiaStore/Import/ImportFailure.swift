import VigiaCore

/// A fatal import problem: nothing was written.
public struct ImportFailure: Error, Sendable {
    public let problem: ImportProblem
    /// The line it was found on, when it has one.
    public let line: Int?

    public init(_ problem: ImportProblem, line: Int? = nil) {
        self.problem = problem
        self.line = line
    }

    /// `file:line: error: message`.
    public func formatted(file: String, _ language: Language) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): error: \(problem.message(language))"
    }
}
