import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// Issue 17, row 17: a data file the store already holds is neither read nor validated again on
/// every run; a changed one is, and `validate` (no store) reads them all.
struct HeldFilesTests {
    /// A copy of the bundled configuration, so its data files can be edited.
    private func copyOfConfig(in dir: TemporaryDirectory) throws -> String {
        let config = dir.path("Config")
        try FileManager.default.copyItem(atPath: Fixture.repo.appendingPathComponent("Config").path, toPath: config)
        return config
    }

    @Test func aSeededFileIsHeldAndSkippedUntilItChanges() throws {
        let dir = try TemporaryDirectory()
        let config = try copyOfConfig(in: dir), database = dir.path("vigia.sqlite")
        let loaded = try LoadedFolder(directory: config)
        _ = try Store(path: database).seed(loaded.dataFiles, vintage: Fixture.vintage, importedAt: "2026-11-01T00:00:00Z")

        let held = HeldFiles(databasePath: database)
        let again = try LoadedFolder(directory: config, isHeld: held.holds)
        #expect(again.dataFiles.allSatisfy { $0.held })
        #expect(again.observations.isEmpty)
        #expect(again.catalog.indicators.count == loaded.catalog.indicators.count)
        #expect(try Store.reader(path: database, files: again.dataFiles) != nil)

        // One changed file is read (and seeded) again; the others stay skipped.
        let changed = config + "/data/mx_extraditions_annual.csv"
        try (String(contentsOfFile: changed, encoding: .utf8) + "\n").write(toFile: changed, atomically: true, encoding: .utf8)
        let edited = try LoadedFolder(directory: config, isHeld: HeldFiles(databasePath: database).holds)
        #expect(edited.dataFiles.filter { !$0.held }.map(\.name) == ["data/mx_extraditions_annual.csv"])
        #expect(!edited.observations.isEmpty)
        #expect(try Store.reader(path: database, files: edited.dataFiles) == nil)
    }

    /// Skipping a held file skips its validation: only a run without a store (`validate`) reports it.
    @Test func aHeldFileIsNotValidatedAgain() throws {
        let dir = try TemporaryDirectory()
        let config = try copyOfConfig(in: dir)
        let bad = config + "/data/zz_bad.csv"
        try "indicator,period,value\nmx.homicides,20X4,1\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: LoadedFolder.Problems.self) { try LoadedFolder(directory: config) }
        let loaded = try LoadedFolder(directory: config, isHeld: { $0 == bad })
        #expect(loaded.dataFiles.first { $0.path == bad }?.held == true)
    }

    @Test func noDatabaseHoldsNothing() throws {
        let dir = try TemporaryDirectory()
        let held = HeldFiles(databasePath: dir.path("absent.sqlite"))
        #expect(!held.holds(Fixture.rawFile("sample_vsrr_soda_api_t40_4_rows.csv")))
        #expect(!FileManager.default.fileExists(atPath: dir.path("absent.sqlite")))
        #expect(!HeldFiles(databasePath: Store.inMemory).holds(Fixture.rawFile("sample_vsrr_soda_api_t40_4_rows.csv")))
    }

    /// A PostgreSQL store holds its seeded files too (a snapshot from the server then reads none of
    /// them); a database with no schema yet holds nothing.
    @Test(.enabled(if: PostgresServer.available, PostgresServer.skipped))
    func aSeededPostgreSQLDatabaseHoldsItsFiles() throws {
        let dir = try TemporaryDirectory()
        let config = try copyOfConfig(in: dir)
        #expect(!HeldFiles(databasePath: try PostgresServer.newDatabase()).holds(config + "/data/mx_extraditions_annual.csv"))
        let database = try PostgresServer.newDatabase()
        let loaded = try LoadedFolder(directory: config)
        _ = try Store(path: database).seed(loaded.dataFiles, vintage: Fixture.vintage, importedAt: "2026-11-01T00:00:00Z")
        let again = try LoadedFolder(directory: config, isHeld: HeldFiles(databasePath: database).holds)
        #expect(again.dataFiles.allSatisfy { $0.held })
        #expect(try Store.reader(path: database, files: again.dataFiles) != nil)
    }
}
