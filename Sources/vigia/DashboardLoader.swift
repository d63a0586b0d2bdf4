import VigiaConfig
import VigiaCore
import VigiaStore
import VigiaTerminal

/// Loads the configuration, brings the store up to date with `Config/data/`, and evaluates the
/// figures known at a date: the same path for the snapshot, the first frame of the TUI, the
/// `--since` comparison and every live reload.
struct DashboardLoader: Sendable {
    let settings: RunSettings
    /// Only these indicators; all when empty.
    let indicators: [String]

    /// The configuration and the store, ready to evaluate.
    struct Source {
        let config: ConfigFolder
        let store: Store
    }

    var asOf: CalendarDate { settings.asOf }
    var language: Language { settings.language }

    /// For commands: configuration problems become the bad-input error with every diagnostic.
    func load() throws -> Source {
        let config = try settings.loadConfig(skippingHeld: true)
        try check(config)
        return Source(config: config, store: try settings.openSeededStore(config))
    }

    /// The dashboard with the figures (and revisions) known at `date`.
    /// Everything is evaluated, then selected: flags that compare pairs do not depend on the selection.
    func evaluate(_ source: Source, at date: CalendarDate? = nil) throws -> Dashboard {
        let date = date ?? asOf
        let dashboard: Dashboard
        do {
            let known = try source.store.dashboardFigures(knownAt: date)
            dashboard = Dashboard.evaluate(source.config.catalog, observations: known.complete, asOf: date,
                                           revisions: try source.store.revisions(knownAt: date, municipal: false),
                                           places: (try? source.store.geoNames()) ?? [:], municipal: known.municipal)
        } catch {
            throw CLIError.input(error.message(language))
        }
        return indicators.isEmpty ? dashboard : dashboard.selecting(Set(indicators))
    }

    /// The data revisions on record by the as-of date, for the "what changed" section.
    func revisions(_ source: Source) -> [Revision] {
        (try? source.store.revisions(knownAt: asOf)) ?? []
    }

    /// For live reload: the first problem only, for the banner.
    func reload() throws -> Dashboard {
        do {
            return try evaluate(load())
        } catch let error as CLIError {
            let messages = error.localized ?? LocalizedText(en: error.message, es: error.message)
            throw LoadFailure(firstProblem: LocalizedText(en: Self.first(messages.en), es: Self.first(messages.es)))
        }
    }

    /// The first line of a report of problems, and how many more follow (the last line counts them).
    static func first(_ report: String) -> String {
        let lines = report.split(separator: "\n")
        let more = lines.count > 2 ? " (+\(lines.count - 2))" : ""
        return String(lines.first ?? "") + more
    }

    private func check(_ loaded: ConfigFolder) throws {
        let known = loaded.catalog.indicators.map(\.id)
        for id in indicators where !known.contains(id) {
            throw CLIError.usage("vigia: error: unknown indicator '\(id)' (known: \(known.joined(separator: ", ")))")
        }
    }
}
