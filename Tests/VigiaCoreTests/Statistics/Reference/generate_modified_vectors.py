#!/usr/bin/env python3
"""Reference vectors for the trend tests robust to serial correlation -> modified_vectors.json.

Run from this folder (needs only numpy and pymannkendall 1.4.3, which pulls in scipy):

    python3 -m venv v && v/bin/pip install pymannkendall==1.4.3 && v/bin/python generate_modified_vectors.py

The script is deterministic (fixed seeds) and reads the two real series it uses from the
repository's own Config/data/. It writes modified_vectors.json beside itself, in the shape of
mk_vectors.json: {description, vectors: [{name, method, parameters, input, outputs}]}, with
`null` for a missing value in `input` (pymannkendall's NaN at that index).

Methods:
- pymannkendall.hamed_rao_modification_test  (lag None and lag=3)
- pymannkendall.yue_wang_modification_test   (lag None and lag=1)
- pymannkendall.correlated_seasonal_test     (period 12 and 4); the extra output `vigia_n` is
  the number of values the test used (kept whole blocks x period), which pymannkendall does
  not report.
- vigia.serial_correlation.detrended: the lag-1 autocorrelation that Hamed-Rao screens, computed
  with pymannkendall's own steps (sens_slope, detrending by index among the non-missing values,
  scipy rankdata, its private __acf).
- vigia.serial_correlation.deseasonalized: Vigia's own check for monthly and quarterly series
  (no pymannkendall counterpart): the numpy replica `deseasonalized_lag1` below.
"""

import csv
import json
import math
import os
import sys

import numpy as np
import pymannkendall as mk
import scipy
from scipy.stats import norm, rankdata

# pymannkendall's module-level helper (double underscore, but not name-mangled at module level).
_acf = getattr(sys.modules["pymannkendall.pymannkendall"], "__acf")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
ALPHA = 0.05


# ----------------------------------------------------------------------------- series

def rounded(values, digits=2):
    return [None if v is None else round(float(v), digits) for v in values]


def ar1(rng, n, phi, sigma=1.0):
    e = rng.normal(0.0, sigma, n + 50)
    y = np.zeros(n + 50)
    for t in range(1, n + 50):
        y[t] = phi * y[t - 1] + e[t]
    return y[50:]


def with_gaps(values, indices):
    out = list(values)
    for i in indices:
        out[i] = None
    return out


def seasonal_pattern(period, amplitude):
    return amplitude * np.sin(2 * np.pi * np.arange(period) / period)


def monthly(rng, years, period, level, slope_per_year, amplitude, noise, phi=0.0):
    n = years * period
    season = np.tile(seasonal_pattern(period, amplitude), years)
    trend = level + slope_per_year * np.arange(n) / period
    e = ar1(rng, n, phi, noise) if phi else rng.normal(0.0, noise, n)
    return trend + season + e


def read_series(file, indicator, first, last):
    with open(os.path.join(REPO, "Config", "data", file), newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["indicator"] == indicator and first <= r["period"] <= last]
    rows.sort(key=lambda r: r["period"])
    return [float(r["value"]) for r in rows]


def plain_series():
    """Series for Hamed-Rao and Yue-Wang (one value per step)."""
    rng = np.random.default_rng(20240611)
    series = []
    series.append(("increasing", rounded(10 + 0.4 * np.arange(20) + rng.normal(0, 1.0, 20))))
    series.append(("decreasing", rounded(50 - 0.7 * np.arange(25) + rng.normal(0, 2.0, 25))))
    series.append(("flat_noisy", rounded(100 + rng.normal(0, 5.0, 30))))
    series.append(("ar1_phi08_with_trend", rounded(0.15 * np.arange(60) + ar1(rng, 60, 0.8))))
    series.append(("ar1_phi08_no_trend", rounded(20 + ar1(rng, 48, 0.8))))
    series.append(("ar1_negative_phi", rounded(5 + 0.05 * np.arange(40) + ar1(rng, 40, -0.5))))
    series.append(("ties_counts", [float(v) for v in np.round(4 + 0.08 * np.arange(36) + rng.normal(0, 0.9, 36))]))
    series.append(("gaps_middle", with_gaps(rounded(30 + 0.3 * np.arange(32) + ar1(rng, 32, 0.5, 1.5)), [7, 15, 16, 22])))
    series.append(("gaps_decreasing_autocorrelated",
                   with_gaps(rounded(80 - 0.5 * np.arange(45) + ar1(rng, 45, 0.85, 2.0)), [3, 20, 21, 22, 40])))
    series.append(("short_n8", rounded(3 + 0.2 * np.arange(8) + rng.normal(0, 0.3, 8))))
    series.append(("annual_homicide_like", [15.0, 17.6, 21.5, 24.0, 23.1, 18.4, 16.2, 17.2, 19.9, 24.8, 29.1, 29.5,
                                            29.0, 28.0, 27.4, 26.1, 23.8, 20.0]))
    series.append(("vsrr_12_month_sums_2019_01_2025_04",
                   read_series("us_vsrr_overdose_monthly.csv", "us.overdose.deaths", "2019-01", "2025-04")))
    series.append(("sesnsp_victims_2019_01_2025_06",
                   read_series("mx_sesnsp_victims_monthly.csv", "mx.homicides", "2019-01", "2025-06")))
    assert len(series[-2][1]) == 76 and len(series[-1][1]) == 78, (len(series[-2][1]), len(series[-1][1]))
    return series


