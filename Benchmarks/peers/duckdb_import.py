#!/usr/bin/env python3
"""The peer for `vigia import` on the SESNSP municipal file: DuckDB doing the same job.

Read the CSV (cp1252: DuckDB's latin-1 decoder gives the same text for every byte the file uses),
keep the configured subtype (Homicidio doloso), sum the modalidades per municipality and year with
-1 and empty cells as missing, unpivot the twelve months, and persist one row per
indicator x municipality x month in a database file.

Usage: duckdb_import.py FILE.csv OUT.duckdb [SUBTIPO]
"""
import sys
import duckdb

MONTHS = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
          "Septiembre", "Octubre", "Noviembre", "Diciembre"]


def main():
    src, out = sys.argv[1], sys.argv[2]
    subtipo = sys.argv[3] if len(sys.argv) > 3 else "Homicidio doloso"
    sums = ",\n".join(f'sum(CASE WHEN "{m}" >= 0 THEN "{m}" END) AS m{i + 1:02d}' for i, m in enumerate(MONTHS))
    columns = ", ".join(f"m{i + 1:02d}" for i in range(12))
    con = duckdb.connect(out)
    con.execute(f"""
        CREATE TABLE observation AS
        WITH kept AS (
            SELECT * FROM read_csv(?, header = true, encoding = 'latin-1')
            WHERE "Subtipo de delito" = ?
        ), summed AS (
            SELECT "Año" AS year, "Cve. Municipio" AS municipality,
                   {sums}
            FROM kept GROUP BY ALL
        ), long AS (
            UNPIVOT summed ON {columns} INTO NAME month VALUE value
        )
        SELECT 'mx.homicides.crimes' AS indicator,
               'MX-' || lpad(CAST(municipality AS VARCHAR), 5, '0') AS geo,
               CAST(year AS VARCHAR) || '-' || substr(month, 2) AS period,
               value
        FROM long
    """, [src, subtipo])
    n = con.execute("SELECT count(*) FROM observation").fetchone()[0]
    con.close()
    print(f"duckdb {duckdb.__version__}: {n} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
