import Foundation
import GRDB
import VigiaConfig
import VigiaCore

/// The SQLite database of observations with their vintages, and of the import batches that
/// brought them. One file (WAL mode), created with its folder on first use; `:memory:` for a
/// throwaway store. Every import is one transaction: it lands whole or not at all.
public final class Store: Sendable {
    public static let defaultPath = "data/vigia.sqlite"
    public static let inMemory = ":memory:"

    public let path: String
    let queue: DatabaseQueue

    /// `--db`, else `$VIGIA_DB`, else `./data/vigia.sqlite`.
    public static func path(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["VIGIA_DB"], !env.isEmpty { return env }
        return defaultPath
    }

    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        // The writer creates every parent row (batch, series) in the same transaction as its
        // observations; checking each of 300,000 references again would double the import time.
        configuration.foreignKeysEnabled = false
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync cannot corrupt the database; a power cut may lose the last commit.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
        }
        do {
            if path == Self.inMemory {
                queue = try DatabaseQueue(configuration: configuration)
            } else {
                let folder = (path as NSString).deletingLastPathComponent
                if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
                queue = try DatabaseQueue(path: path, configuration: configuration)
                try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            let migrator = Migrations.migrator
            if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path) }
            try migrator.migrate(queue)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path, Self.describe(error))
        }
    }

    // MARK: - Importing

    /// Imports one file in its own transaction. A fatal problem throws and writes nothing.
    public func importFile(_ request: ImportRequest, settings: ImportSettings) throws(ImportFailure) -> ImportSummary {
        let parsed = try RawImport.parse(path: request.path, format: request.format, settings: settings)
        let name = (request.path as NSString).lastPathComponent
        return try ImportWriter(queue: queue).write(parsed, file: name, origin: .import, request: request)
    }

    /// Imports every bundled data file whose content is not yet recorded (by SHA-256), so a fresh
    /// clone shows data with no extra step and a file dropped into `Config/data/` is picked up.
    /// The files were validated by the configuration loader: their observations are used as read.
    public func seed(_ files: [ConfigDataFile], vintage: CalendarDate, importedAt: String) throws(ImportFailure) -> [ImportSummary] {
        var summaries: [ImportSummary] = []
        for file in files {
            let bytes = try FileBytes.read(file.path)
            let sha = ContentHash.of(bytes)
            guard try !isRecorded(sha) else { continue }
            let values = file.observations.map {
                ImportedValue(indicator: $0.indicator, geo: $0.geo, period: $0.period, partial: false, value: $0.value,
                              source: $0.source.isEmpty ? nil : $0.source, note: $0.note)
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

    /// Every revision on record: each step from an old value to a new one, with its date and file.
    /// This is what the data-revised flag reads.
    public func revisions() throws(StoreError) -> [ObservationRevision] {
        try read { db in try VintageReader.revisions(db) }
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

/// What `vigia import` was asked to do with one file.
public struct ImportRequest: Sendable {
    public let path: String
    /// nil detects the format from the header.
    public let format: ImportFormat?
    public let dryRun: Bool
    /// The day from which the file's figures count as known (the release date; default today).
    public let vintage: CalendarDate
    /// When the import ran, ISO 8601, for the batch record.
    public let importedAt: String

    public init(path: String, format: ImportFormat?, dryRun: Bool, vintage: CalendarDate, importedAt: String) {
        self.path = path
        self.format = format
        self.dryRun = dryRun
        self.vintage = vintage
        self.importedAt = importedAt
    }
}

/// Figures read from the store at an as-of date.
public struct StoredObservations: Sendable {
    /// National and sub-national figures of complete periods.
    public let complete: [Observation]
    /// Figures the source marked as covering part of their period (CBP "FYTD"): never assessed as whole periods.
    public let partial: [Observation]
}

/// One import on record.
public struct ImportBatch: Sendable, FetchableRecord {
    public let id: Int64
    public let file: String
    public let sha256: String
    public let format: String
    public let origin: String
    public let vintage: String
    public let importedAt: String
    public let rowsRead: Int
    public let added: Int
    public let revised: Int
    public let unchanged: Int
    public let rejected: Int

    public init(row: Row) {
        id = row["id"]; file = row["file"]; sha256 = row["sha256"]; format = row["format"]; origin = row["origin"]
        vintage = row["vintage"]; importedAt = row["imported_at"]; rowsRead = row["rows_read"]; added = row["added"]
        revised = row["revised"]; unchanged = row["unchanged"]; rejected = row["rejected"]
    }

    static func fetchAll(_ db: Database) throws -> [ImportBatch] {
        try ImportBatch.fetchAll(db, sql: "SELECT * FROM batch ORDER BY id")
    }
}

/// Row counts and a content digest of the whole store.
public struct StoreFingerprint: Hashable, Sendable {
    public let observations: Int
    public let series: Int
    public let batches: Int
    public let digest: String

    init(_ db: Database) throws {
        observations = try Int.fetchOne(db, sql: "SELECT count(*) FROM observation") ?? 0
        series = try Int.fetchOne(db, sql: "SELECT count(*) FROM series") ?? 0
        batches = try Int.fetchOne(db, sql: "SELECT count(*) FROM batch") ?? 0
        let hash = ContentHash()
        for sql in ["SELECT * FROM batch ORDER BY id", "SELECT * FROM series ORDER BY id",
                    "SELECT * FROM observation ORDER BY series, period, partial, batch", "SELECT * FROM geo ORDER BY code"] {
            let rows = try Row.fetchCursor(db, sql: sql)
            while let row = try rows.next() {
                Array(row.description.utf8).withUnsafeBytes { hash.update($0) }
            }
        }
        digest = hash.finish()
    }
}

/// Why the store cannot be used, in both languages.
public enum StoreError: Error, Sendable {
    case cannotOpen(String, String)
    case cannotRead(String, String)
    case newerSchema(String)

    public func message(_ language: Language) -> String {
        switch (self, language) {
        case (.cannotOpen(let path, let why), .en): "\(path): error: cannot open the database: \(why)"
        case (.cannotOpen(let path, let why), .es): "\(path): error: no se puede abrir la base de datos: \(why)"
        case (.cannotRead(let path, let why), .en): "\(path): error: cannot read the database: \(why)"
        case (.cannotRead(let path, let why), .es): "\(path): error: no se puede leer la base de datos: \(why)"
        case (.newerSchema(let path), .en): "\(path): error: the database was written by a newer Vigía; update Vigía or use another --db"
        case (.newerSchema(let path), .es): "\(path): error: la base de datos la escribió un Vigía más reciente; actualice Vigía o use otra --db"
        }
    }
}