def seasonal_series():
    """Series for the correlated seasonal test: (name, values, period)."""
    rng = np.random.default_rng(19940301)
    series = []
    series.append(("monthly_increasing", rounded(monthly(rng, 8, 12, 100, 6, 10, 3)), 12))
    series.append(("monthly_decreasing", rounded(monthly(rng, 6, 12, 200, -9, 25, 5)), 12))
    series.append(("monthly_flat_noisy", rounded(monthly(rng, 7, 12, 50, 0, 8, 4)), 12))
    series.append(("monthly_ar1_phi08_with_trend", rounded(monthly(rng, 8, 12, 40, 1.5, 5, 2, phi=0.8)), 12))
    counts = np.round(monthly(rng, 6, 12, 6, 0.5, 2, 1.2)).clip(min=0)
    series.append(("monthly_ties_counts", [float(v) for v in counts], 12))
    series.append(("monthly_trailing_partial_year", rounded(monthly(rng, 7, 12, 300, -12, 30, 8))[:6 * 12 + 5], 12))
    series.append(("monthly_missing_month_inside_a_year",
                   with_gaps(rounded(monthly(rng, 7, 12, 80, 3, 12, 4, phi=0.5)), [2 * 12 + 5]), 12))
    series.append(("monthly_gaps_in_two_years_and_partial",
                   with_gaps(rounded(monthly(rng, 8, 12, 60, 2, 6, 3))[:7 * 12 + 3], [13, 14, 5 * 12 + 11, 7 * 12 + 1]), 12))
    series.append(("vsrr_12_month_sums_2019_01_2025_04",
                   read_series("us_vsrr_overdose_monthly.csv", "us.overdose.deaths", "2019-01", "2025-04"), 12))
    series.append(("sesnsp_victims_2019_01_2025_06",
                   read_series("mx_sesnsp_victims_monthly.csv", "mx.homicides", "2019-01", "2025-06"), 12))
    series.append(("quarterly_increasing", rounded(monthly(rng, 10, 4, 20, 1.2, 3, 1.5)), 4))
    series.append(("quarterly_decreasing_autocorrelated", rounded(monthly(rng, 9, 4, 70, -2.5, 6, 2, phi=0.7)), 4))
    series.append(("quarterly_flat_ties", [float(v) for v in np.round(monthly(rng, 8, 4, 5, 0, 1, 0.8))], 4))
    series.append(("quarterly_partial_and_missing",
                   with_gaps(rounded(monthly(rng, 9, 4, 45, -1, 4, 2))[:8 * 4 + 2], [4 * 4 + 2]), 4))
    series.append(("sesnsp_victims_quarterly_sums_2019_q1_2025_q2",
                   [float(sum(q)) for q in np.reshape(
                       read_series("mx_sesnsp_victims_monthly.csv", "mx.homicides", "2019-01", "2025-06"), (-1, 3))], 4))
    return series


