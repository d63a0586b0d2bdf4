import Foundation
import GRDB

/// Opening a SQLite store: the file checks, the folder lock around creation, and the read-only
/// opening that writes nothing beside a database that is up to date.
enum SQLiteFiles {
    /// Opens (creating when needed) to read and write, migrated. The creation and the migrations
    /// run under an exclusive lock on the database's folder: three commands creating the same new
    /// database at once take turns (before, two could both find it empty and one failed with
    /// "table batch already exists").
    static func open(_ path: String) throws(StoreError) -> SQLiteEngine {
        let configuration = configuration(readonly: false)
        do {
            if path == Store.inMemory {
                let engine = SQLiteEngine(name: path, queue: try DatabaseQueue(configuration: configuration))
                try engine.migrate()
                return engine
            }
            try StoreFile.check(path)
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            return try FolderLock.exclusive(folder.isEmpty ? "." : folder) {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
                let engine = SQLiteEngine(name: path, queue: queue)
                if try engine.schemaState() == .newer { throw StoreError.newerSchema(path) }
                try engine.migrate()
                return engine
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path, Store.describe(error))
        }
    }

    /// Opens an existing file only to read it; nil when there is none (or it cannot be opened so).
    /// A writable database is opened as usual (its -wal and -shm go when it closes). Where it is
    /// protected (no write bit) or cannot be written, and no `-wal` exists, nobody is writing it:
    /// it is read as immutable, since SQLite would otherwise create the `-shm` (or fail to, in a
    /// read-only folder).
    static func reader(_ path: String) throws(StoreError) -> SQLiteEngine? {
        guard path != Store.inMemory, FileManager.default.fileExists(atPath: path) else { return nil }
        try StoreFile.check(path)
        let writable = StoreFile.writable(path)
        let immutable = !writable && !FileManager.default.fileExists(atPath: path + "-wal")
        let location = immutable ? "file:" + StoreFile.uriEscaped(path) + "?immutable=1" : path
        guard let queue = try? DatabaseQueue(path: location, configuration: configuration(readonly: !writable)) else { return nil }
        return SQLiteEngine(name: path, queue: queue)
    }

    private static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(30)
        // The writer creates every parent row (batch, series) in the same transaction as its
        // observations; checking each of 300,000 references again would double the import time.
        configuration.foreignKeysEnabled = false
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync cannot corrupt the database; a power cut may lose the last commit.
            try db.execute(sql: readonly ? "PRAGMA cache_size = -65536" : "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
        }
        return configuration
    }
}
