import ArgumentParser
import Foundation
import VigiaConfig
import VigiaCore

/// Options every command shares: where the configuration and the store are, and the language.
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

    var configDirectory: String {
        config ?? ProcessInfo.processInfo.environment["VIGIA_CONFIG"] ?? "Config"
    }

    var language: Language {
        if let lang { return lang }
        let env = ProcessInfo.processInfo.environment
        let locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        return Language(locale: locale)
    }

    /// Loads and validates the configuration; problems become the bad-input error.
    func loadConfig() throws -> LoadedConfig {
        do {
            return try ConfigLoader.load(directory: configDirectory)
        } catch {
            throw CLIError.input(error.report(language))
        }
    }

    func loadCatalog() throws -> Catalog { try loadConfig().catalog }
}

extension Language: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    /// Today in the local time zone: the only place Vigía reads the clock.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
