import GRDB

/// The schema, versioned: each migration runs once per database, in order, in its own
/// transaction, with the same identifier on either engine. Never edit a shipped migration; add
/// the next one. The two dialects differ in types: PostgreSQL's `DOUBLE PRECISION` is SQLite's
/// `REAL` (PostgreSQL's own `REAL` is single precision), and its text columns that are sorted use
/// the "C" collation, SQLite's byte order, so both engines read figures in one order. And neither
/// engine checks the observations' references to their series and batch: SQLite declares them but
/// runs with foreign keys off, PostgreSQL does not declare them. The writer creates every parent
/// row in the same transaction as its observations, and checking 300,000 references again cost
/// PostgreSQL 85 % of a municipal import (1.16 s of 1.35 s for a COPY of 85,000 rows, measured).
struct Migration: Sendable {
    let identifier: String
    let sqlite: String
    let postgres: String
}

enum Migrations {
    static let all: [Migration] = [
        Migration(identifier: "v1: observations with vintages, import batches",
                  // One row per file imported (or bundled file seeded): its identity and what it did.
                  // A series is an indicator at a place; observations refer to it by a small integer.
                  // Every vintage of every figure: a revision adds a row, it never overwrites one.
                  // `partial` periods (CBP "FYTD") are kept apart from complete ones of the same label.
                  sqlite: """
                      CREATE TABLE batch (
                          id INTEGER PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL,
                          origin TEXT NOT NULL CHECK (origin IN ('import', 'seed')), source TEXT NOT NULL,
                          vintage TEXT NOT NULL, imported_at TEXT NOT NULL, rows_read INTEGER NOT NULL,
                          added INTEGER NOT NULL, revised INTEGER NOT NULL, unchanged INTEGER NOT NULL,
                          rejected INTEGER NOT NULL);
                      CREATE INDEX batch_sha256 ON batch(sha256);
                      CREATE TABLE series (id INTEGER PRIMARY KEY, indicator TEXT NOT NULL, geo TEXT NOT NULL,
                                           UNIQUE (indicator, geo));
                      CREATE TABLE observation (
                          series INTEGER NOT NULL REFERENCES series(id), period TEXT NOT NULL,
                          partial INTEGER NOT NULL DEFAULT 0, batch INTEGER NOT NULL REFERENCES batch(id),
                          value REAL NOT NULL, source TEXT, note TEXT,
                          PRIMARY KEY (series, period, partial, batch)) WITHOUT ROWID;
                      CREATE TABLE geo (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
                      """,
                  postgres: """
                      CREATE TABLE batch (
                          id BIGINT PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL,
                          origin TEXT NOT NULL CHECK (origin IN ('import', 'seed')), source TEXT NOT NULL,
                          vintage TEXT COLLATE "C" NOT NULL, imported_at TEXT NOT NULL, rows_read BIGINT NOT NULL,
                          added BIGINT NOT NULL, revised BIGINT NOT NULL, unchanged BIGINT NOT NULL,
                          rejected BIGINT NOT NULL);
                      CREATE INDEX batch_sha256 ON batch(sha256);
                      CREATE TABLE series (id BIGINT PRIMARY KEY, indicator TEXT COLLATE "C" NOT NULL,
                                           geo TEXT COLLATE "C" NOT NULL, UNIQUE (indicator, geo));
                      CREATE TABLE observation (
                          series BIGINT NOT NULL, period TEXT COLLATE "C" NOT NULL,
                          partial BIGINT NOT NULL DEFAULT 0, batch BIGINT NOT NULL,
                          value DOUBLE PRECISION NOT NULL, source TEXT, note TEXT,
                          PRIMARY KEY (series, period, partial, batch));
                      CREATE TABLE geo (code TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL);
                      """),
        // A figure's own publication date (the long CSV's `published`), its vintage; NULL takes the
        // batch's (`--vintage`, else the day of the import or of the seeding). Bundled files seeded
        // before v2 carry the day they were loaded as their vintage: they are dropped, and seeded
        // again with their publication dates when the configuration is next loaded.
        Migration(identifier: "v2: the day each figure became public",
                  sqlite: """
                      ALTER TABLE observation ADD COLUMN published TEXT;
                      DELETE FROM observation WHERE batch IN (SELECT id FROM batch WHERE origin = 'seed');
                      DELETE FROM batch WHERE origin = 'seed';
                      """,
                  postgres: """
                      ALTER TABLE observation ADD COLUMN published TEXT COLLATE "C";
                      DELETE FROM observation WHERE batch IN (SELECT id FROM batch WHERE origin = 'seed');
                      DELETE FROM batch WHERE origin = 'seed';
                      """),
        // Who recorded each batch: the database user (PostgreSQL), or the login name (SQLite).
        // Batches before v3 say nobody.
        Migration(identifier: "v3: who imported each batch",
                  sqlite: "ALTER TABLE batch ADD COLUMN imported_by TEXT NOT NULL DEFAULT ''",
                  postgres: "ALTER TABLE batch ADD COLUMN imported_by TEXT NOT NULL DEFAULT ''"),
        // How far each figure can be trusted (the long CSV's `confidence`): NULL is `high`, so every
        // figure recorded before v4, and every official release, keeps its meaning. The same
        // statement on both engines.
        Migration(identifier: "v4: the grade of each figure",
                  sqlite: gradeColumn,
                  postgres: gradeColumn),
        // What the municipal figures add up to, per vintage ("epoch": the vintage from which the
        // sums hold, '' before any), over the nation (`geo` a country) and each state; written
        // with every batch (`MunicipalSums`) so a dashboard opens without reading the municipal
        // figures. `municipal_total_basis` names the newest batch the sums include: when it is not
        // the newest batch on record, readers ignore the sums and read every figure, as before v5.
        Migration(identifier: "v5: municipal sums per vintage",
                  sqlite: """
                      CREATE TABLE municipal_total (
                          epoch TEXT NOT NULL, indicator TEXT NOT NULL, geo TEXT NOT NULL, period TEXT NOT NULL,
                          value REAL NOT NULL, parts INTEGER NOT NULL, municipalities INTEGER NOT NULL,
                          confidence TEXT, source TEXT NOT NULL, published TEXT,
                          PRIMARY KEY (epoch, indicator, geo, period)) WITHOUT ROWID;
                      CREATE TABLE municipal_total_basis (batch INTEGER NOT NULL);
                      INSERT INTO municipal_total_basis (batch) VALUES (0);
                      """,
                  postgres: """
                      CREATE TABLE municipal_total (
                          epoch TEXT COLLATE "C" NOT NULL, indicator TEXT COLLATE "C" NOT NULL,
                          geo TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                          value DOUBLE PRECISION NOT NULL, parts BIGINT NOT NULL, municipalities BIGINT NOT NULL,
                          confidence TEXT, source TEXT NOT NULL, published TEXT,
                          PRIMARY KEY (epoch, indicator, geo, period));
                      CREATE TABLE municipal_total_basis (batch BIGINT NOT NULL);
                      INSERT INTO municipal_total_basis (batch) VALUES (0);
                      DO $$ DECLARE r record; BEGIN
                          -- Whoever may record figures (a steward) rewrites the sums with each batch.
                          FOR r IN SELECT DISTINCT grantee FROM information_schema.role_table_grants
                                   WHERE table_schema = current_schema() AND table_name = 'observation'
                                     AND privilege_type = 'INSERT' AND grantee NOT IN ('PUBLIC', current_user)
                          LOOP
                              EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON municipal_total, municipal_total_basis TO %I',
                                             r.grantee);
                          END LOOP;
                      END $$;
                      """),
    ]

    /// v4 in both dialects: a nullable text column with the weaker grades only.
    private static let gradeColumn =
        "ALTER TABLE observation ADD COLUMN confidence TEXT CHECK (confidence IS NULL OR confidence IN ('medium', 'low'))"

    /// The SQLite migrations through GRDB's migrator (its `grdb_migrations` table records them).
    static var sqlite: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sqlite) }
        }
        return migrator
    }
}
