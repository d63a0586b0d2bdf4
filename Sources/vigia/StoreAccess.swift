import Foundation
import VigiaConfig
import VigiaCore
import VigiaStore

/// Opening the store and bringing it up to date with `Config/data/`: what every command that
/// reads figures does first.
extension CommonOptions {
    var databasePath: String { Store.path(option: db, environment: ProcessInfo.processInfo.environment) }

    func openStore() throws -> Store {
        do {
            return try Store(path: databasePath)
        } catch {
            throw CLIError.input(error.message(language))
        }
    }

    /// Imports the bundled data files not yet recorded (by content hash).
    func seed(_ store: Store, from config: LoadedConfig) throws {
        do {
            _ = try store.seed(config.dataFiles, vintage: .today(), importedAt: Clock.timestamp())
        } catch {
            throw CLIError.input(error.formatted(file: configDirectory + "/data", language))
        }
    }

    /// The figures known at `asOf`, the store seeded first.
    func storedObservations(_ config: LoadedConfig, asOf: CalendarDate) throws -> (StoredObservations, Store) {
        let store = try openStore()
        try seed(store, from: config)
        do {
            return (try store.observations(knownAt: asOf), store)
        } catch {
            throw CLIError.input(error.message(language))
        }
    }
}

/// The wall clock, read here and in `CalendarDate.today()` only.
enum Clock {
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
