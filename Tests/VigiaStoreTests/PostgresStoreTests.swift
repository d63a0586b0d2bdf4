import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// The store on a real PostgreSQL server: the same content as SQLite for the same imports,
/// stewards importing at once, readers during imports, roles, migrations and announcements.
@Suite(.enabled(if: PostgresServer.available, PostgresServer.skipped))
struct PostgresStoreTests {
    static let files = ["sesnsp_estatal_2026_rnid_cp1252.csv", "cbp_nationwide_drugs_fy19_22.csv",
                        "cbp_nationwide_drugs_fy22_25.csv", "sample_vsrr_soda_api_t40_4_rows.csv"]

    @Test func theSameImportsGiveTheSameStoreOnBothEngines() throws {
        let dir = try TemporaryDirectory()
        let sqlite = try Fixture.store(at: dir.path("vigia.sqlite"))
        let postgres = try Fixture.store(at: try PostgresServer.newDatabase())
        for file in Self.files {
            let a = try Fixture.load(Fixture.rawFile(file), into: sqlite), b = try Fixture.load(Fixture.rawFile(file), into: postgres)
            #expect((a.added, a.revised, a.unchanged) == (b.added, b.revised, b.unchanged), "\(file)")
        }
        #expect(try sqlite.fingerprint() == postgres.fingerprint())
        for date in [nil, CalendarDate("2025-06-30"), CalendarDate("2026-06-30")] {
            let x = try sqlite.observations(knownAt: date), y = try postgres.observations(knownAt: date)
            #expect(x.complete == y.complete && x.partial == y.partial)
            #expect(try sqlite.revisions(knownAt: date) == postgres.revisions(knownAt: date))
        }
        #expect(try sqlite.geoNames() == postgres.geoNames())
    }

    /// Two stewards start imports of different files together while officials read: the imports
    /// take turns (advisory lock), no row is lost or doubled, and every read sees the store as it
    /// was before a batch or after it, never between.
    @Test func twoImportsAtOnceTakeTurnsAndReadersSeeWholeBatches() throws {
        let url = try PostgresServer.newDatabase()
        let base = try Self.counts(try Fixture.store(at: url))
        let files = [Fixture.rawFile("sesnsp_estatal_2026_rnid_cp1252.csv"), Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv")]
        let seen = Failures(), summaries = Failures()
        let done = DispatchGroup()
        let importing = DispatchQueue(label: "imports", attributes: .concurrent)
        var finished = false
        let lock = NSLock()
        for file in files {
            importing.async(group: done) {
                do {
                    let s = try Fixture.load(file, into: try Store(path: url))
                    summaries.add("\(s.added + s.revised)")
                } catch { summaries.add("failed: \(error)") }
            }
        }
        let reader = try Store(path: url)
        while lock.withLock({ !finished }) {
            let now = try Self.counts(reader)
            seen.add("\(now.batches) \(now.rows)")
            if done.wait(timeout: .now()) == .success { lock.withLock { finished = true } }
        }
        let written = summaries.all.compactMap(Int.init)
        #expect(written.count == 2, "\(summaries.all)")
        guard written.count == 2 else { return }
        let allowed: Set<String> = ["\(base.batches) \(base.rows)", "\(base.batches + 1) \(base.rows + written[0])",
                                    "\(base.batches + 1) \(base.rows + written[1])",
                                    "\(base.batches + 2) \(base.rows + written[0] + written[1])"]
        #expect(Set(seen.all).isSubset(of: allowed), "seen \(Set(seen.all)), allowed \(allowed)")
        let end = try Self.counts(reader)
        #expect((end.batches, end.rows) == (base.batches + 2, base.rows + written[0] + written[1]))
    }

    /// The same release imported by two stewards at once: recorded once, its rows once.
    @Test func theSameFileImportedTwiceAtOnceIsRecordedOnce() throws {
        let url = try PostgresServer.newDatabase()
        let base = try Self.counts(try Fixture.store(at: url))
        let file = Fixture.rawFile("sesnsp_estatal_2026_rnid_cp1252.csv")
        let results = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do {
                let s = try Fixture.load(file, into: try Store(path: url))
                results.add("\(s.recorded) \(s.added)")
            } catch { results.add("failed: \(error)") }
        }
        let first = results.all.first { $0.hasPrefix("true") }
        #expect(results.all.sorted().first == "false 0" && first != nil, "\(results.all)")
        let end = try Self.counts(try Store(path: url))
        #expect(end.batches == base.batches + 1)
        #expect(end.rows == base.rows + (Int(first?.split(separator: " ").last ?? "") ?? -1))
    }

