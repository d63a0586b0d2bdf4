import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// Revisions keep every vintage; `--as-of` reads the values known at a date.
struct VintageTests {
    static func release(_ dir: TemporaryDirectory, _ name: String, january: Int, february: Int) throws -> String {
        try dir.write(name, """
            indicator,period,value,geo,source,note
            mx.homicides.crimes,2024-01,\(january),MX-09,test release,
            mx.homicides.crimes,2024-02,\(february),MX-09,test release,

            """)
    }

    @Test func aRevisionKeepsTheOldValueAndAsOfReadsWhatWasKnown() throws {
        let dir = try TemporaryDirectory()
        let store = try Fixture.store(seeded: false)
        let first = try Fixture.load(try Self.release(dir, "march.csv", january: 100, february: 90), into: store,
                                     vintage: CalendarDate("2024-03-15")!)
        #expect(first.added == 2)
        let second = try Fixture.load(try Self.release(dir, "april.csv", january: 104, february: 90), into: store,
                                      vintage: CalendarDate("2024-04-15")!)
        #expect((second.added, second.revised, second.unchanged) == (0, 1, 1))

        let revisions = try store.revisions()
        #expect(revisions == [Revision(indicator: "mx.homicides.crimes", period: .month(2024, 1), geo: "MX-09",
                                                  previous: 100, revised: 104, recorded: CalendarDate("2024-04-15")!,
                                                  file: "april.csv")])
        #expect(try store.revisions(knownAt: CalendarDate("2024-04-14")!).isEmpty)
        let january = Period.month(2024, 1)
        #expect(try store.observations(knownAt: CalendarDate("2024-03-31")!).value("mx.homicides.crimes", "MX-09", january) == 100)
        #expect(try store.observations(knownAt: CalendarDate("2024-04-15")!).value("mx.homicides.crimes", "MX-09", january) == 104)
        #expect(try store.observations(knownAt: nil).value("mx.homicides.crimes", "MX-09", january) == 104)
        // Before the first recorded vintage, the first one stands in: the earliest knowledge on file.
        #expect(try store.observations(knownAt: CalendarDate("2024-01-31")!).value("mx.homicides.crimes", "MX-09", january) == 100)
        // Both vintages stay in the database.
        #expect(try store.fingerprint().observations == 3)

        // A third release that goes back to the first value is a revision too.
        _ = try Fixture.load(try Self.release(dir, "may.csv", january: 100, february: 90), into: store,
                             vintage: CalendarDate("2024-05-15")!)
        #expect(try store.revisions().map(\.revised) == [104, 100])
    }

    @Test func seedingIsByContentHash() throws {
        let store = try Fixture.store()
        let batches = try store.batches()
        #expect(batches.count == Fixture.config.dataFiles.count)
        #expect(batches.allSatisfy { $0.origin == "seed" && $0.sha256.count == 64 })
        #expect(try store.seed(Fixture.config.dataFiles, vintage: Fixture.vintage, importedAt: "x").isEmpty)
        let stored = try store.observations(knownAt: nil)
        #expect(stored.complete.count == Fixture.config.observations.count)
        #expect(stored.complete.first { $0.indicator == "mx.homicides" }?.source.hasPrefix("SESNSP") == true)
    }

    @Test func theStoreIsCreatedWithItsFolderAndFoundByOptionEnvironmentOrDefault() throws {
        #expect(Store.path(option: "a.sqlite", environment: ["VIGIA_DB": "b.sqlite"]) == "a.sqlite")
        #expect(Store.path(option: nil, environment: ["VIGIA_DB": "b.sqlite"]) == "b.sqlite")
        #expect(Store.path(option: nil, environment: [:]) == "data/vigia.sqlite")
        let dir = try TemporaryDirectory()
        let path = dir.path("nested/folder/vigia.sqlite")
        _ = try Fixture.store(at: path)
        #expect(FileManager.default.fileExists(atPath: path))
        let reopened = try Store(path: path)
        #expect(try reopened.batches().count == Fixture.config.dataFiles.count)
        let mode = try String(contentsOfFile: path, encoding: .isoLatin1).prefix(16)
        #expect(mode.hasPrefix("SQLite format 3"))
    }

    @Test func aDatabaseThatIsNotSQLiteIsAClearError() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("not.sqlite", String(repeating: "not a database ", count: 100))
        #expect(throws: StoreError.self) { try Store(path: path) }
        do {
            _ = try Store(path: path)
        } catch {
            #expect(error.message(.en).contains("cannot open the database"))
            #expect(error.message(.es).contains("no se puede abrir la base de datos"))
        }
    }
}
