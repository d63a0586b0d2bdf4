import VigiaConfig
import VigiaCore
import VigiaTerminal

/// Loads the configuration and evaluates it at the as-of date: the same path for the snapshot,
/// the first frame of the TUI, and every live reload.
struct DashboardLoader: Sendable {
    let configDirectory: String
    let asOf: CalendarDate
    /// Only these indicators; all when empty.
    let indicators: [String]
    let language: Language

    /// For commands: configuration problems become the bad-input error with every diagnostic.
    func load() throws -> LoadedConfig {
        do {
            return try check(ConfigLoader.load(directory: configDirectory))
        } catch let error as ConfigError {
            throw CLIError.input(error.report(language))
        }
    }

    /// For live reload: the first problem only, for the banner.
    func reload() throws -> Dashboard {
        do {
            return evaluate(try check(ConfigLoader.load(directory: configDirectory)))
        } catch let error as ConfigError {
            let first = error.diagnostics.first.map { $0.formatted(language) } ?? ""
            let more = error.diagnostics.count > 1 ? " (+\(error.diagnostics.count - 1))" : ""
            throw LoadFailure(firstProblem: first + more)
        }
    }

    /// Everything is evaluated, then selected: flags that compare pairs do not depend on the selection.
    func evaluate(_ loaded: LoadedConfig, at date: CalendarDate? = nil) -> Dashboard {
        let dashboard = Dashboard.evaluate(loaded.catalog, observations: loaded.observations, asOf: date ?? asOf)
        return indicators.isEmpty ? dashboard : dashboard.selecting(Set(indicators))
    }

    private func check(_ loaded: LoadedConfig) throws -> LoadedConfig {
        let known = loaded.catalog.indicators.map(\.id)
        for id in indicators where !known.contains(id) {
            throw CLIError.usage("vigia: error: unknown indicator '\(id)' (known: \(known.joined(separator: ", ")))")
        }
        return loaded
    }
}
