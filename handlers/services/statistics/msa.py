"""Measurement system analysis: crossed gage R&R by the ANOVA method (AIAG MSA 4th ed., as Minitab computes it).

Two-way ANOVA of the measurement on part × operator with their interaction (parts and operators random).
When the interaction's p-value exceeds 0.25 (Minitab's default alpha to remove it) it is pooled into the
error and the model refitted without it. Variance components from the expected mean squares of the
balanced design (p parts, o operators, r replicates):

- with interaction: repeatability = MSE, operator×part = (MS_PO − MSE)/r, operator = (MS_O − MS_PO)/(p·r),
  part = (MS_P − MS_PO)/(o·r);
- without: operator = (MS_O − MSE)/(p·r), part = (MS_P − MSE)/(o·r).

Negative estimates are set to 0 (as Minitab does). Reproducibility = operator + operator×part, total gage
R&R = repeatability + reproducibility, total variation = gage R&R + part-to-part. Study variation = 6·σ;
%study variation = σ/σ_total, %contribution = σ²/σ²_total, %tolerance = 6·σ/tolerance (tolerance, or
usl − lsl). Number of distinct categories = ⌊1.41·σ_part/σ_gage⌋ (at least 1), truncated as Minitab does.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy import stats

from handlers.services.statistics._common import (
    StatsError,
    accurate_mean,
    figure,
    labels,
    need,
    numeric,
    result,
    sum_sq_dev,
)

STUDY_MULTIPLIER = 6.0
ALPHA_TO_REMOVE_INTERACTION = 0.25


def natural_order(values: set[str]) -> list[str]:
    """Levels in numeric order when every one is a number (2 before 10), else in string order."""
    try:
        return sorted(values, key=float)
    except ValueError:
        return sorted(values)


def _verdict(percent: float) -> str:
    if percent < 10:
        return "acceptable"
    if percent <= 30:
        return "marginal"
    return "unacceptable"


def _anova(
    y: np.ndarray, pi: np.ndarray, oi: np.ndarray, p: int, o: int
) -> tuple[dict[str, tuple[float, int]], bool]:
    """Sums of squares and degrees of freedom of part, operator, part×operator, error and total.

    Balanced designs: the classical sums of squares (from deviations). Unbalanced: sequential least
    squares (statsmodels, type II for the main effects), flagged by the second value."""
    counts = np.zeros((p, o), dtype=np.int64)
    np.add.at(counts, (pi, oi), 1)
    n = y.size
    grand = accurate_mean(y)
    balanced = bool((counts == counts[0, 0]).all())
    total = (sum_sq_dev(y, grand), n - 1)
    if balanced:
        r = int(counts[0, 0])
        part_means = np.array([accurate_mean(y[pi == i]) for i in range(p)])
        op_means = np.array([accurate_mean(y[oi == j]) for j in range(o)])
        cell = np.zeros((p, o))
        for i in range(p):
            for j in range(o):
                cell[i, j] = accurate_mean(y[(pi == i) & (oi == j)])
        ss_p = o * r * math.fsum(((part_means - grand) ** 2).tolist())
        ss_o = p * r * math.fsum(((op_means - grand) ** 2).tolist())
        inter = cell - part_means[:, None] - op_means[None, :] + grand
        ss_po = r * math.fsum((inter**2).ravel().tolist())
        ss_e = math.fsum(((y - cell[pi, oi]) ** 2).tolist())
        return {
            "part": (ss_p, p - 1),
            "operator": (ss_o, o - 1),
            "interaction": (ss_po, (p - 1) * (o - 1)),
            "error": (ss_e, n - p * o),
            "total": total,
        }, False
    import pandas as pd
    import statsmodels.api as sm
    from statsmodels.formula.api import ols

    data = pd.DataFrame({"y": y, "P": pi.astype(str), "O": oi.astype(str)})
    table = sm.stats.anova_lm(ols("y ~ C(P, Sum) * C(O, Sum)", data=data).fit(), typ=2)
    get = {str(k): (float(v["sum_sq"]), round(float(v["df"]))) for k, v in table.iterrows()}
    return {
        "part": get["C(P, Sum)"],
        "operator": get["C(O, Sum)"],
        "interaction": get["C(P, Sum):C(O, Sum)"],
        "error": get["Residual"],
        "total": total,
    }, True


def _row(source: str, ss: float, dof: int, denom: tuple[float, int] | None) -> dict[str, Any]:
    ms = ss / dof if dof > 0 else math.nan
    row: dict[str, Any] = {"source": source, "df": dof, "ss": ss, "ms": ms}
    if denom is not None and denom[1] > 0 and denom[0] > 0 and dof > 0:
        f = ms / denom[0]
        row |= {"f": f, "p_value": float(stats.f.sf(f, dof, denom[1]))}
    elif denom is not None:
        row |= {"f": None, "p_value": None}
    return row


def msa_gage_rr(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col = need(config, "y_column")
    part_col = need(config, "part_column")
    op_col = need(config, "operator_column")
    if part_col == op_col:
        raise StatsError("part_column and operator_column must be different columns.", "operator_column")
    y_all = numeric(df, y_col)
    parts_all = labels(df, part_col)
    ops_all = labels(df, op_col)
    ok = ~np.isnan(y_all) & np.array(
        [a is not None and b is not None for a, b in zip(parts_all, ops_all, strict=True)], dtype=bool
    )
    dropped = int((~ok).sum())
    y = y_all[ok]
    part_levels = natural_order({str(v) for v in parts_all[ok]})
    op_levels = natural_order({str(v) for v in ops_all[ok]})
    p, o = len(part_levels), len(op_levels)
    if p < 2:
        raise StatsError(f"{part_col} needs at least 2 parts; it has {p}.", "part_column")
    if o < 2:
        raise StatsError(f"{op_col} needs at least 2 operators; it has {o}.", "operator_column")
    part_index = {v: i for i, v in enumerate(part_levels)}
    op_index = {v: i for i, v in enumerate(op_levels)}
    pi = np.array([part_index[str(v)] for v in parts_all[ok]], dtype=np.int64)
    oi = np.array([op_index[str(v)] for v in ops_all[ok]], dtype=np.int64)
    counts = np.zeros((p, o), dtype=np.int64)
    np.add.at(counts, (pi, oi), 1)
    if (counts == 0).any():
        missing = int((counts == 0).sum())
        raise StatsError(
            f"The study is not crossed: {missing} part × operator combinations have no measurement "
            "(every operator must measure every part).",
            "part_column",
        )
    if (counts < 2).all():
        replicated = False
    elif (counts < 2).any():
        raise StatsError(
            "Some part × operator combinations have a single measurement and others several; "
            "every operator must measure every part at least twice.",
            "part_column",
        )
    else:
        replicated = True
    if np.ptp(y) == 0:
        raise StatsError(f"{y_col} has no variation; the study cannot separate sources.", "y_column")
    warnings: list[str] = []
    if dropped:
        warnings.append(f"{dropped} rows with an empty measurement, part or operator were left out.")
    sums, unbalanced = _anova(y, pi, oi, p, o)
    r_mean = y.size / (p * o)  # replicates per cell (the mean when unbalanced)
    if unbalanced:
        warnings.append(
            "The design is unbalanced (operators measured parts different numbers of times): the variance "
            f"components use the average {r_mean:.3g} replicates per cell and are approximate."
        )
    if p < 10:
        warnings.append(f"Only {p} parts; AIAG recommends at least 10 parts for a gage study.")
    if o < 3:
        warnings.append(f"Only {o} operators; AIAG recommends at least 3 operators (appraisers).")
    ss_p, df_p = sums["part"]
    ss_o, df_o = sums["operator"]
    ss_po, df_po = sums["interaction"]
    ss_e, df_e = sums["error"]
    ss_t, df_t = sums["total"]
    ms_p, ms_o = ss_p / df_p, ss_o / df_o
    ms_po = ss_po / df_po
    full_table: list[dict[str, Any]] | None = None
    interaction_p: float | None = None
    if replicated:
        ms_e = ss_e / df_e
        denom_po = (ms_po, df_po)
        full_table = [
            _row(part_col, ss_p, df_p, denom_po),
            _row(op_col, ss_o, df_o, denom_po),
            _row(f"{part_col} * {op_col}", ss_po, df_po, (ms_e, df_e)),
            _row("Repeatability", ss_e, df_e, None),
            {"source": "Total", "df": df_t, "ss": ss_t},
        ]
        interaction_p = full_table[2]["p_value"]
        pooled = interaction_p is None or interaction_p > ALPHA_TO_REMOVE_INTERACTION
    else:
        pooled = True
        warnings.append(
            "Each operator measured each part once: repeatability cannot be separated from the "
            "part × operator interaction (fitted without the interaction)."
        )
    if pooled:
        ss_rep, df_rep = ss_po + ss_e, df_po + df_e
        ms_rep = ss_rep / df_rep
        table = [
            _row(part_col, ss_p, df_p, (ms_rep, df_rep)),
            _row(op_col, ss_o, df_o, (ms_rep, df_rep)),
            _row("Repeatability", ss_rep, df_rep, None),
            {"source": "Total", "df": df_t, "ss": ss_t},
        ]
        var_rep = ms_rep
        var_po = 0.0
        var_o = max(0.0, (ms_o - ms_rep) / (p * r_mean))
        var_p = max(0.0, (ms_p - ms_rep) / (o * r_mean))
    else:
        assert full_table is not None
        table = full_table
        var_rep = ss_e / df_e
        var_po = max(0.0, (ms_po - var_rep) / r_mean)
        var_o = max(0.0, (ms_o - ms_po) / (p * r_mean))
        var_p = max(0.0, (ms_p - ms_po) / (o * r_mean))
    var_repro = var_o + var_po
    var_grr = var_rep + var_repro
    var_total = var_grr + var_p
    tolerance = config.get("tolerance")
    lsl, usl = config.get("lsl"), config.get("usl")
    if tolerance is None and lsl is not None and usl is not None:
        if usl <= lsl:
            raise StatsError("lsl must be below usl.", "lsl")
        tolerance = float(usl) - float(lsl)
    sd_total = math.sqrt(var_total)

    def component(source: str, var: float) -> dict[str, Any]:
        sd = math.sqrt(var)
        study = STUDY_MULTIPLIER * sd
        return {
            "source": source,
            "variance": var,
            "percent_contribution": 100 * var / var_total,
            "std_dev": sd,
            "study_variation": study,
            "percent_study_variation": 100 * sd / sd_total,
            "percent_tolerance": 100 * study / tolerance if tolerance else None,
        }

    components = [
        component("Total Gage R&R", var_grr),
        component("Repeatability", var_rep),
        component("Reproducibility", var_repro),
        component(op_col, var_o),
        *([] if pooled else [component(f"{part_col} * {op_col}", var_po)]),
        component("Part-to-Part", var_p),
        component("Total Variation", var_total),
    ]
    grr = components[0]
    sd_grr, sd_part = math.sqrt(var_grr), math.sqrt(var_p)
    ndc = max(1, math.floor(1.41 * sd_part / sd_grr)) if sd_grr > 0 else None
    verdict = _verdict(grr["percent_study_variation"])
    verdict_tol = _verdict(grr["percent_tolerance"]) if tolerance else None
    if ndc is not None and ndc < 5:
        warnings.append(
            f"Number of distinct categories is {ndc}; AIAG recommends at least 5 for a measurement system "
            "that can tell parts apart."
        )
    if var_po == 0 and not pooled:
        warnings.append("The part × operator variance component was negative and is set to 0.")
    dominant = "repeatability" if var_rep >= var_repro else "reproducibility"
    charts = _charts(y, pi, oi, part_levels, op_levels, components, y_col, part_col, op_col)
    return result(
        "msa_gage_rr",
        "msa",
        summary={
            "statistic": grr["percent_study_variation"],
            "p_value": None,
            "effect_size": None,
            "percent_study_variation": grr["percent_study_variation"],
            "percent_contribution": grr["percent_contribution"],
            "percent_tolerance": grr["percent_tolerance"],
            "ndc": ndc,
            "verdict": verdict,
            "verdict_tolerance": verdict_tol,
            "sigma_gage": sd_grr,
            "sigma_repeatability": math.sqrt(var_rep),
            "sigma_reproducibility": math.sqrt(var_repro),
            "sigma_part": sd_part,
            "sigma_total": sd_total,
            "interaction_p_value": interaction_p,
            "interaction_pooled": pooled,
            "n": int(y.size),
            "parts": p,
            "operators": o,
            "replicates": r_mean,
            "tolerance": tolerance,
        },
        details={
            "anova_table": table,
            "anova_table_with_interaction": full_table,
            "variance_components": components,
            "study_variation_multiplier": STUDY_MULTIPLIER,
            "alpha_to_remove_interaction": ALPHA_TO_REMOVE_INTERACTION,
            "parts": part_levels,
            "operators": op_levels,
            "balanced": not unbalanced,
            "method": "ANOVA (crossed), AIAG MSA 4th ed.; negative variance components set to 0",
        },
        charts=charts,
        context={
            "verdict": verdict,
            "verdict_tolerance": verdict_tol,
            "percent_study_variation": grr["percent_study_variation"],
            "percent_tolerance": grr["percent_tolerance"],
            "ndc": ndc,
            "dominant_gage_source": dominant,
            "interaction_pooled": pooled,
            "thresholds": "<10% acceptable, 10–30% marginal, >30% unacceptable",
        },
        warnings=warnings,
    )


def _charts(
    y: np.ndarray,
    pi: np.ndarray,
    oi: np.ndarray,
    part_levels: list[str],
    op_levels: list[str],
    components: list[dict[str, Any]],
    y_col: str,
    part_col: str,
    op_col: str,
) -> list[dict[str, Any]]:
    shown = [c for c in components if c["source"] in ("Total Gage R&R", "Repeatability", "Reproducibility")]
    shown.append(next(c for c in components if c["source"] == "Part-to-Part"))
    names = [c["source"] for c in shown]
    bars = [
        {
            "type": "bar",
            "name": "% Contribution",
            "x": names,
            "y": [c["percent_contribution"] for c in shown],
        },
        {
            "type": "bar",
            "name": "% Study Var",
            "x": names,
            "y": [c["percent_study_variation"] for c in shown],
        },
    ]
    if shown[0]["percent_tolerance"] is not None:
        bars.append(
            {"type": "bar", "name": "% Tolerance", "x": names, "y": [c["percent_tolerance"] for c in shown]}
        )
    components_chart = figure(bars, "Components of variation", "", "Percent")
    components_chart["layout"]["barmode"] = "group"
    part_means = [accurate_mean(y[pi == i]) for i in range(len(part_levels))]
    by_part = figure(
        [
            {
                "type": "scatter",
                "mode": "markers",
                "name": y_col,
                "x": [part_levels[i] for i in pi.tolist()],
                "y": y.tolist(),
                "marker": {"opacity": 0.6},
            },
            {"type": "scatter", "mode": "lines+markers", "name": "Mean", "x": part_levels, "y": part_means},
        ],
        f"{y_col} by {part_col}",
        part_col,
        y_col,
    )
    by_part["layout"]["xaxis"]["type"] = "category"
    by_operator = figure(
        [
            {"type": "box", "name": lvl, "y": y[oi == j].tolist(), "boxmean": True}
            for j, lvl in enumerate(op_levels)
        ],
        f"{y_col} by {op_col}",
        op_col,
        y_col,
    )
    interaction = figure(
        [
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": f"{op_col} = {lvl}",
                "x": part_levels,
                "y": [accurate_mean(y[(pi == i) & (oi == j)]) for i in range(len(part_levels))],
            }
            for j, lvl in enumerate(op_levels)
        ],
        f"{part_col} × {op_col} interaction",
        part_col,
        f"Mean of {y_col}",
    )
    interaction["layout"]["xaxis"]["type"] = "category"
    return [components_chart, by_part, by_operator, interaction]
