import ArgumentParser
import Foundation
import VigiaCore
import VigiaStore

/// Options every command shares: where the configuration and the store are, the language and
/// the as-of date. A command resolves them once, at the start of its run (`resolve()`), and
/// passes the result down.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Config directory (default: $VIGIA_CONFIG or ./Config).")
    var config: String?

    @Option(name: .long, help: "SQLite database (default: $VIGIA_DB or ./data/vigia.sqlite; ':memory:' allowed).")
    var db: String?

    @Option(name: .long, help: "Language: en or es (default from LANG).")
    var lang: Language?

    // Shared here, not declared per command: ArgumentParser lets a parent command's option take
    // the value when a subcommand declares one of the same name.
    @Option(name: .customLong("as-of"), help: "Assess as of this date (YYYY-MM-DD); later periods are ignored (default: today).")
    var asOf: CalendarDate?

    /// What these options come to for this run; the clock is read here.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> RunSettings {
        let today = Clock.today()
        return RunSettings(language: language(environment), today: today, asOf: asOf ?? today,
                           configDirectory: config ?? environment["VIGIA_CONFIG"] ?? "Config",
                           databasePath: Store.path(option: db, environment: environment))
    }

    private func language(_ environment: [String: String]) -> Language {
        if let lang { return lang }
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        return Language(locale: locale)
    }
}
