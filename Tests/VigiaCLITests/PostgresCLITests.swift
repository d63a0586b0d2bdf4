import Foundation
import Testing

/// The command line against a real PostgreSQL server (`$VIGIA_TEST_POSTGRES`; see
/// Tests/Postgres/server.sh): byte-identical snapshots from either engine, the batch list, and
/// an official's read-only role.
@Suite(.enabled(if: TestServer.url != nil,
                "PostgreSQL tests skipped: start a server with `eval \"$(Tests/Postgres/server.sh start)\"` (sets VIGIA_TEST_POSTGRES)"))
struct PostgresCLITests {
    static var server: String? { TestServer.url }
    static let raw = ["sesnsp_estatal_2026_rnid_cp1252.csv", "cbp_nationwide_drugs_fy19_22.csv",
                      "cbp_nationwide_drugs_fy22_25.csv", "cdc_vsrr_t40_4_states_api.csv"]
        .map { VigiaProcess.root.appendingPathComponent("Tests/Fixtures/raw/\($0)").path }

    @Test func snapshotsAreByteIdenticalFromSQLiteAndPostgreSQL() throws {
        let dir = try TemporaryDirectory()
        let sqlite = dir.url.appendingPathComponent("vigia.sqlite").path, postgres = try Self.newDatabase()
        for db in [sqlite, postgres] {
            let imported = try VigiaProcess.run(["import", "--db", db] + Self.raw)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        for format in ["json", "text", "csv", "html", "markdown"] {
            let a = try VigiaProcess.run(["--snapshot", "--format", format, "--as-of", "2026-06-30", "--db", sqlite])
            let b = try VigiaProcess.run(["--snapshot", "--format", format, "--as-of", "2026-06-30", "--db", postgres])
            #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
            #expect(a.stdout == b.stdout, "\(format) differs")
            #expect(a.stdout.count > 1000)
        }
    }

    @Test func batchesListWhoImportedWhatByFileAndHash() throws {
        let db = try Self.newDatabase()
        _ = try VigiaProcess.run(["import", "--db", db, Self.raw[0]])
        let listed = try VigiaProcess.run(["batches", "--db", db, "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let batches = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let last = try #require(batches.last)
        #expect(last["file"] as? String == "sesnsp_estatal_2026_rnid_cp1252.csv")
        #expect(last["importedBy"] as? String == "postgres")
        #expect((last["sha256"] as? String)?.count == 64)
        #expect(batches.dropLast().allSatisfy { ($0["file"] as? String)?.hasPrefix("Config/data/") == true })
        let text = try VigiaProcess.run(["batches", "--db", db, "--lang", "es"])
        #expect(text.stdout.hasPrefix("lote  importado"))
    }

    @Test func aReaderRoleSeesTheDashboardButCannotImport() throws {
        let db = try Self.newDatabase()
        _ = try VigiaProcess.run(["import", "--db", db, Self.raw[0]])
        let name = String(db.split(separator: "/").last!), role = "reader_" + name.suffix(8)
        try Self.psql(db, "CREATE ROLE \(role) LOGIN; GRANT USAGE ON SCHEMA public TO \(role); GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)")
        let asReader = db.replacingOccurrences(of: "postgresql://postgres@", with: "postgresql://\(role)@")
        let before = try Self.psql(db, "SELECT count(*) FROM observation")
        let refused = try VigiaProcess.run(["import", "--db", asReader, Self.raw[2]])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: the database user '\(role)' may only read: nothing was imported."), "\(refused.stderr)")
        #expect(try Self.psql(db, "SELECT count(*) FROM observation") == before)
        let snapshot = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--db", asReader])
        let owner = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--db", db])
        #expect(snapshot.status == 0 && snapshot.stdout == owner.stdout, "\(snapshot.stderr)")
        // A bundled file the database does not hold yet (a blank line added): shown as recorded, with a warning.
        let dir = try TemporaryDirectory()
        let config = dir.url.appendingPathComponent("Config")
        try FileManager.default.copyItem(at: VigiaProcess.root.appendingPathComponent("Config"), to: config)
        let data = config.appendingPathComponent("data/mx_extraditions_annual.csv")
        try (try String(contentsOf: data, encoding: .utf8) + "\n").write(to: data, atomically: true, encoding: .utf8)
        let behind = try VigiaProcess.run(["--snapshot", "--format", "json", "--as-of", "2026-06-30", "--db", asReader,
                                           "--config", config.path])
        #expect(behind.status == 0 && behind.stdout == owner.stdout)
        #expect(behind.stderr.contains("warning: the configuration brings data the database does not hold yet"), "\(behind.stderr)")
    }

    /// A new database on the server; its URL.
    static func newDatabase() throws -> String {
        let name = "vigia_cli_" + UUID().uuidString.prefix(8).lowercased()
        try psql(server!, "CREATE DATABASE \(name)")
        return String(server![...server!.lastIndex(of: "/")!]) + name
    }

    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process(), out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-Atqc", sql]
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// `$VIGIA_TEST_POSTGRES`: the URL of a server's `postgres` database, when the run has one.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["VIGIA_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
}
