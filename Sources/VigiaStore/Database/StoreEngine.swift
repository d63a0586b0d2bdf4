/// A database behind the store: SQLite in a file (or in memory), or a PostgreSQL server. The
/// store's statements, its import writer and its vintage reader are written once against
/// `SQLConnection`; an engine supplies connections, transactions and its own checks.
protocol StoreEngine: Sendable {
    /// How messages name the database: the file's path, or the URL without its password.
    var name: String { get }
    /// Who imports, for the batch record: the database user, or the login name for a SQLite file.
    func user() throws -> String
    /// A consistent view: the state before or after any batch, never between.
    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T
    /// One transaction holding the store's write lock (imports are serialised); committed when
    /// the body says so, rolled back otherwise or when it throws.
    func write<T>(_ body: (any SQLConnection) throws -> (result: T, commit: Bool)) throws -> T
    /// Whether this user may record batches (a PostgreSQL reader role may not): asked before a
    /// release is parsed, so a reader's import of a 500 MB file is refused at once.
    func mayImport() throws -> Bool
    /// Problems the engine's own consistency check finds; empty when none.
    func check() throws -> [String]
    /// Whether every migration this Vigía knows has run (and none it does not know).
    func schemaState() throws -> SchemaState
    /// Runs the migrations not yet applied, each in its own transaction.
    func migrate() throws
    /// A signal that fires when another process records a batch.
    func batchSignal() throws -> any BatchSignal
}

enum SchemaState: Equatable {
    case current, older, newer
}

/// Tells cheaply whether a batch may have been recorded since the last call.
protocol BatchSignal: AnyObject {
    func fired() -> Bool
}
