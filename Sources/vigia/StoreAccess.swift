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

    /// For commands that list what is recorded (`vigia batches`): the database as it is, opened
    /// to write only when it must first be created or migrated; nothing is seeded.
    func openStoreToRead() throws -> Store {
        do {
            if let reader = try Store.reader(path: databasePath, files: []) { return reader }
        } catch {
            throw CLIError.input(error.message(language))
        }
        return try openStore()
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
        do {
            _ = try store.seed(config.data.files, vintage: today, importedAt: Clock.timestamp())
        } catch let failure where failure.problem.isReadOnlyRole {
            // An official's read-only role on a shared store: the figures on record are shown;
            // a bundled file not yet loaded waits for a steward.
            Terminal.error(language == .es
                ? "vigia: aviso: la configuración trae datos que la base de datos aún no tiene; solo lectura, se muestran los registrados (los cargará la próxima importación de un administrador de datos)"
                : "vigia: warning: the configuration brings data the database does not hold yet; read-only, showing what is on record (a steward's next import loads it)")
        } catch {
            throw CLIError.input(error.formatted(file: try configDirectory() + "/data", language))
        }
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
