#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB

/// The embedded engine: one SQLite file in WAL mode (or `:memory:`), through GRDB.
final class SQLiteEngine: StoreEngine {
    let name: String
    let queue: DatabaseQueue

    init(name: String, queue: DatabaseQueue) {
        self.name = name
        self.queue = queue
    }

    /// The login name: a file has no database users, and whoever runs the import is the one to ask.
    func user() throws -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return String(geteuid())
    }

    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try queue.read { db in try body(SQLiteConnection(db)) }
    }

    func write<T>(_ body: (any SQLConnection) throws -> (result: T, commit: Bool)) throws -> T {
        var result: T? = nil
        try queue.inTransaction(.immediate) { db in
            let outcome = try body(SQLiteConnection(db))
            result = outcome.result
            return outcome.commit ? .commit : .rollback
        }
        return result!
    }

    /// A file this process cannot write fails when it is opened to write, with its own message.
    func mayImport() throws -> Bool { true }

    /// `PRAGMA quick_check`.
    func check() throws -> [String] {
        let result = try queue.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
        return result == ["ok"] ? [] : result
    }

    func schemaState() throws -> SchemaState {
        let migrator = Migrations.sqlite
        if try queue.read({ try migrator.hasBeenSuperseded($0) }) { return .newer }
        return try queue.read({ try migrator.hasCompletedMigrations($0) }) ? .current : .older
    }

    func migrate() throws {
        try Migrations.sqlite.migrate(queue)
    }

    /// A change counter: the newest batch id, read again when asked (a cheap indexed read).
    func batchSignal() throws -> any BatchSignal {
        LatestBatchSignal(self)
    }
}

/// Fires when the newest batch id differs from the one last seen.
final class LatestBatchSignal: BatchSignal {
    private let engine: any StoreEngine
    private var last: Int64?

    init(_ engine: any StoreEngine) {
        self.engine = engine
        last = Self.latest(engine)
    }

    func fired() -> Bool {
        let now = Self.latest(engine)
        defer { last = now }
        return now != last
    }

    private static func latest(_ engine: any StoreEngine) -> Int64? {
        (try? engine.read { try $0.integer("SELECT max(id) FROM batch") }) ?? nil
    }
}
