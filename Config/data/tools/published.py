#!/usr/bin/env python3
"""Fills the `published` column of the bundled data files: the day each figure became public.

The rules are the release calendars and the dated sources described, file by file, in
Config/data/README.md ("Publication dates"); this script is those rules, so they can be
reviewed and run again. Standard library only.

    python3 Config/data/tools/published.py          # rewrite the files
    python3 Config/data/tools/published.py --check  # exit 1 if a file is not what the rules give

Only the column is added (or replaced, when the files already have it): every other byte of
every line stays as it is. When a date is uncertain the later candidate is taken, so that
`--as-of` never shows a figure before it was public.
"""
import calendar
import os
import sys

DATA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def day(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"


def month_end(y, m):
    return day(y, m, calendar.monthrange(y, m)[1])


def plus_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def monthly(period):
    y, m = period.split("-")
    return int(y), int(m)


def period_end(indicator, period):
    """The last day of the period; CBP fiscal years (October-September) end on 30 September."""
    if "-" in period:
        return month_end(*monthly(period))
    if indicator.startswith("cbp."):
        return day(int(period), 9, 30)
    return day(int(period), 12, 31)


# --- SESNSP: monthly figures on the 20th of the following month ---------------------------

def sesnsp(copy_dates):
    """`copy_dates`: (first period, last period, day of the copy): a copy cannot hold a figure
    published after it was made, so that day caps the calendar."""
    def rule(indicator, period):
        y, m = plus_months(*monthly(period), 1)
        date = day(y, m, 20)
        for first, last, copied in copy_dates:
            if first <= period <= last:
                date = min(date, copied)
        return date
    return rule


# --- CDC VSRR: 12-month-ending provisional counts, mid-month ------------------------------
# Through the January 2022 release the lag was six months (period M released mid-month M+7);
# the release of 2022-02-16 shortened it to four (NCHS blog, 2022-02-16: "will now be
# reported 4 months after the date of death ... the new update today features data on the
# 12-month period ending in September 2021"), so July-September 2021 came out that day and
# later periods mid-month M+5 (12 months ending December 2024: the May 2025 release).

def vsrr(indicator, period):
    y, m = monthly(period)
    if period <= "2021-06":
        return day(*plus_months(y, m, 7), 15)
    if period <= "2021-09":
        return "2022-02-16"
    return day(*plus_months(y, m, 5), 15)


# --- INEGI: definitive homicides for year Y in October Y+1 --------------------------------

INEGI_ROWS = {
    # preliminary figures: the day or month of the bulletin the row cites
    "2016": "2017-07-26",  # argonmexico.com, 2017-07-26, on INEGI's preliminary bulletin
    "2017": "2018-07-31",  # El Universal on INEGI's preliminary bulletin, July 2018
    "2018": "2019-10-31",  # INEGI definitive (Oct 2019) as reported
    "2024": "2025-11-10",  # La Crónica, 2025-11-10, on INEGI EDR 2024 (definitive); later than October
}


def inegi(indicator, period):
    return INEGI_ROWS.get(period) or day(int(period) + 1, 10, 31)


# --- NCHS final overdose deaths for year Y: December Y+1 (NCHS Data Brief) ----------------

NCHS_ROWS = {
    "2010": "2013-02-28",  # JAMA research letter, February 2013 (the row's source)
    "2014": "2015-12-22",  # AHA News, 2015-12-22, on the MMWR of December 2015
    "2022": "2024-03-31",  # NCHS Data Brief No. 491, March 2024
    "2023": "2024-12-31",  # NCHS Data Brief No. 522, December 2024
    "2024": "2026-02-28",  # summary of the NCHS report, February 2026; later than December 2025
}


def nchs(indicator, period):
    return NCHS_ROWS.get(period) or day(int(period) + 1, 12, 31)


# --- CBP: fiscal-year totals with September's figures, end of October ----------------------

def cbp(indicator, period):
    return day(int(period), 10, 31)


# --- Extraditions and transfers: the statement or report each row cites --------------------

EXTRADITIONS = {
    "2006": "2007-08-29",  # VOA, 2007-08-29
    "2007": "2008-12-30",  # US Embassy Mexico press release, 2008-12-30
    "2008": "2008-12-31",  # same release (2008-12-30), a day before the year ended: the year's end
    "2009": "2010-05-21",  # UPI, 2010-05-21
    "2017": "2020-02-26",  # NYT/AP via arkansasonline, 2020-02-26
    "2018": "2020-02-26",
    "2019": "2023-12-31",  # FGR statistics given to El Universal, December 2023
    "2020": "2023-12-31",
    "2021": "2023-12-31",
    "2022": "2023-12-31",
}

# Announced on the day of the transfer; the month's count is complete when the month ends.
TRANSFERS = {"2025-02": "2025-02-27", "2025-08": "2025-08-12", "2026-01": "2026-01-20"}
# The months without a transfer are known to be zero from the statement of 20 Jan 2026 that 92
# people had been sent since February 2025, which the three transfers add up to.
NO_TRANSFER_KNOWN = "2026-01-20"


def transfers(indicator, period):
    return max(TRANSFERS.get(period, NO_TRANSFER_KNOWN), month_end(*monthly(period)))


RULES = {
    "mx_sesnsp_victims_monthly.csv": sesnsp([("2015-01", "2025-06", "2025-07-20")]),
    "mx_sesnsp_crimes_monthly.csv": sesnsp([("2026-01", "2026-12", "2026-04-18")]),
    "us_vsrr_overdose_monthly.csv": vsrr,
    "mx_inegi_homicides_annual.csv": inegi,
    "us_overdose_final_annual.csv": nchs,
    "us_cbp_drug_seizures_fy.csv": cbp,
    "us_cbp_firearms_fy.csv": cbp,
    "mx_extraditions_annual.csv": lambda indicator, period: EXTRADITIONS[period],
    "mx_transfers_monthly.csv": transfers,
}


def filled(name, data):
    lines = data.split(b"\n")
    assert lines[-1] == b"", f"{name}: no line break at the end"
    header, rows = lines[0], lines[1:-1]
    had = header.endswith(b",published")
    base = header[: -len(b",published")] if had else header
    out = [base + b",published"]
    for line in rows:
        if had:
            line = line.rsplit(b",", 1)[0]
        indicator, period = (f.decode() for f in line.split(b",", 2)[:2])
        date = RULES[name](indicator, period)
        if date < period_end(indicator, period):
            sys.exit(f"{name}: {indicator} {period}: {date} is before the period ends")
        out.append(line + b"," + date.encode())
    return b"\n".join(out) + b"\n"


def main():
    check = "--check" in sys.argv[1:]
    names = sorted(n for n in os.listdir(DATA) if n.endswith(".csv"))
    missing = [n for n in names if n not in RULES]
    if missing:
        sys.exit("no rule for " + ", ".join(missing))
    stale = []
    for name in names:
        path = os.path.join(DATA, name)
        with open(path, "rb") as f:
            data = f.read()
        new = filled(name, data)
        if new != data:
            stale.append(name)
            if not check:
                with open(path, "wb") as f:
                    f.write(new)
    if check and stale:
        sys.exit("not up to date: " + ", ".join(stale))
    print(("up to date" if check else "written") + f": {len(names)} files")


if __name__ == "__main__":
    main()
