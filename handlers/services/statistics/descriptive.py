"""Descriptive tests: descriptive_summary, normality_test, pareto_analysis."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
from scipy import stats

from handlers.services.statistics._common import (
    StatsError,
    accurate_mean,
    cfg,
    figure,
    labels,
    need,
    numeric,
    require_n,
    result,
    sample_var,
)


def descriptive_summary(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col = need(config, "y_column")
    raw = numeric(df, y_col)
    x = raw[~np.isnan(raw)]
    require_n(x.size, 1, y_col, "y_column")
    n = int(x.size)
    mean = accurate_mean(x)
    var = sample_var(x)
    sd = math.sqrt(var) if n > 1 else math.nan
    q1, median, q3 = (float(v) for v in np.quantile(x, [0.25, 0.5, 0.75]))
    conf = float(cfg(config, "confidence_level", 0.95))
    se = sd / math.sqrt(n) if n > 1 else math.nan
    half = float(stats.t.ppf(0.5 + conf / 2, n - 1)) * se if n > 1 else math.nan
    skew = float(stats.skew(x, bias=False)) if n > 2 and sd > 0 else math.nan
    kurt = float(stats.kurtosis(x, bias=False)) if n > 3 and sd > 0 else math.nan
    summary = {
        "n": n,
        "missing": int(raw.size - n),
        "mean": mean,
        "std": sd,
        "variance": var,
        "se_mean": se,
        "min": float(x.min()),
        "q1": q1,
        "median": median,
        "q3": q3,
        "max": float(x.max()),
        "range": float(x.max() - x.min()),
        "iqr": q3 - q1,
        "skewness": skew,
        "kurtosis": kurt,
        "confidence_level": conf,
        "ci_mean": [mean - half, mean + half],
        "statistic": mean,
        "p_value": None,
        "effect_size": None,
    }
    warnings = []
    if n < 30:
        warnings.append(f"{y_col} has only {n} observations; summary statistics are imprecise.")
    charts = [
        figure(
            [{"type": "histogram", "x": x.tolist(), "name": y_col}], f"Histogram of {y_col}", y_col, "Count"
        ),
        figure(
            [{"type": "box", "y": x.tolist(), "name": y_col, "boxpoints": "outliers"}], f"Boxplot of {y_col}"
        ),
    ]
    return result(
        "descriptive_summary",
        "descriptive",
        summary=summary,
        details={"column": y_col},
        charts=charts,
        context={"column": y_col, "n": n},
        warnings=warnings,
    )


def normality_test(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col = need(config, "y_column")
    raw = numeric(df, y_col)
    x = raw[~np.isnan(raw)]
    require_n(x.size, 3, y_col, "y_column")
    if np.ptp(x) == 0:
        raise StatsError(f"{y_col} is constant; normality cannot be tested.", "y_column")
    alpha = float(cfg(config, "alpha", 0.05))
    warnings = []
    sw = stats.shapiro(x)
    if x.size > 5000:
        warnings.append("Shapiro-Wilk p-values are approximate above 5000 observations.")
    n = x.size
    a2 = _anderson_darling(x)
    a2_star = a2 * (1 + 0.75 / n + 2.25 / n**2)
    p_ad = _ad_pvalue(a2_star)
    normal = float(sw.pvalue) >= alpha
    mean = accurate_mean(x)
    sd = math.sqrt(sample_var(x))
    osm, osr = stats.probplot(x, dist="norm", fit=False)
    summary = {
        "n": int(n),
        "statistic": float(sw.statistic),
        "p_value": float(sw.pvalue),
        "shapiro_wilk": {"statistic": float(sw.statistic), "p_value": float(sw.pvalue)},
        "anderson_darling": {
            "statistic": a2,
            "adjusted_statistic": a2_star,
            "p_value": p_ad,
        },
        "normal": normal,
        "alpha": alpha,
        "effect_size": None,
    }
    charts = [
        figure(
            [
                {"type": "scatter", "mode": "markers", "x": osm.tolist(), "y": osr.tolist(), "name": y_col},
                {
                    "type": "scatter",
                    "mode": "lines",
                    "x": [float(osm.min()), float(osm.max())],
                    "y": [mean + sd * float(osm.min()), mean + sd * float(osm.max())],
                    "name": "Normal fit",
                },
            ],
            f"Normal probability plot of {y_col}",
            "Theoretical quantile",
            y_col,
        )
    ]
    return result(
        "normality_test",
        "descriptive",
        summary=summary,
        details={"mean": mean, "std": sd},
        charts=charts,
        context={"column": y_col, "normal": normal},
        warnings=warnings,
    )


def _anderson_darling(x: np.ndarray) -> float:
    """A² against a normal with the sample mean and standard deviation (as Minitab reports it)."""
    n = x.size
    z = np.sort((x - accurate_mean(x)) / math.sqrt(sample_var(x)))
    logcdf = stats.norm.logcdf(z)
    logsf = stats.norm.logsf(z[::-1])
    i = np.arange(1, n + 1)
    return float(-n - np.sum((2 * i - 1) * (logcdf + logsf)) / n)


def _ad_pvalue(a2s: float) -> float:
    """D'Agostino & Stephens (1986) p-value for the adjusted A² of a normal with estimated parameters."""
    if a2s >= 0.6:
        p = math.exp(1.2937 - 5.709 * a2s + 0.0186 * a2s**2)
    elif a2s >= 0.34:
        p = math.exp(0.9177 - 4.279 * a2s - 1.38 * a2s**2)
    elif a2s >= 0.2:
        p = 1 - math.exp(-8.318 + 42.796 * a2s - 59.938 * a2s**2)
    else:
        p = 1 - math.exp(-13.436 + 101.14 * a2s - 223.73 * a2s**2)
    return min(max(p, 0.0), 1.0)


