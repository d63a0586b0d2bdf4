import GRDB

/// The schema, versioned: each migration runs once per database, in order, in a transaction.
/// Never edit a shipped migration; add the next one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: observations with vintages, import batches") { db in
            // One row per file imported (or bundled file seeded): its identity and what it did.
            try db.execute(sql: """
                CREATE TABLE batch (
                    id INTEGER PRIMARY KEY,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    format TEXT NOT NULL,
                    origin TEXT NOT NULL CHECK (origin IN ('import', 'seed')),
                    source TEXT NOT NULL,
                    vintage TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    rows_read INTEGER NOT NULL,
                    added INTEGER NOT NULL,
                    revised INTEGER NOT NULL,
                    unchanged INTEGER NOT NULL,
                    rejected INTEGER NOT NULL
                );
                CREATE INDEX batch_sha256 ON batch(sha256);
                """)
            // A series is an indicator at a place; observations refer to it by a small integer.
            try db.execute(sql: """
                CREATE TABLE series (
                    id INTEGER PRIMARY KEY,
                    indicator TEXT NOT NULL,
                    geo TEXT NOT NULL,
                    UNIQUE (indicator, geo)
                );
                """)
            // Every vintage of every figure: a revision adds a row, it never overwrites one.
            // `partial` periods (CBP "FYTD") are kept apart from complete ones of the same label.
            try db.execute(sql: """
                CREATE TABLE observation (
                    series INTEGER NOT NULL REFERENCES series(id),
                    period TEXT NOT NULL,
                    partial INTEGER NOT NULL DEFAULT 0,
                    batch INTEGER NOT NULL REFERENCES batch(id),
                    value REAL NOT NULL,
                    source TEXT,
                    note TEXT,
                    PRIMARY KEY (series, period, partial, batch)
                ) WITHOUT ROWID;
                """)
            // Names of places as the sources write them.
            try db.execute(sql: "CREATE TABLE geo (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID")
        }
        return migrator
    }
}
