import Foundation
import GRDB
import VigiaCore

/// The database of observations with their vintages, and of the import batches that brought
/// them: a SQLite file (WAL mode; `:memory:` for a throwaway store) for one official on one
/// machine, or a PostgreSQL server (`postgres://…`) for a team. The same schema, statements and
/// semantics on both (see `StoreEngine`). Every import is one transaction: it lands whole or not at all.
public final class Store: Sendable {
    public static let defaultPath = "data/vigia.sqlite"
    public static let inMemory = ":memory:"

    /// The file's path, or the URL without its password.
    public let path: String
    let engine: any StoreEngine

    /// `--db`, else `$VIGIA_DB`, else `fallback` (the command line chooses it: `./data/vigia.sqlite`
    /// in a development checkout, the user's data folder otherwise).
    public static func path(option: String?, environment: [String: String], fallback: String = defaultPath) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["VIGIA_DB"], !env.isEmpty { return env }
        return fallback
    }

    /// Opens (creating when needed) the database for reading and writing, migrated to the
    /// current schema.
    public init(path: String) throws(StoreError) {
        if PostgresEngine.names(path) {
            let engine = try Self.postgres(path)
            self.path = engine.name
            self.engine = engine
            do {
                switch try engine.schemaState() {
                case .current: break
                case .newer: throw StoreError.newerSchema(engine.name)
                case .older: try engine.migrate()
                }
                refreshMunicipalSumsIfBehind()
            } catch let error as StoreError {
                throw error
            } catch let failure as SQLFailure where failure.isPermissionDenied {
                throw StoreError.upgradeNeedsOwner(engine.name)
            } catch {
                throw StoreError.cannotOpen(engine.name, Self.describe(error))
            }
            return
        }
        guard !path.contains("://") else { throw StoreError.unsupported(path) }
        self.path = path
        engine = try SQLiteFiles.open(path)
        refreshMunicipalSumsIfBehind()
    }

    /// Opens an existing database only to read it, or returns nil when it cannot serve as it is
    /// (missing, an older schema, or not every `files` recorded): the caller then opens it to
    /// write. A snapshot thus writes nothing to a database that is up to date (see
    /// `SQLiteFiles.reader`); on a server, an official's read-only role is enough.
    public static func reader(path: String, files: [BundledFile]) throws(StoreError) -> Store? {
        let engine: any StoreEngine
        if PostgresEngine.names(path) {
            engine = try postgres(path)
        } else {
            guard !path.contains("://") else { throw StoreError.unsupported(path) }
            guard let sqlite = try SQLiteFiles.reader(path) else { return nil }
            engine = sqlite
        }
        let store = Store(engine: engine)
        do {
            switch try engine.schemaState() {
            case .newer: throw StoreError.newerSchema(engine.name)
            case .older: return nil
            case .current: break
            }
            let unheld = files.filter { !$0.held }
            guard !unheld.isEmpty else { return store }
            // One query for every hash on record: a query each, in a transaction each, was three
            // round trips a bundled file (54 of a PostgreSQL snapshot's 74).
            let recorded = try store.recordedHashes()
            for file in unheld {
                guard recorded.contains(ContentHash.of(try FileBytes.read(file.path))) else { return nil }
            }
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            return nil
        }
    }

    private init(engine: any StoreEngine) {
        path = engine.name
        self.engine = engine
    }

    private static func postgres(_ url: String) throws(StoreError) -> PostgresEngine {
        do {
            return try PostgresEngine(url: url)
        } catch {
            throw StoreError.cannotOpen(PostgresEngine.redacted(url), error.message)
        }
    }

    /// The engine's consistency check (SQLite's `PRAGMA quick_check`): a damaged database is
    /// refused before an import adds to it (it would otherwise succeed, exit 0, and leave the
    /// damage where it was).
    public func verify() throws(StoreError) {
        let problems: [String]
        do {
            problems = try engine.check()
        } catch {
            throw StoreError.damaged(path, Self.describe(error))
        }
        guard problems.isEmpty else { throw StoreError.damaged(path, problems.prefix(3).joined(separator: "; ")) }
    }

    // MARK: - Importing

    /// Imports one file in its own transaction. A fatal problem throws and writes nothing.
    public func importFile(_ request: ImportRequest, settings: ImportSettings) throws(ImportFailure) -> ImportSummary {
        if !request.dryRun {
            let allowed: Bool
            do { allowed = try engine.mayImport() } catch { throw ImportFailure(.database(Self.describe(error))) }
            if !allowed { throw ImportFailure(.readOnlyRole(user: (try? engine.user()) ?? "?")) }
        }
        let parsed = try RawImport.parse(path: request.path, format: request.format, settings: settings, hash: request.hash)
        defer { parsed.sha256.settle() }
        let name = (request.path as NSString).lastPathComponent
        return try ImportWriter(engine: engine).write(parsed, file: name, origin: .import, request: request)
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
                              source: $0.source.isEmpty ? nil : $0.source, note: $0.note, published: $0.published,
                              confidence: $0.confidence)
            }
            let parsed = ParsedFile(format: .csv, sha256: .known(sha), encoding: .utf8, source: "Config/\(file.name)", values: values,
                                    geoNames: [:], rowsRead: file.observations.count, rowsSkipped: 0, rowsRejected: 0,
                                    missingCells: 0, errors: RowIssues(), warnings: RowIssues())
            let request = ImportRequest(path: file.path, format: .csv, dryRun: false, vintage: vintage, importedAt: importedAt)
            summaries.append(try ImportWriter(engine: engine).write(parsed, file: "Config/\(file.name)", origin: .seed,
                                                                    request: request))
        }
        return summaries
    }

    /// The content hashes of every batch on record.
    func recordedHashes() throws -> Set<String> {
        Set(try engine.read { try $0.texts("SELECT sha256 FROM batch WHERE sha256 IS NOT NULL") })
    }

    func isRecorded(_ sha256: String) throws(ImportFailure) -> Bool {
        do {
            return try engine.read { try $0.exists("SELECT 1 FROM batch WHERE sha256 = ?", [.text(sha256)]) }
        } catch {
            throw ImportFailure(.database(Self.describe(error)))
        }
    }

    // MARK: - Reading

    /// The figures known at `date` (every vintage when nil), complete and partial periods apart.
    public func observations(knownAt date: CalendarDate?) throws(StoreError) -> StoredObservations {
        try read { db in try VintageReader.observations(db, knownAt: date) }
    }

    /// What a dashboard needs at `date`: the figures above the municipalities and the municipal
    /// sums, with the municipal figures read when a screen shows them; every figure when the sums
    /// are behind. Opening a municipal store thus costs what opening the bundled data does.
    public func dashboardFigures(knownAt date: CalendarDate?) throws(StoreError) -> StoredObservations {
        try read { db in
            try VintageReader.observations(db, knownAt: date) { batch in
                StoredMunicipalFigures(store: self, date: date, throughBatch: batch)
            }
        }
    }

    /// The store on a connection of its own, for the municipal figures a screen reads on another
    /// thread: a SQLite connection serves one statement at a time, and the terminal's watch for new
    /// batches must not wait half a second behind them. The same store when it cannot be reopened
    /// (in memory, or a server: its engine keeps one connection, and reads of it take turns).
    func backgroundReader() -> Store {
        guard engine is SQLiteEngine, let sqlite = try? SQLiteFiles.reader(path) else { return self }
        return Store(engine: sqlite)
    }

    /// One indicator's municipal figures within `area`, as a dashboard made at `date` from the
    /// batches through `throughBatch` would have read them; empty when the store cannot be read.
    func municipal(_ indicator: String, within area: String, knownAt date: CalendarDate?,
                   throughBatch: Int64) -> [String: [Observation]] {
        (try? read { db in
            try VintageReader.municipal(db, indicator: indicator, within: area, knownAt: date, throughBatch: throughBatch)
        }) ?? [:]
    }

    /// Sums the municipal figures again when the sums are behind the batches (a store made before
    /// v5, or written by a Vigía without them). Looked at in a read first: opening a store never
    /// waits on another process's import only to find nothing to do.
    func refreshMunicipalSumsIfBehind() {
        guard (try? engine.read({ try MunicipalSums.isCurrent($0) == nil })) == true else { return }
        _ = try? engine.write { db in
            if try MunicipalSums.isCurrent(db) == nil { try MunicipalSums.refresh(db) }
            return ((), true)
        }
    }

    /// Every revision on record (or known by `date`): each step from an old value to a new one,
    /// with its date and file. This is what the data-revised flag reads. `municipal: false` leaves
    /// the municipalities' figures out (a dashboard opening needs the nation's and the states').
    public func revisions(knownAt date: CalendarDate? = nil, municipal: Bool = true) throws(StoreError) -> [Revision] {
        // A figure gets a second version only when an import revises it, and every batch counts
        // its revisions: without any, there is nothing to find in 300,000 figures.
        let all = try read { db -> [Revision] in
            guard try db.exists("SELECT 1 FROM batch WHERE revised > 0") else { return [] }
            return try VintageReader.revisions(db, municipal: municipal)
        }
        guard let date else { return all }
        return all.filter { $0.recorded <= date }
    }

    /// Every batch on record, oldest first; or only those after the batch `id`.
    public func batches(after id: Int64 = 0) throws(StoreError) -> [ImportBatch] {
        try read { db in try ImportBatch.fetchAll(db, after: id) }
    }

    /// Place names as the sources wrote them: `MX-11` → Guanajuato, `US-SWB` → Southwest Border.
    public func geoNames() throws(StoreError) -> [String: String] {
        try read { db in
            var names: [String: String] = [:]
            try db.forEachRow("SELECT code, name FROM geo") { row in names[row.text(0) ?? ""] = row.text(1) ?? "" }
            return names
        }
    }

    /// Row counts per table, and a digest of every row: two equal fingerprints mean equal content.
    public func fingerprint() throws(StoreError) -> StoreFingerprint {
        try read { db in try StoreFingerprint(db) }
    }

    /// Batches recorded by anyone since the last call, as they land: the TUI's "new data" line.
    public func batchWatch() throws(StoreError) -> BatchWatch {
        do {
            return BatchWatch(store: self, signal: try engine.batchSignal(), after: try batches().last?.id ?? 0)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotRead(path, Self.describe(error))
        }
    }

    private func read<T>(_ body: (any SQLConnection) throws -> T) throws(StoreError) -> T {
        do {
            return try engine.read(body)
        } catch {
            throw StoreError.cannotRead(path, Self.describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let db = error as? DatabaseError { return db.message ?? db.description }
        if let failure = error as? SQLFailure { return failure.message }
        return String(describing: error)
    }

    /// What went wrong in an import, as the user should read it.
    static func problem(_ error: any Error, user: String) -> ImportProblem {
        if let failure = error as? SQLFailure, failure.isPermissionDenied { return .readOnlyRole(user: user) }
        return .database(describe(error))
    }
}