def category_counts(df: Any, config: dict[str, Any]) -> dict[str, float]:
    """Category → count (from count_column, else one row per observation), empty cells dropped."""
    cat_col = need(config, "category_column")
    cats = labels(df, cat_col)
    count_col = config.get("count_column")
    counts: dict[str, float] = {}
    if count_col:
        vals = numeric(df, count_col)
        for c, v in zip(cats, vals, strict=True):
            if c is None or math.isnan(v):
                continue
            if v < 0:
                raise StatsError(f"{count_col} has a negative count.", "count_column")
            counts[c] = counts.get(c, 0.0) + float(v)
    else:
        counts = {k: float(v) for k, v in Counter(c for c in cats if c is not None).items()}
    return counts


def pareto_analysis(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    counts = category_counts(df, config)
    if len(counts) < 1 or sum(counts.values()) <= 0:
        raise StatsError("No counted categories.", "category_column")
    cutoff = float(cfg(config, "pareto_cutoff", 0.8))
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = math.fsum(v for _, v in ordered)
    rows = []
    cum = 0.0
    vital: list[str] = []
    for cat, v in ordered:
        before = cum
        cum += v
        share = v / total
        rows.append(
            {"category": cat, "count": v, "percent": share * 100, "cumulative_percent": cum / total * 100}
        )
        if before / total < cutoff:
            vital.append(cat)
    names = [r["category"] for r in rows]
    charts = [
        {
            "data": [
                {"type": "bar", "x": names, "y": [r["count"] for r in rows], "name": "Count"},
                {
                    "type": "scatter",
                    "mode": "lines+markers",
                    "x": names,
                    "y": [r["cumulative_percent"] for r in rows],
                    "name": "Cumulative %",
                    "yaxis": "y2",
                },
            ],
            "layout": {
                "title": {"text": "Pareto chart"},
                "yaxis": {"title": {"text": "Count"}},
                "yaxis2": {
                    "title": {"text": "Cumulative %"},
                    "overlaying": "y",
                    "side": "right",
                    "range": [0, 100],
                },
            },
        }
    ]
    return result(
        "pareto_analysis",
        "descriptive",
        summary={
            "total": total,
            "categories": len(rows),
            "vital_few": vital,
            "vital_few_share": math.fsum(counts[c] for c in vital) / total,
            "cutoff": cutoff,
            "statistic": None,
            "p_value": None,
            "effect_size": None,
        },
        details={"table": rows},
        charts=charts,
        context={"vital_few": vital},
    )
