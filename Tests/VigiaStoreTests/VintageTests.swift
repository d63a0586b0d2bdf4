import Foundation
import GRDB
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

    // MARK: - Publication dates

    /// The bundled indicators with one data file of the test's own, `Config/data/inegi.csv`.
    static func config(_ dir: TemporaryDirectory, data csv: String) throws -> LoadedFolder {
        let fm = FileManager.default
        let config = dir.path("Config")
        if !fm.fileExists(atPath: config) {
            try fm.createDirectory(atPath: config + "/data", withIntermediateDirectories: true)
            try fm.copyItem(atPath: Fixture.repo.appendingPathComponent("Config/indicators.yaml").path,
                            toPath: config + "/indicators.yaml")
        }
        try dir.write("Config/data/inegi.csv", csv)
        return try LoadedFolder(directory: config)
    }

    static func latest(_ store: Store, _ indicator: String, at date: String) throws -> Observation? {
        try store.observations(knownAt: CalendarDate(date)!).complete
            .filter { $0.indicator == indicator }.max { $0.period < $1.period }
    }

    @Test func bundledFiguresCountFromTheDayTheyWerePublished() throws {
        // Seeded on 2026-11-01, but each figure is dated by its `published` column.
        let store = try Fixture.store()
        // INEGI's definitive 2023 came out in October 2024, 2024 on 2025-11-10; NCHS's final 2023 in
        // December 2024, 2024 in February 2026.
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2025-03-01")?.period == .year(2023))
        #expect(try Self.latest(store, "us.overdose.final", at: "2025-03-01")?.period == .year(2023))
        let inegi = try Self.latest(store, "mx.homicides.inegi", at: "2026-06-30")
        #expect(inegi?.period == .year(2024))
        #expect(inegi?.value == 33550)
        #expect(inegi?.published == CalendarDate("2025-11-10"))
        #expect(try Self.latest(store, "us.overdose.final", at: "2026-06-30")?.period == .year(2024))
        // A dated figure is not shown before its date, even as the only version on record.
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2011-06-30") == nil)
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2011-10-31")?.period == .year(2010))
        // One version per figure: seeding records no revision.
        #expect(try store.revisions().isEmpty)
    }

    @Test func newBytesOfABundledFileWriteOnlyWhatChanged() throws {
        let dir = try TemporaryDirectory()
        let store = try Fixture.store(seeded: false)
        let first = try Self.config(dir, data: """
            indicator,period,value,geo,source,note,published
            mx.homicides.inegi,2021,35700,MX,INEGI,,
            mx.homicides.inegi,2022,33287,MX,INEGI,,2023-10-31
            mx.homicides.inegi,2023,32252,MX,INEGI,,2024-10-31

            """)
        let seeded = try #require(try store.seed(first.dataFiles, vintage: Fixture.vintage, importedAt: "x").first)
        #expect((seeded.added, seeded.revised, seeded.unchanged) == (3, 0, 0))
        // A row without a date keeps the day of loading, and stands in before it as the only knowledge on file.
        #expect(try store.observations(knownAt: CalendarDate("2022-01-31")!).value("mx.homicides.inegi", "MX", .year(2021)) == 35700)
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2024-10-30")?.period == .year(2022))

        // New bytes: 2022 revised by a later release, 2023's date corrected to an earlier day, 2024 added.
        let second = try Self.config(dir, data: """
            indicator,period,value,geo,source,note,published
            mx.homicides.inegi,2021,35700,MX,INEGI,,
            mx.homicides.inegi,2022,33300,MX,INEGI,,2024-11-15
            mx.homicides.inegi,2023,32252,MX,INEGI,,2024-10-15
            mx.homicides.inegi,2024,33550,MX,INEGI,,2025-11-10

            """)
        let again = try #require(try store.seed(second.dataFiles, vintage: CalendarDate("2026-11-20")!, importedAt: "y").first)
        #expect((again.added, again.revised, again.unchanged) == (1, 1, 2))
        // The unchanged value is no revision; the changed one is, dated by its publication.
        #expect(try store.revisions() == [Revision(indicator: "mx.homicides.inegi", period: .year(2022), geo: "MX",
                                                   previous: 33287, revised: 33300, recorded: CalendarDate("2024-11-15")!,
                                                   file: "Config/data/inegi.csv")])
        let october = try store.observations(knownAt: CalendarDate("2024-10-20")!)
        #expect(october.value("mx.homicides.inegi", "MX", .year(2023)) == 32252)
        #expect(october.value("mx.homicides.inegi", "MX", .year(2022)) == 33287)
        #expect(try store.observations(knownAt: CalendarDate("2024-11-20")!).value("mx.homicides.inegi", "MX", .year(2022)) == 33300)
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2025-06-30")?.period == .year(2023))
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2025-11-10")?.period == .year(2024))
        // The same bytes again change nothing.
        #expect(try store.seed(second.dataFiles, vintage: CalendarDate("2026-12-01")!, importedAt: "z").isEmpty)
    }

    /// Grades go to the store and come back (NULL is high), on either engine; a new grade for the
    /// same value is written as a new version and read, without counting as a change of value.
    @Test func gradesAreStoredAndReadBack() throws {
        let dir = try TemporaryDirectory()
        let store = try Fixture.store(seeded: false)
        let grades = { (medium: String, low: String) in """
            indicator,period,value,geo,source,note,published,confidence
            mx.homicides.crimes,2024-01,100,MX-09,test,,2024-02-20,\(medium)
            mx.homicides.crimes,2024-02,90,MX-09,test,,2024-03-20,\(low)
            mx.homicides.crimes,2024-03,95,MX-09,test,,2024-04-20,

            """ }
        let first = try Fixture.load(try dir.write("graded.csv", grades("medium", "low")), into: store,
                                     vintage: CalendarDate("2024-05-01")!)
        #expect((first.added, first.rowsRejected) == (3, 0))
        let read = try store.observations(knownAt: CalendarDate("2024-05-01")!).complete
            .filter { $0.geo == "MX-09" }.sorted { $0.period < $1.period }
        #expect(read.map(\.confidence) == [.medium, .low, .high])
        let second = try Fixture.load(try dir.write("regraded.csv", grades("high", "low")), into: store,
                                      vintage: CalendarDate("2024-06-01")!)
        #expect((second.added, second.revised, second.unchanged) == (0, 1, 2))
        let now = try store.observations(knownAt: nil).complete.filter { $0.geo == "MX-09" }.sorted { $0.period < $1.period }
        #expect(now.map(\.confidence) == [.high, .low, .high])
        #expect(try store.revisions().isEmpty)
    }

    @Test func aLongCSVImportDatesEachRowByItsPublishedColumn() throws {
        let dir = try TemporaryDirectory()
        let store = try Fixture.store(seeded: false)
        let path = try dir.write("release.csv", """
            indicator,period,value,geo,source,note,published
            mx.homicides.crimes,2024-01,100,MX-09,test,,2024-02-20
            mx.homicides.crimes,2024-02,90,MX-09,test,,
            mx.homicides.crimes,2024-03,95,MX-09,test,,2024-03-15

            """)
        let summary = try Fixture.load(path, into: store, vintage: CalendarDate("2024-04-10")!)
        #expect((summary.added, summary.rowsRejected) == (2, 1))
        #expect(summary.errors.first.map { "\($0.line): \($0.problem.message(.en))" } == [
            "4: col 44: published date 2024-03-15 is before the end of period 2024-03 (2024-03-31): "
                + "a figure cannot be complete before its period is over",
        ])
        let january = Period.month(2024, 1), february = Period.month(2024, 2)
        let before = try store.observations(knownAt: CalendarDate("2024-02-19")!)
        #expect(before.value("mx.homicides.crimes", "MX-09", january) == nil)
        // Without a date, the import's vintage; before it, the first version stands in (as before).
        #expect(before.value("mx.homicides.crimes", "MX-09", february) == 90)
        #expect(try store.observations(knownAt: CalendarDate("2024-02-20")!).value("mx.homicides.crimes", "MX-09", january) == 100)
    }

    @Test func aStoreSeededBeforePublicationDatesIsSeededAgainWithThem() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("old.sqlite")
        // As an earlier Vigía left it: schema v1, the bundled INEGI file seeded with the day it was
        // loaded (and a value since corrected), and an import of the user's.
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.sqlite.migrate(queue, upTo: "v1: observations with vintages, import batches")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO batch VALUES (1, 'Config/data/mx_inegi_homicides_annual.csv', 'old', 'csv', 'seed', 's',
                                              '2026-01-15', 't', 3, 3, 0, 0, 0);
                    INSERT INTO batch VALUES (2, 'mine.csv', 'mine', 'csv', 'import', 'm', '2026-02-01', 't', 1, 1, 0, 0, 0);
                    INSERT INTO series VALUES (1, 'mx.homicides.inegi', 'MX'), (2, 'mx.homicides.crimes', 'MX-09');
                    INSERT INTO observation VALUES (1, '2022', 0, 1, 99999, NULL, NULL), (1, '2023', 0, 1, 32252, NULL, NULL),
                                                   (1, '2024', 0, 1, 33550, NULL, NULL), (2, '2025-12', 0, 2, 1234, NULL, NULL);
                    """)
            }
        }
        let store = try Store(path: path)
        #expect(try store.batches().map(\.origin) == ["import"])
        _ = try store.seed(Fixture.config.dataFiles, vintage: Fixture.vintage, importedAt: "x")
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2025-03-01")?.period == .year(2023))
        #expect(try Self.latest(store, "mx.homicides.inegi", at: "2026-06-30")?.period == .year(2024))
        // The old seed's 2022 went with it: the bundled value is no revision of it.
        #expect(try store.observations(knownAt: nil).value("mx.homicides.inegi", "MX", .year(2022)) == 33287)
        #expect(try store.revisions().isEmpty)
        #expect(try store.observations(knownAt: nil).value("mx.homicides.crimes", "MX-09", .month(2025, 12)) == 1234)
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