def serial_series():
    """Series for the lag-1 checks: (name, values, period)."""
    rng = np.random.default_rng(31337)
    plain = [(n, v, None) for n, v in plain_series()]
    extra = [
        ("white_noise_72", rounded(rng.normal(10, 2, 72)), None),
        ("ar1_phi09_72", rounded(10 + ar1(rng, 72, 0.9)), None),
        ("constant", [4.0] * 10, None),
        ("too_short_n2", [1.0, 2.0], None),
    ]
    seasonal = [
        ("monthly_ar1_phi09", rounded(monthly(rng, 8, 12, 100, 2, 15, 3, phi=0.9)), 12),
        ("monthly_white_noise", rounded(monthly(rng, 8, 12, 100, 2, 15, 3)), 12),
        ("monthly_white_noise_with_gaps", with_gaps(rounded(monthly(rng, 7, 12, 50, -1, 5, 2)), [9, 30, 31, 60]), 12),
        ("monthly_ties_counts", [float(v) for v in np.round(monthly(rng, 6, 12, 5, 0.3, 2, 1.0)).clip(min=0)], 12),
        ("monthly_too_short_35", rounded(monthly(rng, 3, 12, 10, 1, 2, 1))[:35], 12),
        ("monthly_seasonal_only_constant_residual", [float(v) for v in np.tile(np.arange(12), 4)], 12),
        ("quarterly_ar1_phi09", rounded(monthly(rng, 12, 4, 30, 1, 4, 1, phi=0.9)), 4),
        ("quarterly_white_noise", rounded(monthly(rng, 12, 4, 30, 1, 4, 1)), 4),
        ("hand_checked_period_2", [1.0, 10.0, 2.0, 11.0, 3.0, 12.0], 2),
    ]
    seasonal += [(n, v, 12) for n, v, p in seasonal_series() if p == 12 and n.startswith(("vsrr", "sesnsp"))]
    return plain + extra, seasonal


# ----------------------------------------------------------------------------- computations

def nan_array(values):
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def trend_outputs(result):
    out = {
        "trend": result.trend,
        "h": bool(result.h),
        "p": float(result.p),
        "z": float(result.z),
        "Tau": float(result.Tau),
        "s": float(result.s),
        "var_s": float(result.var_s),
        "slope": float(result.slope),
        "intercept": float(result.intercept),
    }
    for k in ("Tau", "s", "var_s", "slope"):
        assert math.isfinite(out[k]), (k, out)
    if out["var_s"] <= 0:
        # The correction made Var(S) non-positive: pymannkendall's z and p are NaN (and its trend
        # "no trend"). Written as null; Vigia reports z = 0, p = 1, not significant.
        assert math.isnan(out["z"]) and math.isnan(out["p"]) and out["trend"] == "no trend", out
        out["z"] = None
        out["p"] = None
    else:
        assert math.isfinite(out["z"]) and math.isfinite(out["p"]), out
    return out


def detrended_lag1(values):
    """Hamed-Rao's own screening at lag 1 (pymannkendall 1.4.3, hamed_rao_modification_test)."""
    x_old = nan_array(values)
    x = x_old[~np.isnan(x_old)]
    n = len(x)
    if n < 3:
        return None
    slope = mk.sens_slope(x_old).slope
    ranks = rankdata(x - np.arange(1, n + 1) * slope)
    y = ranks - ranks.mean()
    if not np.any(y != 0):
        return None
    lag1 = float(_acf(ranks, nlags=1)[1])
    return lag1, n


def deseasonalized_lag1(values, period):
    """Vigia's SerialCorrelation.ofDeseasonalized, step by step, in the same order of operations.

    Season of index i: i mod period. Each season's mean over its available values (a plain
    left-to-right sum divided by the count); the seasonal Sen slope per step,
    seasonal_sens_slope / period, times (index - first index); residual = (x - season mean) -
    that trend; average ranks of the residuals; lag-1 autocorrelation of the ranks in time order
    (missing values skipped) as pymannkendall's __acf. None when fewer than 3 * period values
    or when every residual ties.
    """
    x_old = nan_array(values)
    idx = np.flatnonzero(~np.isnan(x_old))
    vals = x_old[idx]
    n = len(vals)
    if n < 3 * period or n < 3:
        return None
    sums = [0.0] * period
    counts = [0] * period
    for i, v in zip(idx, vals):
        sums[i % period] += float(v)
        counts[i % period] += 1
    means = [sums[s] / counts[s] if counts[s] else 0.0 for s in range(period)]
    slope = mk.seasonal_sens_slope(x_old, period=period).slope
    slope = 0.0 if np.isnan(slope) else float(slope)
    per_step = slope / period
    first = int(idx[0])
    residuals = np.array([(float(v) - means[i % period]) - per_step * float(int(i) - first) for i, v in zip(idx, vals)])
    ranks = rankdata(residuals)
    y = ranks - ranks.mean()
    if not np.any(y != 0):
        return None
    return float(_acf(ranks, nlags=1)[1]), n


