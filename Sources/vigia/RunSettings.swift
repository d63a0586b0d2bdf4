import VigiaConfig
import VigiaCore
import VigiaStore

/// The common options resolved for one run: the language, the dates, and where the configuration
/// and the database are. Made once by `CommonOptions.resolve()`; everything below takes it as is.
struct RunSettings: Sendable {
    let language: Language
    /// The date the run started: the vintage of bundled files and, by default, of imports.
    let today: CalendarDate
    /// `--as-of`, else today.
    let asOf: CalendarDate
    /// Found, or not: a missing configuration is an error only for what reads it.
    let config: ConfigLocation
    let databasePath: String

    /// The configuration folder, or the error that lists every place looked.
    func configDirectory() throws -> String { try config.directory(language) }

    /// Loads and validates the configuration and its data files; problems become the bad-input error.
    /// `skippingHeld`: data files the database already holds unchanged are not read again (a
    /// dashboard run; `validate` reads them all).
    func loadConfig(skippingHeld: Bool = false) throws -> ConfigFolder {
        try ConfigFolder.load(directory: try configDirectory(),
                              held: skippingHeld ? HeldFiles(databasePath: databasePath) : nil, language: language)
    }

    func loadCatalog() throws -> Catalog { try loadConfig().catalog }
}
