import VigiaConfig
import VigiaCore
import VigiaStore

/// The configuration folder as a command uses it: its YAML, read by VigiaConfig, and its data files
/// (`data/*.csv`), read by the store's long-CSV importer as a dry run, with no database. Their
/// problems make one report, the YAML's first, every one located (`file:line:col`).
struct ConfigFolder {
    let config: LoadedConfig
    let data: BundledData

    var catalog: Catalog { config.catalog }

    /// Reads the folder; any problem, in the YAML or in a data file, is the bad-input error that
    /// lists them all. Data files `held` holds unchanged are not read (a dashboard run): they were
    /// checked when the store recorded them.
    static func load(directory: String, held: HeldFiles?, language: Language) throws -> ConfigFolder {
        let reading = ConfigLoader.read(directory: directory)
        let declared = reading.config.dataFiles.map { BundledFile(path: $0.path, name: $0.name) }
        let data = BundledData.read(declared, indicators: reading.config.dataIndicators, isHeld: { held?.holds($0) ?? false })
        guard reading.diagnostics.isEmpty, data.diagnostics.isEmpty else {
            let error = ConfigError(reading.diagnostics)
            let report = { (language: Language) in error.report(language, adding: data.diagnostics.map { $0.formatted(language) }) }
            throw CLIError.input(LocalizedText(en: report(.en), es: report(.es)), language)
        }
        return ConfigFolder(config: reading.config, data: data)
    }
}