def serial_outputs(result):
    if result is None:
        return {"lag1": None, "bound": None, "n": None, "significant": None}
    lag1, n = result
    bound = float(norm.ppf(1 - ALPHA / 2) / np.sqrt(n))
    return {"lag1": lag1, "bound": bound, "n": n, "significant": bool(abs(lag1) > bound)}


def vector(name, method, parameters, values, outputs):
    return {"name": name, "method": method, "parameters": parameters, "input": values, "outputs": outputs}


def main():
    vectors = []
    for name, values in plain_series():
        x = nan_array(values)
        for lag in (None, 3):
            r = mk.hamed_rao_modification_test(x, alpha=ALPHA, lag=lag)
            suffix = "lag_all" if lag is None else f"lag_{lag}"
            vectors.append(vector(f"{name}__hamed_rao_{suffix}", "pymannkendall.hamed_rao_modification_test",
                                  {"alpha": ALPHA, "lag": lag}, values, trend_outputs(r)))
        for lag in (None, 1):
            r = mk.yue_wang_modification_test(x, alpha=ALPHA, lag=lag)
            suffix = "lag_all" if lag is None else f"lag_{lag}"
            vectors.append(vector(f"{name}__yue_wang_{suffix}", "pymannkendall.yue_wang_modification_test",
                                  {"alpha": ALPHA, "lag": lag}, values, trend_outputs(r)))

    for name, values, period in seasonal_series():
        assert values[0] is not None, "Vigia's blocks start at the first value: keep index 0 present"
        x = nan_array(values)
        r = mk.correlated_seasonal_test(x, period=period, alpha=ALPHA)
        padded = np.pad(x, (0, (-len(x)) % period), constant_values=np.nan).reshape(-1, period)
        kept = int((~np.isnan(padded).any(axis=1)).sum())
        out = trend_outputs(r)
        out["vigia_n"] = kept * period
        vectors.append(vector(f"{name}__correlated_seasonal_p{period}", "pymannkendall.correlated_seasonal_test",
                              {"alpha": ALPHA, "period": period}, values, out))

    plain, seasonal = serial_series()
    for name, values, _ in plain:
        vectors.append(vector(f"{name}__serial_detrended", "vigia.serial_correlation.detrended",
                              {"alpha": ALPHA}, values, serial_outputs(detrended_lag1(values))))
    for name, values, period in seasonal:
        vectors.append(vector(f"{name}__serial_deseasonalized_p{period}", "vigia.serial_correlation.deseasonalized",
                              {"alpha": ALPHA, "period": period}, values,
                              serial_outputs(deseasonalized_lag1(values, period))))

    names = [v["name"] for v in vectors]
    assert len(names) == len(set(names)), "duplicate vector names"
    document = {
        "description": (
            "Reference results for the trend tests robust to serial correlation (docs/methods.md section 7), "
            f"computed with pymannkendall {mk.__version__} (numpy {np.__version__}, scipy {scipy.__version__}, "
            f"Python {sys.version.split()[0]}) by generate_modified_vectors.py. null inputs mean a missing "
            "observation at that position. vigia.serial_correlation.* vectors are Vigia's lag-1 checks: "
            "'detrended' with pymannkendall's own Hamed-Rao steps, 'deseasonalized' from the numpy replica "
            "in the generator; null outputs there mean the check does not apply (too few values, or all residuals tie)."
        ),
        "vectors": vectors,
    }
    path = os.path.join(HERE, "modified_vectors.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, allow_nan=False)
        f.write("\n")
    counts = {}
    for v in vectors:
        key = v["method"] + (f" lag={v['parameters']['lag']}" if "lag" in v["parameters"] else "") + \
              (f" period={v['parameters']['period']}" if "period" in v["parameters"] else "")
        counts[key] = counts.get(key, 0) + 1
    for k in sorted(counts):
        print(f"{counts[k]:3d}  {k}")
    print(f"{len(vectors)} vectors -> {path}")


if __name__ == "__main__":
    main()
