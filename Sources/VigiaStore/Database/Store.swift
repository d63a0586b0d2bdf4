#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB
import VigiaCore

/// The SQLite database of observations with their vintages, and of the import batches that
/// brought them. One file (WAL mode), created with its folder on first use; `:memory:` for a
/// throwaway store. Every import is one transaction: it lands whole or not at all.
public final class Store: Sendable {
    public static let defaultPath = "data/vigia.sqlite"
    public static let inMemory = ":memory:"

    public let path: String
    let queue: DatabaseQueue

    /// `--db`, else `$VIGIA_DB`, else `fallback` (the command line chooses it: `./data/vigia.sqlite`
    /// in a development checkout, the user's data folder otherwise).
    public static func path(option: String?, environment: [String: String], fallback: String = defaultPath) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["VIGIA_DB"], !env.isEmpty { return env }
        return fallback
    }

    /// Opens (creating when needed) the database for reading and writing, migrated to the
    /// current schema. The creation and the migrations run under an exclusive lock on the
    /// database's folder: three commands creating the same new database at once take turns
    /// (before, two could both find it empty and one failed with "table batch already exists").
    public init(path: String) throws(StoreError) {
        self.path = path
        let configuration = Self.configuration(readonly: false)
        do {
            if path == Self.inMemory {
                queue = try DatabaseQueue(configuration: configuration)
                try Migrations.migrator.migrate(queue)
                return
            }
            try StoreFile.check(path)
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            queue = try FolderLock.exclusive(folder.isEmpty ? "." : folder) {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
                let migrator = Migrations.migrator
                if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path) }
                try migrator.migrate(queue)
                return queue
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path, Self.describe(error))
        }
    }

    /// Opens an existing database only to read it, or returns nil when it cannot serve as it is
    /// (missing, an older schema, or not every `files` recorded): the caller then opens it to
    /// write. A snapshot thus writes nothing to a database that is up to date: it works in a
    /// read-only folder, and leaves no `-wal`/`-shm` behind with a read-only file's mode (an
    /// import then failed on them). Where the database is protected (no write bit) or cannot be
    /// written, and no `-wal` exists, nobody is writing it: it is read as immutable, since
    /// SQLite would otherwise create the `-shm` (or fail to, in a read-only folder).
    public static func reader(path: String, files: [BundledFile]) throws(StoreError) -> Store? {
        guard path != inMemory, FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            try StoreFile.check(path)
            let writable = StoreFile.writable(path)
            let immutable = !writable && !FileManager.default.fileExists(atPath: path + "-wal")
            let location = immutable ? "file:" + StoreFile.uriEscaped(path) + "?immutable=1" : path
            // A writable database is opened as usual (its -wal and -shm go when it closes); one
            // that cannot be written is opened read-only, and creates nothing beside it.
            let configuration = configuration(readonly: !writable)
            let queue = try DatabaseQueue(path: location, configuration: configuration)
            let store = Store(path: path, queue: queue)
            let migrator = Migrations.migrator
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path) }
            guard try queue.read({ try migrator.hasCompletedMigrations($0) }) else { return nil }
            for file in files where !file.held {
                guard try store.isRecorded(ContentHash.of(try FileBytes.read(file.path))) else { return nil }
            }
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            return nil
        }
    }

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
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

    /// `PRAGMA quick_check`: a damaged database is refused before an import adds to it (it
    /// would otherwise succeed, exit 0, and leave the damage where it was).
    public func verify() throws(StoreError) {
        let result: [String]
        do {
            result = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
        } catch {
            throw StoreError.damaged(path, Self.describe(error))
        }
        guard result == ["ok"] else { throw StoreError.damaged(path, result.prefix(3).joined(separator: "; ")) }
    }

    // MARK: - Importing

    /// Imports one file in its own transaction. A fatal problem throws and writes nothing.
    public func importFile(_ request: ImportRequest, settings: ImportSettings) throws(ImportFailure) -> ImportSummary {
        let parsed = try RawImport.parse(path: request.path, format: request.format, settings: settings)
        defer { parsed.sha256.settle() }
        let name = (request.path as NSString).lastPathComponent
        return try ImportWriter(queue: queue).write(parsed, file: name, origin: .import, request: request)
    }

    /// Imports every bundled data file whose content is not yet recorded (by SHA-256), so a fresh
    /// clone shows data with no extra step and a file dropped into `Config/data/` is picked up.
    /// The files were checked when read (`BundledData`): their observations are used as read.
    /// Each figure's vintage is its `published` date; `vintage` (the day of loading) dates the
    /// figures of rows without one, and is the batch's.
    public func seed(_ files: [BundledFile], vintage: CalendarDate, importedAt: String) throws(ImportFailure) -> [ImportSummary] {
        var summaries: [ImportSummary] = []
        // A file skipped as held is recorded already: not read again.
        for file in files where !file.held {
            let bytes = try FileBytes.read(file.path)
            let sha = ContentHash.of(bytes)
            guard try !isRecorded(sha) else { continue }
            let values = file.observations.map {
                ImportedValue(indicator: $0.indicator, geo: $0.geo, period: $0.period, partial: false, value: $0.value,
                              source: $0.source.isEmpty ? nil : $0.source, note: $0.note, published: $0.published)
            }
            let parsed = ParsedFile(format: .csv, sha256: .known(sha), encoding: .utf8, source: "Config/\(file.name)", values: values,
                                    geoNames: [:], rowsRead: file.observations.count, rowsSkipped: 0, rowsRejected: 0,
                                    missingCells: 0, errors: RowIssues(), warnings: RowIssues())
            let request = ImportRequest(path: file.path, format: .csv, dryRun: false, vintage: vintage, importedAt: importedAt)
            summaries.append(try ImportWriter(queue: queue).write(parsed, file: "Config/\(file.name)", origin: .seed,
                                                                   request: request))
        }
        return summaries
    }

    func isRecorded(_ sha256: String) throws(ImportFailure) -> Bool {
        do {
            return try queue.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE sha256 = ?)", arguments: [sha256]) ?? false
            }
        } catch {
            throw ImportFailure(.database(Self.describe(error)))
        }
    }

    // MARK: - Reading

    /// The figures known at `date` (every vintage when nil), complete and partial periods apart.
    public func observations(knownAt date: CalendarDate?) throws(StoreError) -> StoredObservations {
        try read { db in try VintageReader.observations(db, knownAt: date) }
    }

    /// Every revision on record (or known by `date`): each step from an old value to a new one,
    /// with its date and file. This is what the data-revised flag reads.
    public func revisions(knownAt date: CalendarDate? = nil) throws(StoreError) -> [Revision] {
        // A figure gets a second version only when an import revises it, and every batch counts
        // its revisions: without any, there is nothing to find in 300,000 figures.
        let any = try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM batch WHERE revised > 0)") ?? true }
        guard any else { return [] }
        let all = try read { db in try VintageReader.revisions(db) }
        guard let date else { return all }
        return all.filter { $0.recorded <= date }
    }

    public func batches() throws(StoreError) -> [ImportBatch] {
        try read { db in try ImportBatch.fetchAll(db) }
    }

    /// Place names as the sources wrote them: `MX-11` → Guanajuato, `US-SWB` → Southwest Border.
    public func geoNames() throws(StoreError) -> [String: String] {
        try read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT code, name FROM geo").map { ($0["code"], $0["name"]) },
                       uniquingKeysWith: { a, _ in a })
        }
    }

    /// Row counts per table, and a digest of every row: two equal fingerprints mean equal content.
    public func fingerprint() throws(StoreError) -> StoreFingerprint {
        try read { db in try StoreFingerprint(db) }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError.cannotRead(path, Self.describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? db.description }
        return String(describing: error)
    }
}
