import ArgumentParser
import VigiaConfig

/// `vigia validate`: check the configuration and report every problem at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the configuration: every problem as file:line:col, exit 1 if any.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let settings = common.resolve()
        let directory = try settings.configDirectory()
        let loaded = try settings.loadConfig()
        let c = loaded.catalog
        let counts = (c.goals.count, c.indicators.count, c.targets.count, loaded.observations.count, c.decisions.count,
                      c.events.count)
        try Terminal.output(settings.language == .es
            ? "\(directory): correcto — \(counts.0) objetivos, \(counts.1) indicadores, \(counts.2) metas, \(counts.3) observaciones, \(counts.4) decisiones, \(counts.5) eventos\n"
            : "\(directory): OK — \(counts.0) goals, \(counts.1) indicators, \(counts.2) targets, \(counts.3) observations, \(counts.4) decisions, \(counts.5) events\n", settings.language)
    }
}
