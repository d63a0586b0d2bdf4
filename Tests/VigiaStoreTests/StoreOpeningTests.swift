import Foundation
import Testing
import VigiaConfig
import VigiaCore
@testable import VigiaStore

/// Opening the database: concurrent first creation, paths that are not databases, damage, and
/// reading without writing.
struct StoreOpeningTests {
    /// Three commands creating the same new database at once: each used to race through the
    /// migrations ("table batch already exists", "database is locked").
    @Test func concurrentFirstCreationsAllSucceed() throws {
        for round in 0..<10 {
            let dir = try TemporaryDirectory()
            let path = dir.path("new/vigia.sqlite")
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                do { _ = try Store(path: path).batches() } catch { failures.add("\(error)") }
            }
            #expect(failures.all.isEmpty, "round \(round): \(failures.all)")
        }
    }

    /// Two first imports into a database that does not exist yet: both land, one after the other
    /// (the second used to fail with "database is locked").
    @Test func twoFirstImportsAtOnceBothLand() throws {
        guard !PostgresServer.replacesInMemory else { return }
        for round in 0..<5 {
            let dir = try TemporaryDirectory()
            let path = dir.path("new/vigia.sqlite")
            let files = [Fixture.rawFile("cdc_vsrr_t40_4_states_api.csv"), Fixture.rawFile("cbp_nationwide_drugs_fy19_22.csv")]
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                do { _ = try Fixture.load(files[i], into: try Store(path: path)) } catch { failures.add("\(error)") }
            }
            #expect(failures.all.isEmpty, "round \(round): \(failures.all)")
            #expect(Set(try Store(path: path).batches().map(\.file)).count == 2, "round \(round)")
        }
    }

    @Test func aPathThatIsNotAFileIsAClearError() throws {
        let dir = try TemporaryDirectory()
        for path in ["/dev/null", dir.url.path] {
            #expect(throws: StoreError.notAFile(path)) { try Store(path: path) }
            #expect(StoreError.notAFile(path).message(.es).contains("no es un archivo de base de datos"))
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty)
    }

    /// 4 KB of random bytes inside the database: the import used to succeed (exit 0) on top.
    @Test func aDamagedDatabaseFailsItsCheck() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("vigia.sqlite")
        do {
            let store = try Fixture.store(at: path)
            try store.verify()
        }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 3 * 4096)
        var generator = SystemRandomNumberGenerator()
        try handle.write(contentsOf: Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try handle.close()
        // The damage shows when the store opens (if it hit the schema) or in the check.
        var message: String?
        do {
            try Store(path: path).verify()
        } catch {
            message = error.message(.en)
        }
        #expect(message?.contains("damaged") == true || message?.contains("malformed") == true, "\(message ?? "no error")")
    }

    /// A database that holds every bundled file is read without a write: a 0444 file leaves no
    /// 0444 `-wal`/`-shm` behind (the next import failed on them), and one missing a file or
    /// not yet created is not served as it is.
    @Test func anUpToDateDatabaseIsReadWithoutWriting() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("vigia.sqlite")
        let files = Fixture.config.dataFiles
        #expect(try Store.reader(path: path, files: files) == nil)
        do { _ = try Store(path: path) }
        #expect(try Store.reader(path: path, files: files) == nil, "not seeded yet")
        do { _ = try Fixture.store(at: path) }
        chmod(path, 0o444)
        do {
            let reader = try #require(try Store.reader(path: path, files: files))
            #expect(try reader.batches().count == files.count)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["vigia.sqlite"])
        chmod(path, 0o644)
        let store = try Store(path: path)
        #expect(try Fixture.load(Fixture.rawFile("cbp_nationwide_drugs_fy22_25.csv"), into: store).recorded)
    }

    @Test func aHeaderAloneRecordsNoBatch() throws {
        let dir = try TemporaryDirectory()
        let store = try Fixture.store()
        let before = try store.fingerprint()
        let original = try String(contentsOfFile: Fixture.rawFile("sesnsp_estatal_2026_rnid_cp1252.csv"), encoding: .windowsCP1252)
        let header = try dir.write("header.csv", String(original.prefix { $0 != "\n" && $0 != "\r\n" }) + "\n")
        let summary = try Fixture.load(header, into: store)
        #expect(summary.rowsRead == 0)
        #expect(!summary.recorded)
        #expect(summary.render(.en).contains("no data rows: nothing recorded"))
        #expect(try store.fingerprint() == before)
    }
}
