import Foundation
import GRDB

/// The files a database already holds, by content hash. `BundledData` asks it before reading a
/// data file of the configuration: one the store holds unchanged was checked when it was seeded,
/// and need not be read again on every run (issue 17: a 1 M-row file cost 17 s and 640 MB each
/// time). `vigia validate` still reads every file.
public struct HeldFiles: Sendable {
    private let hashes: Set<String>

    /// The hashes recorded in the database at `path` (a SQLite file or a PostgreSQL URL); none when
    /// it does not exist or cannot be read (every file is then read, as before). Only read from,
    /// as a snapshot reads it.
    public init(databasePath path: String) {
        hashes = (try? Self.recorded(path)) ?? []
    }

    /// Whether the file at `path`, as its bytes are now, is recorded.
    public func holds(_ path: String) -> Bool {
        guard !hashes.isEmpty, let bytes = try? FileBytes.read(path) else { return false }
        return hashes.contains(ContentHash.of(bytes))
    }

    private static func recorded(_ path: String) throws -> Set<String> {
        if PostgresEngine.names(path) { return try onServer(path) }
        guard path != Store.inMemory, FileManager.default.fileExists(atPath: path) else { return [] }
        try StoreFile.check(path)
        // As `Store.reader` opens it: a writable database as usual (its -wal and -shm go when it
        // closes), one that cannot be written read-only, and immutable where nobody is writing it.
        let writable = StoreFile.writable(path)
        let immutable = !writable && !FileManager.default.fileExists(atPath: path + "-wal")
        var configuration = Configuration()
        configuration.readonly = !writable
        configuration.busyMode = .timeout(30)
        let location = immutable ? "file:" + StoreFile.uriEscaped(path) + "?immutable=1" : path
        let queue = try DatabaseQueue(path: location, configuration: configuration)
        return try queue.read { db in
            guard try db.tableExists("batch") else { return [] }
            return Set(try String.fetchAll(db, sql: "SELECT sha256 FROM batch WHERE sha256 IS NOT NULL"))
        }
    }

    /// The same from a PostgreSQL database (none when it has no schema yet).
    private static func onServer(_ url: String) throws -> Set<String> {
        let engine = try PostgresEngine(url: url)
        return try engine.read { db in
            guard try db.integer("SELECT CASE WHEN to_regclass('batch') IS NULL THEN 0 ELSE 1 END") == 1 else { return [] }
            return Set(try db.texts("SELECT sha256 FROM batch WHERE sha256 IS NOT NULL"))
        }
    }
}
