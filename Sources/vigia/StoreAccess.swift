import VigiaConfig
import VigiaCore
import VigiaStore

/// Opening the store and bringing it up to date with `Config/data/`: what every command that
/// reads figures does first.
extension RunSettings {
    func openStore() throws -> Store {
        do {
            return try Store(path: databasePath)
        } catch {
            throw CLIError.input(error.message(language))
        }
    }

    /// For commands that only read: the database as it is when it already holds every bundled
    /// file (nothing is written to it), else opened to write and seeded.
    func openSeededStore(_ config: ConfigFolder) throws -> Store {
        do {
            if let reader = try Store.reader(path: databasePath, files: config.data.files) { return reader }
        } catch {
            throw CLIError.input(error.message(language))
        }
        let store = try openStore()
        try seed(store, from: config)
        return store
    }

    /// `PRAGMA quick_check` before an import: a damaged database is an error, not a silent exit 0.
    func verify(_ store: Store) throws {
        do {
            try store.verify()
        } catch {
            throw CLIError.input(error.message(language))
        }
    }

    /// Imports the bundled data files not yet recorded (by content hash), dated today.
    func seed(_ store: Store, from config: ConfigFolder) throws {
        let folder = try configDirectory() + "/data"
        do {
            _ = try store.seed(config.data.files, vintage: today, importedAt: Clock.timestamp())
        } catch {
            throw CLIError.input(error.formatted(file: folder, language))
        }
    }
}
