import ArgumentParser
import Foundation
import VigiaCore
import VigiaStore

/// Options every command shares: where the configuration and the store are, the language and
/// the as-of date. A command resolves them once, at the start of its run (`resolve()`), and
/// passes the result down.
struct CommonOptions: ParsableArguments {
    @Option(name: .long,
            help: ArgumentHelp("The configuration folder (default: $VIGIA_CONFIG, else the first found of ./Config, Config beside the executable, ../share/vigia/Config from it, $XDG_CONFIG_HOME/vigia).",
                               valueName: "dir"),
            completion: .directory)
    var config: String?

    @Option(name: .long,
            help: ArgumentHelp("The database: a SQLite file, created on first use; ':memory:' for a throwaway one; or a PostgreSQL server, postgres://user@host:port/dbname?sslmode=... (default: $VIGIA_DB, else ./data/vigia.sqlite when the current folder has a Config/, else $XDG_DATA_HOME/vigia/vigia.sqlite).",
                               valueName: "path-or-url"),
            completion: .file())
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Language of messages and reports (default: from LC_ALL, LC_MESSAGES or LANG).", valueName: "lang"))
    var lang: Language?

    // Shared here, not declared per command: ArgumentParser lets a parent command's option take
    // the value when a subcommand declares one of the same name.
    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Assess as of this date (YYYY-MM-DD): later periods, and figures published later, are ignored (default: today).",
                               valueName: "date"))
    var asOf: CalendarDate?

    /// `--db ''` used to fall through to the default (a throwaway one under VIGIA_DB=:memory:).
    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db must not be empty (use ':memory:' for a throwaway database)") }
    }

    /// What these options come to for this run; the clock is read here.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> RunSettings {
        let today = Clock.today()
        let places = Locations.current(environment: environment)
        return RunSettings(language: language(environment), today: today, asOf: asOf ?? today,
                           config: places.config(option: config),
                           databasePath: Store.path(option: db, environment: environment, fallback: places.defaultDatabase))
    }

    private func language(_ environment: [String: String]) -> Language {
        if let lang { return lang }
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        return Language(locale: locale)
    }
}