    /// An official's role may read (snapshots, the TUI) but not import: a clear message, nothing changed.
    @Test func aReaderRoleReadsButCannotImport() throws {
        let url = try PostgresServer.newDatabase()
        let owner = try Fixture.store(at: url)
        let role = "vigia_reader_" + UUID().uuidString.prefix(8).lowercased()
        let database = String(url.split(separator: "/").last!.split(separator: "?").first!)
        try PostgresServer.admin { admin in
            try admin.execute("CREATE ROLE \(role) LOGIN")
            try admin.execute("GRANT CONNECT ON DATABASE \(database) TO \(role)")
        }
        try owner.engine.write { db in
            try db.execute("GRANT USAGE ON SCHEMA public TO \(role)")
            try db.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)")
            return ((), true)
        }
        let before = try owner.fingerprint()
        let readerURL = PostgresServer.location(database: database, user: role)
        let reader = try #require(try Store.reader(path: readerURL, files: Fixture.config.dataFiles))
        #expect(try reader.observations(knownAt: nil).complete.count > 0)
        let failure = Fixture.failure(Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv"), into: try Store(path: readerURL))
        #expect(failure?.problem == .readOnlyRole(user: role))
        #expect(failure?.problem.message(.es).contains("solo puede leer: no se importó nada") == true)
        #expect(try owner.fingerprint() == before)
    }

    /// A schema older than this Vigía, opened by a role that may not upgrade it: a clear error, nothing changed.
    @Test func anOlderSchemaIsUpgradedByItsOwnerOnly() throws {
        let url = try PostgresServer.newDatabase()
        let owner = try Store(path: url)
        let role = "vigia_steward_" + UUID().uuidString.prefix(8).lowercased()
        let database = String(url.split(separator: "/").last!.split(separator: "?").first!)
        try PostgresServer.admin { try $0.execute("CREATE ROLE \(role) LOGIN; GRANT CONNECT ON DATABASE \(database) TO \(role)") }
        try owner.engine.write { db in
            try db.execute("GRANT USAGE ON SCHEMA public TO \(role); GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO \(role)")
            try db.execute("DELETE FROM schema_migrations WHERE identifier = ?", [.text(Migrations.all.last!.identifier)])
            // Undo the last migration (v5: the municipal sums).
            try db.execute("DROP TABLE municipal_total; DROP TABLE municipal_total_basis")
            return ((), true)
        }
        let steward = PostgresServer.location(database: database, user: role)
        #expect(throws: StoreError.upgradeNeedsOwner(steward)) { try Store(path: steward) }
        _ = try Store(path: url)
        #expect(try Store(path: steward).batches().isEmpty)
        // The upgrade lets whoever may record figures rewrite the sums: the steward imports municipal figures.
        let dir = try TemporaryDirectory()
        let file = try dir.write("municipal.csv", "indicator,period,value,geo,source\nmx.homicides.crimes,2024-01,7,MX-09002,test\n")
        _ = try Fixture.load(file, into: try Store(path: steward))
        #expect(try Store(path: steward).dashboardFigures(knownAt: nil).municipal?.totals.indicators["mx.homicides.crimes"]?
            .national[.month(2024, 1)]?.value == 7)
    }

    /// Three processes opening a new database at once: each migration runs once, in order.
    @Test func migrationsRunOnceWhenThreeOpenANewDatabaseAtOnce() throws {
        let url = try PostgresServer.newDatabase()
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            do { _ = try Store(path: url).batches() } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let store = try Store(path: url)
        let applied = try store.engine.read { try $0.texts("SELECT identifier FROM schema_migrations ORDER BY identifier") }
        #expect(applied == Migrations.all.map(\.identifier))
        try store.engine.write { db in
            try db.execute("INSERT INTO schema_migrations (identifier) VALUES ('v99: from the future')")
            return ((), true)
        }
        #expect(throws: StoreError.newerSchema(PostgresEngine.redacted(url))) { try Store(path: url) }
    }

    /// A batch committed by one process reaches another's watch through NOTIFY, with its file and user.
    @Test func aRecordedBatchIsAnnouncedToWatchers() throws {
        let url = try PostgresServer.newDatabase()
        let watcher = try Fixture.store(at: url)
        let watch = try watcher.batchWatch()
        #expect(watch.newBatches().isEmpty)
        _ = try Fixture.load(Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv"), into: try Store(path: url))
        var batches: [ImportBatch] = []
        for _ in 0..<40 where batches.isEmpty {
            batches = watch.newBatches()
            if batches.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(batches.map(\.file) == ["cbp_nationwide_drugs_fy22_25.csv"])
        #expect(batches.first?.importedBy == (try watcher.engine.user()))
        #expect(watch.newBatches().isEmpty)
    }

    /// Rows in one consistent read: batches and observation rows.
    static func counts(_ store: Store) throws -> (batches: Int, rows: Int) {
        try store.engine.read { db in
            (Int(try db.integer("SELECT count(*) FROM batch") ?? -1), Int(try db.integer("SELECT count(*) FROM observation") ?? -1))
        }
    }
}

/// What `--db` may say, checked without a server.
struct DatabaseLocationTests {
    @Test func aURLIsNeverTakenForAFilePath() throws {
        let dir = try TemporaryDirectory()
        let cwd = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(dir.url.path)
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        #expect(throws: StoreError.unsupported("mysql://root@localhost/vigia")) { try Store(path: "mysql://root@localhost/vigia") }
        do {
            _ = try Store(path: "postgres://nobody:secret@%2Fno%2Fsuch%2Fsocket/vigia")
            Issue.record("a server that is not there must be an error")
        } catch {
            let message = error.message(.en)
            #expect(message.hasPrefix("postgres://nobody@%2Fno%2Fsuch%2Fsocket/vigia: error: cannot open the database:"), "\(message)")
            #expect(!message.contains("secret"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty)
    }
}
