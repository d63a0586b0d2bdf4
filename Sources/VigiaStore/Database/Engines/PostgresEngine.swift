import CLibPQ
import Foundation

/// A PostgreSQL server shared by a team: stewards import, officials read, at the same time.
///
/// Reads run in one `REPEATABLE READ, READ ONLY` transaction, so a reader sees the store before
/// or after a batch, never between. Writes take a transaction-scoped advisory lock first: imports
/// from several stewards take turns, and each compares its figures with what the previous one
/// committed. Ids are assigned as `max + 1` under that lock (as SQLite does), not from sequences,
/// which advance on a rolled-back import: both engines number batches and series alike.
final class PostgresEngine: StoreEngine, @unchecked Sendable {
    /// The advisory lock every write takes ("Vigia" in ASCII).
    static let writeLock: Int64 = 0x56_69_67_69_61
    /// The channel a committed batch is announced on.
    static let channel = "vigia_batches"

    let name: String
    let conninfo: String
    private let lock = NSLock()
    private let connection: PostgresConnection

    init(url: String) throws(SQLFailure) {
        conninfo = url
        name = Self.redacted(url)
        connection = try PostgresConnection(url)
    }

    func user() throws -> String {
        try serialised { try $0.texts("SELECT session_user").first ?? "" }
    }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") { (try body($0), true) }
    }

    func write<T>(_ body: (any SQLConnection) throws -> (result: T, commit: Bool)) throws -> T {
        try transaction("BEGIN") { connection in
            try connection.execute("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
            return try body(connection)
        }
    }

    /// One transaction on the connection: committed when the body says so, else (or when it
    /// throws) rolled back.
    private func transaction<T>(_ begin: String, _ body: (PostgresConnection) throws -> (result: T, commit: Bool)) throws -> T {
        try serialised { connection in
            try connection.execute(begin)
            do {
                let outcome = try body(connection)
                try connection.execute(outcome.commit ? "COMMIT" : "ROLLBACK")
                return outcome.result
            } catch {
                try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    func mayImport() throws -> Bool {
        try read { db in
            try db.texts("SELECT has_table_privilege('batch', 'INSERT') AND has_table_privilege('observation', 'INSERT')") == ["t"]
        }
    }

    /// The server checks its own pages (and `amcheck` does more, for an administrator): nothing to add.
    func check() throws -> [String] { [] }

    func schemaState() throws -> SchemaState {
        try serialised { connection in
            guard try connection.texts("SELECT to_regclass('schema_migrations')::text").first?.isEmpty == false else {
                return .older
            }
            let applied = Set(try connection.texts("SELECT identifier FROM schema_migrations"))
            let known = Set(Migrations.all.map(\.identifier))
            if !applied.isSubset(of: known) { return .newer }
            return applied == known ? .current : .older
        }
    }

    /// Each migration in its own transaction, under the write lock: two processes opening a new
    /// database at once take turns, and the second finds the work done.
    func migrate() throws {
        for migration in Migrations.all {
            try write { db in
                try db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY)")
                if try !db.exists("SELECT 1 FROM schema_migrations WHERE identifier = ?", [.text(migration.identifier)]) {
                    try db.execute(migration.postgres)
                    try db.execute("INSERT INTO schema_migrations (identifier) VALUES (?)", [.text(migration.identifier)])
                }
                return ((), true)
            }
        }
    }

    /// LISTEN on a connection of its own; falls back to the change counter when that fails.
    func batchSignal() throws -> any BatchSignal {
        (try? PostgresListener(conninfo: conninfo, channel: Self.channel)) ?? LatestBatchSignal(self)
    }

    private func serialised<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        guard let at = rest.firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + String(rest[at...])
    }

    /// Whether `--db` names a PostgreSQL database (never a file: SQLite would make a folder `postgres:`).
    static func names(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }
}

/// Notifications on a channel, read without blocking.
final class PostgresListener: BatchSignal {
    private let connection: PostgresConnection

    init(conninfo: String, channel: String) throws {
        connection = try PostgresConnection(conninfo)
        try connection.execute("LISTEN \(channel)")
    }

    func fired() -> Bool {
        guard PQconsumeInput(connection.handle) == 1 else { return false }
        var any = false
        while let notice = PQnotifies(connection.handle) {
            any = true
            PQfreemem(notice)
        }
        return any
    }
}
