"""Comparison tests: t tests, one-way ANOVA (+ Tukey HSD), Mann-Whitney, Kruskal-Wallis, chi-square."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy import stats

from handlers.services.statistics._common import (
    FloatArray,
    StatsError,
    accurate_mean,
    alt,
    cfg,
    figure,
    labels,
    need,
    normality_warning,
    numeric,
    require_n,
    result,
    sample_var,
    small_sample_warning,
    sum_sq_dev,
)
from handlers.services.statistics.descriptive import category_counts


def _y(df: Any, config: dict[str, Any]) -> tuple[str, FloatArray]:
    y_col = need(config, "y_column")
    return y_col, numeric(df, y_col)


def groups(df: Any, config: dict[str, Any], *, exactly_two: bool) -> tuple[str, str, dict[str, FloatArray]]:
    """The y values split by group_column (rows with an empty y or group dropped), groups in sorted order."""
    y_col, y = _y(df, config)
    g_col = need(config, "group_column")
    g = labels(df, g_col)
    out: dict[str, list[float]] = {}
    for gv, yv in zip(g, y, strict=True):
        if gv is None or math.isnan(yv):
            continue
        out.setdefault(gv, []).append(float(yv))
    if exactly_two and len(out) != 2:
        raise StatsError(f"{g_col} must have exactly two groups; it has {len(out)}.", "group_column")
    if len(out) < 2:
        raise StatsError(f"{g_col} must have at least two groups; it has {len(out)}.", "group_column")
    return y_col, g_col, {k: np.asarray(out[k], dtype=np.float64) for k in sorted(out)}


def _ci(center: float, se: float, df_: float, conf: float, alternative: str) -> list[float | None]:
    if alternative == "two-sided":
        h = float(stats.t.ppf(0.5 + conf / 2, df_)) * se
        return [center - h, center + h]
    h = float(stats.t.ppf(conf, df_)) * se
    return [None, center + h] if alternative == "less" else [center - h, None]


class _Levene:
    def __init__(self, statistic: float, pvalue: float) -> None:
        self.statistic, self.pvalue = statistic, pvalue


def _levene(*samples: FloatArray) -> _Levene:
    """Levene's test (Brown-Forsythe, median-centred); NaN (no warning) when every group's spread is
    identical or zero, where the statistic is undefined."""
    with np.errstate(invalid="ignore", divide="ignore"):
        res = stats.levene(*samples, center="median")
    return _Levene(float(res.statistic), float(res.pvalue))


def _box(groups_: dict[str, FloatArray], title: str, y_col: str) -> dict[str, Any]:
    return figure(
        [{"type": "box", "y": v.tolist(), "name": k, "boxmean": True} for k, v in groups_.items()],
        title,
        "",
        y_col,
    )


def one_sample_t(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col, raw = _y(df, config)
    x = raw[~np.isnan(raw)]
    require_n(x.size, 2, y_col, "y_column")
    mu0 = float(cfg(config, "hypothesized_value", 0.0))
    conf = float(cfg(config, "confidence_level", 0.95))
    a = alt(config)
    n = x.size
    mean = accurate_mean(x)
    sd = math.sqrt(sample_var(x))
    if sd == 0:
        raise StatsError(f"{y_col} is constant; the t statistic is undefined.", "y_column")
    se = sd / math.sqrt(n)
    t = (mean - mu0) / se
    p = _p_t(t, n - 1, a)
    warnings = [w for w in (normality_warning(x, y_col), small_sample_warning(n, y_col)) if w]
    return result(
        "one_sample_t",
        "comparison",
        summary={
            "statistic": t,
            "df": n - 1,
            "p_value": p,
            "effect_size": (mean - mu0) / sd,
            "effect_size_name": "cohens_d",
            "mean": mean,
            "std": sd,
            "se_mean": se,
            "n": n,
            "hypothesized_value": mu0,
            "confidence_level": conf,
            "ci": _ci(mean, se, n - 1, conf, a),
            "alternative": a,
        },
        charts=[_box({y_col: x}, f"{y_col} vs hypothesized mean {mu0:g}", y_col)],
        context={"significant": p < float(cfg(config, "alpha", 0.05))},
        warnings=warnings,
    )


def _p_t(t: float, df_: float, a: str) -> float:
    if a == "less":
        return float(stats.t.cdf(t, df_))
    if a == "greater":
        return float(stats.t.sf(t, df_))
    return float(2 * stats.t.sf(abs(t), df_))


def two_sample_t(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col, g_col, gs = groups(df, config, exactly_two=True)
    (n1_name, x1), (n2_name, x2) = gs.items()
    for name, x in gs.items():
        require_n(x.size, 2, f"Group {name!r}", "group_column")
    pooled = bool(cfg(config, "equal_variance", False))
    a = alt(config)
    conf = float(cfg(config, "confidence_level", 0.95))
    alpha = float(cfg(config, "alpha", 0.05))
    delta0 = float(cfg(config, "hypothesized_value", 0.0))
    n1, n2 = x1.size, x2.size
    m1, m2 = accurate_mean(x1), accurate_mean(x2)
    v1, v2 = sample_var(x1), sample_var(x2)
    sp2 = ((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2)
    if pooled:
        se = math.sqrt(sp2 * (1 / n1 + 1 / n2))
        dof: float = n1 + n2 - 2
    else:
        se = math.sqrt(v1 / n1 + v2 / n2)
        dof = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    if se == 0:
        raise StatsError("Both groups are constant; the t statistic is undefined.", "y_column")
    diff = m1 - m2
    t = (diff - delta0) / se
    p = _p_t(t, dof, a)
    d = diff / math.sqrt(sp2) if sp2 > 0 else math.nan
    levene = _levene(x1, x2)
    warnings = [
        w
        for w in (normality_warning(x1, f"Group {n1_name!r}"), normality_warning(x2, f"Group {n2_name!r}"))
        if w
    ]
    if pooled and float(levene.pvalue) < alpha:
        warnings.append(
            f"Variances look unequal (Levene p = {float(levene.pvalue):.4g}); consider Welch's test (equal_variance false)."
        )
    warnings += [
        w
        for w in (
            small_sample_warning(n1, f"Group {n1_name!r}", 15),
            small_sample_warning(n2, f"Group {n2_name!r}", 15),
        )
        if w
    ]
    return result(
        "two_sample_t",
        "comparison",
        summary={
            "statistic": t,
            "df": dof,
            "p_value": p,
            "effect_size": d,
            "effect_size_name": "cohens_d",
            "mean_difference": diff,
            "difference": f"{n1_name} - {n2_name}",
            "se_difference": se,
            "ci": _ci(diff, se, dof, conf, a),
            "confidence_level": conf,
            "method": "pooled" if pooled else "welch",
            "alternative": a,
            "hypothesized_value": delta0,
        },
        details={
            "groups": [
                {"group": k, "n": int(v.size), "mean": accurate_mean(v), "std": math.sqrt(sample_var(v))}
                for k, v in gs.items()
            ],
            "levene": {"statistic": float(levene.statistic), "p_value": float(levene.pvalue)},
        },
        charts=[_box(gs, f"{y_col} by {g_col}", y_col)],
        context={"significant": p < alpha, "group_column": g_col},
        warnings=warnings,
    )


def paired_t(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col, y = _y(df, config)
    x_col = need(config, "x_columns")[0]
    x = numeric(df, x_col)
    ok = ~(np.isnan(y) | np.isnan(x))
    d = y[ok] - x[ok]
    require_n(d.size, 2, "The pairs", "y_column")
    a = alt(config)
    conf = float(cfg(config, "confidence_level", 0.95))
    delta0 = float(cfg(config, "hypothesized_value", 0.0))
    n = d.size
    md = accurate_mean(d)
    sd = math.sqrt(sample_var(d))
    if sd == 0:
        raise StatsError("The differences are constant; the t statistic is undefined.", "y_column")
    se = sd / math.sqrt(n)
    t = (md - delta0) / se
    p = _p_t(t, n - 1, a)
    warnings = [
        w for w in (normality_warning(d, "The differences"), small_sample_warning(n, "The pairs")) if w
    ]
    if int((~ok).sum()):
        warnings.append(f"{int((~ok).sum())} rows with an empty value were dropped.")
    return result(
        "paired_t",
        "comparison",
        summary={
            "statistic": t,
            "df": n - 1,
            "p_value": p,
            "effect_size": md / sd,
            "effect_size_name": "cohens_dz",
            "mean_difference": md,
            "difference": f"{y_col} - {x_col}",
            "std_difference": sd,
            "se_difference": se,
            "ci": _ci(md, se, n - 1, conf, a),
            "confidence_level": conf,
            "n": n,
            "alternative": a,
        },
        charts=[figure([{"type": "histogram", "x": d.tolist(), "name": "difference"}], f"{y_col} − {x_col}")],
        context={"significant": p < float(cfg(config, "alpha", 0.05))},
        warnings=warnings,
    )


def anova_oneway(gs: dict[str, FloatArray]) -> dict[str, float]:
    """One-way ANOVA from deviations about the means (accurate on the NIST StRD sets)."""
    all_x = np.concatenate(list(gs.values()))
    grand = accurate_mean(all_x)
    means = {k: accurate_mean(v) for k, v in gs.items()}
    ssb = math.fsum(v.size * (means[k] - grand) ** 2 for k, v in gs.items())
    ssw = math.fsum(sum_sq_dev(v, means[k]) for k, v in gs.items())
    k = len(gs)
    n = all_x.size
    df_b, df_w = k - 1, n - k
    msb, msw = ssb / df_b, ssw / df_w
    f = msb / msw if msw > 0 else math.inf
    p = float(stats.f.sf(f, df_b, df_w)) if math.isfinite(f) else 0.0
    return {
        "ss_between": ssb,
        "ss_within": ssw,
        "ss_total": ssb + ssw,
        "df_between": df_b,
        "df_within": df_w,
        "ms_between": msb,
        "ms_within": msw,
        "f": f,
        "p_value": p,
        "r_squared": ssb / (ssb + ssw) if ssb + ssw > 0 else math.nan,
        "residual_std": math.sqrt(msw),
    }


def one_way_anova(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col, g_col, gs = groups(df, config, exactly_two=False)
    for name, x in gs.items():
        require_n(x.size, 2, f"Group {name!r}", "group_column")
    alpha = float(cfg(config, "alpha", 0.05))
    a = anova_oneway(gs)
    warnings: list[str] = []
    levene = _levene(*gs.values())
    if float(levene.pvalue) < alpha:
        warnings.append(f"Variances look unequal across groups (Levene p = {float(levene.pvalue):.4g}).")
    resid = np.concatenate([v - accurate_mean(v) for v in gs.values()])
    w = normality_warning(resid, "The residuals")
    if w:
        warnings.append(w)
    details: dict[str, Any] = {
        "anova_table": [
            {
                "source": g_col,
                "df": a["df_between"],
                "ss": a["ss_between"],
                "ms": a["ms_between"],
                "f": a["f"],
                "p_value": a["p_value"],
            },
            {"source": "Error", "df": a["df_within"], "ss": a["ss_within"], "ms": a["ms_within"]},
            {"source": "Total", "df": a["df_between"] + a["df_within"], "ss": a["ss_total"]},
        ],
        "groups": [
            {"group": k, "n": int(v.size), "mean": accurate_mean(v), "std": math.sqrt(sample_var(v))}
            for k, v in gs.items()
        ],
        "levene": {"statistic": float(levene.statistic), "p_value": float(levene.pvalue)},
    }
    if a["p_value"] < alpha:
        tk = stats.tukey_hsd(*gs.values())
        names = list(gs)
        ci = tk.confidence_interval(1 - alpha)
        details["tukey_hsd"] = [
            {
                "group_a": names[i],
                "group_b": names[j],
                "difference": float(tk.statistic[i, j]),
                "p_value": float(tk.pvalue[i, j]),
                "ci": [float(ci.low[i, j]), float(ci.high[i, j])],
                "significant": float(tk.pvalue[i, j]) < alpha,
            }
            for i in range(len(names))
            for j in range(i + 1, len(names))
        ]
    return result(
        "one_way_anova",
        "comparison",
        summary={
            "statistic": a["f"],
            "p_value": a["p_value"],
            "df_between": a["df_between"],
            "df_within": a["df_within"],
            "effect_size": a["r_squared"],
            "effect_size_name": "eta_squared",
            "r_squared": a["r_squared"],
            "residual_std": a["residual_std"],
        },
        details=details,
        charts=[_box(gs, f"{y_col} by {g_col}", y_col)],
        context={"significant": a["p_value"] < alpha, "groups": len(gs)},
        warnings=warnings,
    )


def mann_whitney(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col, g_col, gs = groups(df, config, exactly_two=True)
    (n1_name, x1), (n2_name, x2) = gs.items()
    require_n(min(x1.size, x2.size), 1, "Each group", "group_column")
    res = stats.mannwhitneyu(x1, x2, alternative=alt(config))
    u = float(res.statistic)
    rbc = 2 * u / (x1.size * x2.size) - 1
    return result(
        "mann_whitney",
        "comparison",
        summary={
            "statistic": u,
            "p_value": float(res.pvalue),
            "effect_size": rbc,
            "effect_size_name": "rank_biserial",
            "median_difference": float(np.median(x1) - np.median(x2)),
            "difference": f"{n1_name} - {n2_name}",
        },
        details={
            "groups": [{"group": k, "n": int(v.size), "median": float(np.median(v))} for k, v in gs.items()]
        },
        charts=[_box(gs, f"{y_col} by {g_col}", y_col)],
        context={"significant": float(res.pvalue) < float(cfg(config, "alpha", 0.05))},
        warnings=[w for w in (small_sample_warning(min(x1.size, x2.size), "The smaller group", 10),) if w],
    )


def kruskal_wallis(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col, g_col, gs = groups(df, config, exactly_two=False)
    res = stats.kruskal(*gs.values())
    n = sum(v.size for v in gs.values())
    h = float(res.statistic)
    eps2 = h / (n - 1) if n > 1 else math.nan
    warnings = []
    if min(v.size for v in gs.values()) < 5:
        warnings.append(
            "Some groups have fewer than 5 observations; the chi-square approximation of H is rough."
        )
    return result(
        "kruskal_wallis",
        "comparison",
        summary={
            "statistic": h,
            "df": len(gs) - 1,
            "p_value": float(res.pvalue),
            "effect_size": eps2,
            "effect_size_name": "epsilon_squared",
        },
        details={
            "groups": [{"group": k, "n": int(v.size), "median": float(np.median(v))} for k, v in gs.items()]
        },
        charts=[_box(gs, f"{y_col} by {g_col}", y_col)],
        context={"significant": float(res.pvalue) < float(cfg(config, "alpha", 0.05))},
        warnings=warnings,
    )


def chi_square_association(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    a_col = need(config, "category_column")
    b_col = need(config, "group_column")
    a = labels(df, a_col)
    b = labels(df, b_col)
    ok = np.array([u is not None and v is not None for u, v in zip(a, b, strict=True)], dtype=bool)
    rows = sorted({str(v) for v in a[ok]})
    cols = sorted({str(v) for v in b[ok]})
    if len(rows) < 2 or len(cols) < 2:
        raise StatsError("Both variables need at least two categories.", "category_column")
    table = np.zeros((len(rows), len(cols)))
    ri = {r: i for i, r in enumerate(rows)}
    ci = {c: j for j, c in enumerate(cols)}
    for u, v in zip(a[ok], b[ok], strict=True):
        table[ri[u], ci[v]] += 1
    res = stats.chi2_contingency(table, correction=False)
    n = table.sum()
    v = math.sqrt(float(res.statistic) / (n * (min(table.shape) - 1)))
    warnings = []
    expected = np.asarray(res.expected_freq)
    low = float((expected < 5).mean())
    if low > 0.2:
        warnings.append(
            f"{low:.0%} of expected counts are below 5; the chi-square approximation may be poor."
        )
    return result(
        "chi_square_association",
        "comparison",
        summary={
            "statistic": float(res.statistic),
            "df": int(res.dof),
            "p_value": float(res.pvalue),
            "effect_size": v,
            "effect_size_name": "cramers_v",
            "n": int(n),
        },
        details={"rows": rows, "columns": cols, "observed": table.tolist(), "expected": expected.tolist()},
        charts=[
            {
                "data": [{"type": "heatmap", "z": table.tolist(), "x": cols, "y": rows}],
                "layout": {"title": {"text": f"{a_col} × {b_col}"}},
            }
        ],
        context={"significant": float(res.pvalue) < float(cfg(config, "alpha", 0.05))},
        warnings=warnings,
    )


def chi_square_goodness(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    counts = category_counts(df, config)
    expected_p = config.get("expected_proportions")
    cats = sorted(counts) if not expected_p else list(expected_p)
    if len(cats) < 2:
        raise StatsError("At least two categories are needed.", "category_column")
    if expected_p:
        unknown = sorted(set(counts) - set(expected_p))
        if unknown:
            raise StatsError(
                f"Categories without an expected proportion: {unknown[:5]}.", "expected_proportions"
            )
        probs = np.array([float(expected_p[c]) for c in cats])
        if abs(probs.sum() - 1) > 0.001:
            raise StatsError("expected_proportions must sum to 1.", "expected_proportions")
    else:
        probs = np.full(len(cats), 1 / len(cats))
    obs = np.array([counts.get(c, 0.0) for c in cats])
    n = obs.sum()
    exp = probs * n
    if (exp <= 0).any():
        raise StatsError("Every expected proportion must be positive.", "expected_proportions")
    res = stats.chisquare(obs, exp)
    warnings = []
    if (exp < 5).any():
        warnings.append("Some expected counts are below 5; the chi-square approximation may be poor.")
    return result(
        "chi_square_goodness",
        "comparison",
        summary={
            "statistic": float(res.statistic),
            "df": len(cats) - 1,
            "p_value": float(res.pvalue),
            "effect_size": math.sqrt(float(res.statistic) / (n * (len(cats) - 1))),
            "effect_size_name": "cohens_w",
            "n": float(n),
        },
        details={
            "table": [
                {"category": c, "observed": float(o), "expected": float(e)}
                for c, o, e in zip(cats, obs, exp, strict=True)
            ]
        },
        charts=[
            figure(
                [
                    {"type": "bar", "x": cats, "y": obs.tolist(), "name": "Observed"},
                    {"type": "bar", "x": cats, "y": exp.tolist(), "name": "Expected"},
                ],
                "Observed vs expected",
            )
        ],
        context={"significant": float(res.pvalue) < float(cfg(config, "alpha", 0.05))},
        warnings=warnings,
    )


def two_way_anova(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    """Two factors (factor_columns) with or without their interaction: statsmodels OLS with sum-to-zero
    contrasts and type III (adjusted) sums of squares, as Minitab reports them; equal to the classical
    sums of squares when the design is balanced."""
    import pandas as pd
    import statsmodels.api as sm
    from statsmodels.formula.api import ols

    y_col = need(config, "y_column")
    factors = list(need(config, "factor_columns"))
    if len(factors) != 2:
        raise StatsError("two_way_anova needs exactly two factor_columns.", "factor_columns")
    y = numeric(df, y_col)
    a = labels(df, factors[0])
    b = labels(df, factors[1])
    ok = ~np.isnan(y) & np.array(
        [u is not None and v is not None for u, v in zip(a, b, strict=True)], dtype=bool
    )
    data = pd.DataFrame({"y": y[ok], "A": a[ok].astype(str), "B": b[ok].astype(str)})
    for name, column in (("A", factors[0]), ("B", factors[1])):
        if data[name].nunique() < 2:
            raise StatsError(f"{column} needs at least two levels.", "factor_columns")
    interactions = bool(cfg(config, "include_interactions", True))
    cells = data.groupby(["A", "B"]).size()
    if interactions and (len(cells) < data["A"].nunique() * data["B"].nunique() or int(cells.min()) < 2):
        raise StatsError(
            "With interactions every combination of the two factors needs at least 2 observations "
            "(or set include_interactions false).",
            "factor_columns",
        )
    formula = "y ~ C(A, Sum) * C(B, Sum)" if interactions else "y ~ C(A, Sum) + C(B, Sum)"
    fit = ols(formula, data=data).fit()
    if fit.df_resid < 1:
        raise StatsError("No degrees of freedom are left for the error term.", "factor_columns")
    table = sm.stats.anova_lm(fit, typ=3)
    names = {
        "C(A, Sum)": factors[0],
        "C(B, Sum)": factors[1],
        "C(A, Sum):C(B, Sum)": f"{factors[0]}*{factors[1]}",
        "Residual": "Error",
    }
    rows = []
    for source, row in table.iterrows():
        if source == "Intercept":
            continue
        entry = {
            "source": names.get(str(source), str(source)),
            "df": float(row["df"]),
            "ss": float(row["sum_sq"]),
            "ms": float(row["sum_sq"] / row["df"]),
        }
        if source != "Residual":
            entry |= {"f": float(row["F"]), "p_value": float(row["PR(>F)"])}
        rows.append(entry)
    alpha = float(cfg(config, "alpha", 0.05))
    effects = [r for r in rows if r["source"] != "Error"]
    warnings = []
    w = normality_warning(np.asarray(fit.resid, dtype=np.float64), "The residuals")
    if w:
        warnings.append(w)
    levene = _levene(*[g["y"].to_numpy() for _, g in data.groupby(["A", "B"])]) if interactions else None
    if levene is not None and float(levene.pvalue) < alpha:
        warnings.append(f"Variances look unequal across cells (Levene p = {float(levene.pvalue):.4g}).")
    means = data.groupby(["A", "B"])["y"].mean()
    levels_b = sorted(data["B"].unique())
    chart = figure(
        [
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": f"{factors[0]} = {lvl}",
                "x": levels_b,
                "y": [float(means.get((lvl, bl), np.nan)) for bl in levels_b],
            }
            for lvl in sorted(data["A"].unique())
        ],
        f"Interaction plot of {y_col}",
        factors[1],
        f"Mean of {y_col}",
    )
    return result(
        "two_way_anova",
        "comparison",
        summary={
            "statistic": effects[0]["f"],
            "p_value": effects[0]["p_value"],
            "effect_size": float(fit.rsquared),
            "effect_size_name": "r_squared",
            "r_squared": float(fit.rsquared),
            "effects": {
                r["source"]: {"f": r["f"], "p_value": r["p_value"], "significant": r["p_value"] < alpha}
                for r in effects
            },
        },
        details={
            "anova_table": rows,
            "cell_means": [{"a": k[0], "b": k[1], "mean": float(v)} for k, v in means.items()],
            "sum_of_squares": "type III (adjusted)",
        },
        charts=[chart],
        context={"significant_effects": [r["source"] for r in effects if r["p_value"] < alpha]},
        warnings=warnings,
    )
