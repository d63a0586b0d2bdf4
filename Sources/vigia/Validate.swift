import ArgumentParser
import VigiaConfig

/// `vigia validate`: check the configuration and its data files (the store's long-CSV importer as a
/// dry run, no database) and report every problem at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the configuration: every problem as file:line:col, exit 1 if any.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let settings = common.resolve()
        let directory = try settings.configDirectory()
        let loaded = try settings.loadConfig()
        let c = loaded.catalog
        let populationIDs = Set(c.populations.map(\.id))
        let observations = loaded.data.observations
        let estimates = observations.count { populationIDs.contains($0.indicator) }
        let targets = c.targets.count + c.placeTargets.values.reduce(0) { $0 + $1.count }
        let counts = (c.goals.count, c.indicators.count, targets, observations.count - estimates, c.decisions.count,
                      c.events.count)
        let populations = estimates == 0 ? "" : settings.language == .es
            ? ", \(estimates) estimaciones de población" : ", \(estimates) population estimates"
        try Terminal.output(settings.language == .es
            ? "\(directory): correcto — \(counts.0) objetivos, \(counts.1) indicadores, \(counts.2) metas, \(counts.3) observaciones\(populations), \(counts.4) decisiones, \(counts.5) eventos\n"
            : "\(directory): OK — \(counts.0) goals, \(counts.1) indicators, \(counts.2) targets, \(counts.3) observations\(populations), \(counts.4) decisions, \(counts.5) events\n", settings.language)
    }
}
