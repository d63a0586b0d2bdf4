#!/usr/bin/env python3
"""Write a synthetic file in the real SESNSP municipal crime-incidence layout (IDM).

The layout, encoding and quirks follow the official file: cp1252, CRLF, no BOM,
columns Año,Clave_Ent,Entidad,Cve. Municipio,Municipio,Bien jurídico afectado,
Tipo de delito,Subtipo de delito,Modalidad,Enero..Diciembre; months not yet
published are empty cells; each state has a "No Especificado" pseudo-municipality
(code ending 998); a few cells hold -1. The crime taxonomy and the state names are
read from the real state file (Tests/Fixtures/raw/sesnsp_estatal_2026_rnid_cp1252.csv).
Municipality counts per state approximate the real ones (about 2,470 in all).

With --expected, a JSON file of ground truth is written too: national monthly totals
of homicidio doloso (all modalidades, -1 cells counted as missing), totals per state,
and row/cell counts, so an importer can be checked at full scale.

Usage:
  gen_sesnsp_municipal.py --out idm.csv [--expected idm.json] [--first-year 2015]
                          [--last-year 2025] [--last-month 8] [--scale 1.0] [--seed 7]
                          [--encoding cp1252|utf-8-sig]
Needs numpy. The full national file (~3 million rows, ~330 MB) takes about a minute.
"""
import argparse, csv, json, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY_FILE = os.path.join(HERE, "..", "Tests", "Fixtures", "raw", "sesnsp_estatal_2026_rnid_cp1252.csv")
MONTHS = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
          "Septiembre", "Octubre", "Noviembre", "Diciembre"]
# Approximate municipality counts per state, in Clave_Ent order 01..32.
MUNIS = [11, 7, 5, 13, 38, 10, 124, 67, 16, 39, 46, 85, 84, 125, 125, 113,
         36, 20, 51, 570, 217, 18, 11, 58, 20, 72, 17, 43, 60, 212, 106, 58]
HEADER = ["Año", "Clave_Ent", "Entidad", "Cve. Municipio", "Municipio",
          "Bien jurídico afectado", "Tipo de delito", "Subtipo de delito", "Modalidad"] + MONTHS


def read_taxonomy():
    with open(TAXONOMY_FILE, encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f))
    states, combos, seen = {}, [], set()
    for r in rows[1:]:
        states[int(r[1])] = r[2]
        key = tuple(r[3:7])
        if key not in seen:
            seen.add(key)
            combos.append(key)
    return [states[i] for i in sorted(states)], combos


def base_rate(combo):
    """Rough monthly count per average municipality, so that national totals look plausible."""
    tipo, subtipo = combo[1], combo[2]
    if subtipo == "Homicidio doloso":
        return 0.12
    if tipo.startswith("Robo"):
        return 2.0
    if tipo in ("Lesiones", "Violencia familiar", "Amenazas", "Fraude", "Daño a la propiedad"):
        return 1.6
    return 0.15


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--expected")
    ap.add_argument("--first-year", type=int, default=2015)
    ap.add_argument("--last-year", type=int, default=2025)
    ap.add_argument("--last-month", type=int, default=8, help="months published in the last year")
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of municipalities to keep")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--encoding", default="cp1252")
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    state_names, combos = read_taxonomy()
    rates = np.array([base_rate(c) for c in combos])
    homicide = np.array([c[2] == "Homicidio doloso" for c in combos])
    years = list(range(a.first_year, a.last_year + 1))
    national = {f"{y}-{m:02d}": 0 for y in years for m in range(1, 13)
                if not (y == a.last_year and m > a.last_month)}
    per_state, rows_written, minus_one = {}, 0, 0

    with open(a.out, "w", encoding=a.encoding, newline="") as f:
        f.write(",".join(HEADER) + "\r\n")
        for s, (name, n_real) in enumerate(zip(state_names, MUNIS), start=1):
            n = max(1, round(n_real * a.scale))
            weights = rng.lognormal(0.0, 1.0, size=n)
            codes = [f"{s:02d}{i:03d}" for i in range(1, n + 1)] + [f"{s:02d}998"]
            names = [f"Municipio {i:03d} de {name}" for i in range(1, n + 1)] + ["No Especificado"]
            weights = np.append(weights, 0.2)
            state_total = 0
            for y in years:
                trend = 1.0 + 0.04 * (y - a.first_year) - 0.006 * (y - a.first_year) ** 2
                season = 1.0 + 0.1 * np.sin(np.arange(12) / 12 * 2 * np.pi)
                lam = weights[:, None, None] * rates[None, :, None] * season[None, None, :] * trend
                counts = rng.poisson(lam)  # municipality x combo x month
                if y == a.last_year:
                    counts[:, :, a.last_month:] = -2  # sentinel: unpublished
                # a few -1 cells, as in the real file
                if rng.random() < 0.02:
                    i, j, k = rng.integers(n + 1), rng.integers(len(combos)), rng.integers(a.last_month)
                    counts[i, j, k] = -1
                hom = np.where(counts[:, homicide, :] > 0, counts[:, homicide, :], 0).sum(axis=(0, 1))
                for m in range(12):
                    key = f"{y}-{m + 1:02d}"
                    if key in national:
                        national[key] += int(hom[m])
                state_total += int(hom.sum())
                minus_one += int((counts == -1).sum())
                lines = []
                for i in range(n + 1):
                    prefix = f"{y},{s},{name},{codes[i]},{names[i]},"
                    for j, c in enumerate(combos):
                        cells = ",".join("" if v == -2 else str(v) for v in counts[i, j])
                        lines.append(prefix + ",".join(_q(x) for x in c) + "," + cells)
                rows_written += len(lines)
                f.write("\r\n".join(lines) + "\r\n")
            per_state[f"{s:02d}"] = state_total

    if a.expected:
        with open(a.expected, "w") as f:
            json.dump({"file": os.path.basename(a.out), "rows": rows_written,
                       "minusOneCells": minus_one,
                       "homicidioDolosoNationalMonthly": national,
                       "homicidioDolosoByState": per_state}, f, indent=1, sort_keys=True)
    print(f"wrote {rows_written} rows to {a.out}", file=sys.stderr)


def _q(x):
    return '"' + x.replace('"', '""') + '"' if ("," in x or '"' in x) else x


if __name__ == "__main__":
    main()
