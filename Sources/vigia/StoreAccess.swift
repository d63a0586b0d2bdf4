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

    /// Imports the bundled data files not yet recorded (by content hash), dated today.
    func seed(_ store: Store, from config: LoadedConfig) throws {
        let folder = try configDirectory() + "/data"
        do {
            _ = try store.seed(config.dataFiles, vintage: today, importedAt: Clock.timestamp())
        } catch {
            throw CLIError.input(error.formatted(file: folder, language))
        }
    }
}
