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
        migrator.registerMigration("v2: the day each figure became public") { db in
            // A figure's own publication date (the long CSV's `published`), its vintage; NULL
            // takes the batch's (`--vintage`, else the day of the import or of the seeding).
            try db.execute(sql: "ALTER TABLE observation ADD COLUMN published TEXT")
            // Bundled files seeded before v2 carry the day they were loaded as their vintage: no
            // publication date, and later than any. They are dropped, and seeded again with their
            // publication dates when the configuration is next loaded (every command that opens
            // the store seeds it first). Imported batches stay as they are.
            try db.execute(sql: """
                DELETE FROM observation WHERE batch IN (SELECT id FROM batch WHERE origin = 'seed');
                DELETE FROM batch WHERE origin = 'seed';
                """)
        }
        return migrator
    }
}
