import VigiaCore

/// One problem found in the configuration, with its place.
public struct Diagnostic: Hashable, Sendable {
    public let location: SourceLocation
    public let problem: ConfigProblem

    public init(_ problem: ConfigProblem, at location: SourceLocation) {
        self.location = location
        self.problem = problem
    }

    /// `file:line:col: error: message`, the form editors and CI logs understand.
    public func formatted(_ language: Language = .en) -> String {
        "\(location): error: \(problem.message(language))"
    }
}

/// Every problem of one load, reported together so a user fixes them in one pass.
public struct ConfigError: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public func formatted(_ language: Language = .en) -> String {
        diagnostics.map { $0.formatted(language) }.joined(separator: "\n")
    }

    /// Every diagnostic, then a count: what `vigia` prints on stderr.
    /// - Parameter others: problems of the same folder found by another reader, formatted alike (the
    ///   data files, read by the store's long-CSV importer): listed after these, and counted.
    public func report(_ language: Language = .en, adding others: [String] = []) -> String {
        let lines = diagnostics.map { $0.formatted(language) } + others
        let n = lines.count
        let summary = switch language {
        case .en: "\(n) \(n == 1 ? "error" : "errors") in the configuration"
        case .es: "\(n) \(n == 1 ? "error" : "errores") en la configuración"
        }
        return (lines + [summary]).joined(separator: "\n")
    }
}

/// Collects diagnostics while a file is read; readers keep going after a problem.
final class DiagnosticLog {
    private var found: [Diagnostic] = []

    /// Files in the order they were read, each file's problems in line order.
    var diagnostics: [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for d in found where fileOrder[d.location.file] == nil { fileOrder[d.location.file] = fileOrder.count }
        return found.enumerated().sorted { a, b in
            let fa = fileOrder[a.element.location.file]!, fb = fileOrder[b.element.location.file]!
            if fa != fb { return fa < fb }
            let la = a.element.location, lb = b.element.location
            return (la.line, la.column, a.offset) < (lb.line, lb.column, b.offset)
        }.map(\.element)
    }

    func report(_ problem: ConfigProblem, at location: SourceLocation) {
        found.append(Diagnostic(problem, at: location))
    }

    func report(_ problem: InputProblem, at location: SourceLocation) {
        report(.input(problem), at: location)
    }

    var isEmpty: Bool { found.isEmpty }
}
