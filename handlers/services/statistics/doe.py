"""Two-level factorial experiments: full_factorial, fractional_factorial and doe_analysis.

Each factor of factor_columns has two levels, coded −1 (low) / +1 (high) in sorted order (numeric
order when both are numbers; the mapping is reported); doe_analysis also accepts centre points (a
third, middle numeric level, on every factor of the row at once). The model, fitted by least squares
on the coded columns (normal equations solved by Cholesky: coded two-level columns are orthogonal or
nearly so, and a 2^10 with all 1023 terms stays fast):

- complete 2^k designs: every interaction (main effects only when include_interactions is false);
- fractions: the main effects and one two-factor interaction per alias chain that does not contain a
  main effect (the estimate is the sum of the chain, as Minitab reports it); the alias structure and,
  for regular fractions, the defining relation and resolution come from the design matrix;
- centre points add a curvature term (coefficient = mean of centre points − mean of factorial points).

Effect = 2 × coefficient. With error degrees of freedom (replicates: pure error; or terms left out of
the model) effects are tested by t (F = t²) with adjusted (type III) sums of squares b²/(X'X)⁻¹ⱼⱼ.
Saturated (unreplicated) designs use Lenth's pseudo standard error: s0 = 1.5·median|e|,
PSE = 1.5·median{|e| : |e| < 2.5·s0}, t = e/PSE on m/3 degrees of freedom, margin of error
ME = t(1 − α/2, m/3)·PSE and simultaneous margin SME = t(γ, m/3)·PSE, γ = (1 + (1 − α)^(1/m))/2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats

from handlers.services.statistics._common import (
    FloatArray,
    StatsError,
    accurate_mean,
    cfg,
    figure,
    labels,
    need,
    normality_warning,
    numeric,
    result,
    sum_sq_dev,
)
from handlers.services.statistics.msa import natural_order

LETTERS = "ABCDEFGHJK"  # Minitab skips I (the identity of the defining relation)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X"}


@dataclass
class Design:
    factors: list[str]
    coded: FloatArray  # n × k, ±1 (0 on centre points)
    y: FloatArray
    center: np.ndarray  # bool, n
    mapping: dict[str, dict[str, str]]
    dropped: int


def _code(df: Any, config: dict[str, Any], *, allow_center: bool) -> Design:
    y_col = need(config, "y_column")
    factors = [str(f) for f in need(config, "factor_columns")]
    if len(factors) < 2:
        raise StatsError("A factorial design needs at least two factor_columns.", "factor_columns")
    if len(factors) > len(LETTERS):
        raise StatsError(f"At most {len(LETTERS)} factors are supported.", "factor_columns")
    if y_col in factors:
        raise StatsError(f"{y_col} cannot be both the response and a factor.", "factor_columns")
    y = numeric(df, y_col)
    raw = [labels(df, f) for f in factors]
    ok = ~np.isnan(y)
    for col in raw:
        ok &= np.array([v is not None for v in col], dtype=bool)
    y = y[ok]
    coded = np.zeros((y.size, len(factors)))
    mapping: dict[str, dict[str, str]] = {}
    for j, (name, col) in enumerate(zip(factors, raw, strict=True)):
        values = [str(v) for v in col[ok]]
        levels = natural_order(set(values))
        code: dict[str, float]
        if len(levels) == 2:
            code = {levels[0]: -1.0, levels[1]: 1.0}
            mapping[name] = {"low": levels[0], "high": levels[1]}
        elif len(levels) == 3 and allow_center and _is_middle(levels):
            code = {levels[0]: -1.0, levels[1]: 0.0, levels[2]: 1.0}
            mapping[name] = {"low": levels[0], "center": levels[1], "high": levels[2]}
        else:
            extra = " (or 3 numeric levels whose middle one is a centre point)" if allow_center else ""
            raise StatsError(
                f"Factor {name} has {len(levels)} level{'' if len(levels) == 1 else 's'}; a two-level design "
                f"needs exactly 2{extra}.",
                "factor_columns",
            )
        coded[:, j] = [code[v] for v in values]
    zero = coded == 0
    center = zero.all(axis=1)
    if (zero.any(axis=1) & ~center).any():
        raise StatsError(
            "Some runs have a factor at its centre level and others not: only two-level factorial runs "
            "and overall centre points (every factor at its centre) are supported.",
            "factor_columns",
        )
    return Design(factors, coded, y, center, mapping, int((~ok).sum()))


def _is_middle(levels: list[str]) -> bool:
    try:
        lo, mid, hi = (float(v) for v in levels)
    except ValueError:
        return False
    return math.isclose(mid, (lo + hi) / 2, rel_tol=1e-9, abs_tol=1e-12 * max(1.0, abs(hi - lo)))


def _word(mask: int, k: int) -> str:
    return "".join(LETTERS[j] for j in range(k) if mask >> j & 1)


def _columns(coded: FloatArray, masks: list[int]) -> FloatArray:
    out = np.ones((coded.shape[0], len(masks)))
    for c, m in enumerate(masks):
        for j in range(coded.shape[1]):
            if m >> j & 1:
                out[:, c] *= coded[:, j]
    return out


def _order(mask: int) -> int:
    return int(mask).bit_count()


def _structure(points: FloatArray, k: int) -> dict[str, Any]:
    """Distinct factorial runs, completeness, and (regular fractions) the defining relation."""
    distinct = np.unique(points, axis=0)
    d = distinct.shape[0]
    words = []
    for m in range(1, 2**k):
        prod = _columns(distinct, [m])[:, 0]
        if (prod == prod[0]).all():
            words.append((m, int(prod[0])))
    full = d == 2**k
    regular = d * (len(words) + 1) == 2**k
    resolution = min(_order(m) for m, _ in words) if words and regular else None
    return {
        "distinct_runs": d,
        "full": full,
        "regular": regular,
        "defining_words": words if regular else [],
        "resolution": resolution,
        "fraction_p": round(math.log2(2**k / d)) if regular else None,
    }


def _select_terms(points: FloatArray, k: int, *, full: bool, interactions: bool) -> list[int]:
    """Main effects, then interactions in order (all of them on complete designs, two-factor ones on
    fractions), keeping each only when it is estimable apart from the terms already in the model."""
    candidates = sorted(
        (m for m in range(1, 2**k) if _order(m) <= (k if full else 2) and (interactions or _order(m) == 1)),
        key=lambda m: (_order(m), [j for j in range(k) if m >> j & 1]),
    )
    if full:
        return candidates  # every term of a complete 2^k design is estimable (orthogonal)
    chosen: list[int] = []
    base = np.ones((points.shape[0], 1))
    rank = 1
    for m in candidates:
        trial = np.column_stack([base, _columns(points, [m])])
        r = int(np.linalg.matrix_rank(trial))
        if r > rank:
            chosen.append(m)
            base, rank = trial, r
        elif _order(m) == 1:
            raise StatsError(
                f"The main effect of {_word(m, k)} cannot be estimated: the design confounds it with "
                "other main effects.",
                "factor_columns",
            )
    return chosen


def _aliases(points: FloatArray, k: int, terms: list[int]) -> dict[int, list[tuple[int, float]]]:
    """Alias matrix (X₁'X₁)⁻¹X₁'X₂ of the model terms against interactions up to order 3 left out."""
    left_out = [m for m in range(1, 2**k) if m not in terms and _order(m) <= 3]
    if not left_out:
        return {m: [] for m in terms}
    x1 = np.column_stack([np.ones(points.shape[0]), _columns(points, terms)])
    x2 = _columns(points, left_out)
    a = np.linalg.lstsq(x1, x2, rcond=None)[0][1:]
    out: dict[int, list[tuple[int, float]]] = {}
    for i, m in enumerate(terms):
        out[m] = [(w, float(a[i, c])) for c, w in enumerate(left_out) if abs(a[i, c]) > 1e-9]
    return out


def _alias_text(m: int, chain: list[tuple[int, float]], k: int) -> str:
    parts = [_word(m, k)]
    for w, c in sorted(chain, key=lambda t: (_order(t[0]), t[0])):
        sign = "+" if c > 0 else "−"
        coef = "" if math.isclose(abs(c), 1.0) else f"{abs(c):.3g} "
        parts.append(f"{sign} {coef}{_word(w, k)}")
    return " ".join(parts)


def _lenth(effects: FloatArray, alpha: float) -> dict[str, float]:
    a = np.abs(effects)
    s0 = 1.5 * float(np.median(a))
    trimmed = a[a < 2.5 * s0]
    pse = 1.5 * float(np.median(trimmed)) if trimmed.size else s0
    m = effects.size
    dof = m / 3
    gamma = (1 + (1 - alpha) ** (1 / m)) / 2
    return {
        "s0": s0,
        "pse": pse,
        "df": dof,
        "me": float(stats.t.ppf(1 - alpha / 2, dof)) * pse,
        "sme": float(stats.t.ppf(gamma, dof)) * pse,
    }


def _least_squares(x: FloatArray, y: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Coefficients, (X'X)⁻¹ and residuals; X has full column rank (the terms were chosen so)."""
    from scipy import linalg

    try:
        factor = linalg.cho_factor(x.T @ x)
    except linalg.LinAlgError:
        raise StatsError("The model terms cannot be estimated from this design.", "factor_columns") from None
    coef = linalg.cho_solve(factor, x.T @ y)
    cov = linalg.cho_solve(factor, np.eye(x.shape[1]))
    return coef, cov, y - x @ coef


def _pure_error(design: Design) -> tuple[float, int]:
    groups: dict[tuple[float, ...], list[float]] = {}
    for row, v in zip(design.coded, design.y, strict=True):
        groups.setdefault(tuple(row.tolist()), []).append(float(v))
    ss = math.fsum(sum_sq_dev(np.asarray(g)) for g in groups.values() if len(g) > 1)
    return ss, int(design.y.size - len(groups))


def analyse(df: Any, config: dict[str, Any], test_type: str) -> dict[str, Any]:
    design = _code(df, config, allow_center=test_type == "doe_analysis")
    k = len(design.factors)
    alpha = float(cfg(config, "alpha", 0.05))
    interactions = bool(cfg(config, "include_interactions", True))
    y_col = str(config["y_column"])
    points = design.coded[~design.center]
    n_center = int(design.center.sum())
    if points.shape[0] < 2:
        raise StatsError("The design has fewer than two factorial runs.", "factor_columns")
    if np.ptp(design.y) == 0:
        raise StatsError(f"{y_col} has no variation; there are no effects to estimate.", "y_column")
    shape = _structure(points, k)
    warnings: list[str] = []
    if design.dropped:
        warnings.append(f"{design.dropped} rows with an empty response or factor were left out.")
    if test_type == "full_factorial" and not shape["full"]:
        raise StatsError(
            f"Not a complete 2^{k} design: {shape['distinct_runs']} of the {2**k} factor-level combinations "
            "are present (use fractional_factorial or doe_analysis for a fraction).",
            "factor_columns",
        )
    terms = _select_terms(points, k, full=shape["full"], interactions=interactions)
    alias = _aliases(points, k, terms)
    _, counts = np.unique(points, axis=0, return_counts=True)
    replicates = int(counts.min()) if counts.min() == counts.max() else None
    if replicates is None:
        warnings.append(
            "The runs are not equally replicated: the effects are least-squares (adjusted) estimates."
        )
    names = {m: "*".join(design.factors[j] for j in range(k) if m >> j & 1) for m in terms}
    x = np.column_stack([np.ones(design.y.size), _columns(design.coded, terms)])
    labels_ = ["Constant", *(names[m] for m in terms)]
    if n_center:
        x = np.column_stack([x, design.center.astype(np.float64)])
        labels_.append("Ct Pt")
    if x.shape[1] > design.y.size:
        raise StatsError("The design has fewer runs than model terms.", "factor_columns")
    coef, cov_unscaled, resid = _least_squares(x, design.y)
    df_resid = design.y.size - x.shape[1]
    sst = sum_sq_dev(design.y)
    sse = math.fsum((resid**2).tolist()) if df_resid > 0 else 0.0
    mse = sse / df_resid if df_resid > 0 else math.nan
    adj_ss = coef**2 / np.diag(cov_unscaled)
    factorial_idx = list(range(1, len(terms) + 1))
    effects = 2 * coef[factorial_idx]
    lenth = None
    rows: list[dict[str, Any]] = []
    if df_resid > 0:
        method = "t-test on the error mean square"
        se = np.sqrt(np.diag(cov_unscaled) * mse)
        with np.errstate(divide="ignore", invalid="ignore"):  # a perfect fit: MSE = 0
            t = coef / se
        p = 2 * stats.t.sf(np.abs(t), df_resid)
    else:
        method = "Lenth's pseudo standard error (no error degrees of freedom)"
        lenth = _lenth(effects, alpha)
        se = np.full(coef.size, math.nan)
        t = np.full(coef.size, math.nan)
        p = np.full(coef.size, math.nan)
        if lenth["pse"] > 0:
            se[factorial_idx] = lenth["pse"] / 2
            t[factorial_idx] = effects / lenth["pse"]
            p[factorial_idx] = 2 * stats.t.sf(np.abs(t[factorial_idx]), lenth["df"])
        warnings.append(
            "No degrees of freedom are left for error (unreplicated, saturated model): significance comes "
            f"from Lenth's pseudo standard error (PSE = {lenth['pse']:.4g})."
        )
    for i, label in enumerate(labels_):
        is_factorial = 0 < i <= len(terms)
        m = terms[i - 1] if is_factorial else 0
        row: dict[str, Any] = {
            "term": label,
            "letters": _word(m, k) if is_factorial else None,
            "effect": float(2 * coef[i]) if is_factorial else None,
            "coefficient": float(coef[i]),
            "se_coefficient": float(se[i]),
            "t": float(t[i]),
            "p_value": float(p[i]),
            "significant": bool(p[i] < alpha) if math.isfinite(p[i]) else None,
        }
        if is_factorial:
            row["aliases"] = [_word(w, k) if c > 0 else "−" + _word(w, k) for w, c in alias[m]]
        rows.append(row)
    anova = []
    model_ss = sst - sse
    model_df = x.shape[1] - 1
    model_row: dict[str, Any] = {"source": "Model", "df": model_df, "ss": model_ss, "ms": model_ss / model_df}
    if df_resid > 0:
        model_row |= {
            "f": model_row["ms"] / mse,
            "p_value": float(stats.f.sf(model_row["ms"] / mse, model_df, df_resid)),
        }
    anova.append(model_row)
    for i in range(1, x.shape[1]):
        entry: dict[str, Any] = {
            "source": "Curvature" if labels_[i] == "Ct Pt" else labels_[i],
            "df": 1,
            "ss": float(adj_ss[i]),
            "ms": float(adj_ss[i]),
        }
        if df_resid > 0:
            entry |= {"f": float(adj_ss[i] / mse), "p_value": float(p[i])}
        anova.append(entry)
    if df_resid > 0:
        anova.append({"source": "Error", "df": df_resid, "ss": sse, "ms": mse})
        pe_ss, pe_df = _pure_error(design)
        if 0 < pe_df < df_resid:
            lof_ss, lof_df = max(0.0, sse - pe_ss), df_resid - pe_df
            f_lof = (lof_ss / lof_df) / (pe_ss / pe_df) if pe_ss > 0 else math.nan
            anova.append(
                {
                    "source": "Lack of fit",
                    "df": lof_df,
                    "ss": lof_ss,
                    "ms": lof_ss / lof_df,
                    "f": f_lof,
                    "p_value": float(stats.f.sf(f_lof, lof_df, pe_df)) if math.isfinite(f_lof) else None,
                }
            )
            anova.append({"source": "Pure error", "df": pe_df, "ss": pe_ss, "ms": pe_ss / pe_df})
        error_kind = (
            "pure error"
            if pe_df == df_resid
            else ("residual" if pe_df == 0 else "residual (lack of fit + pure error)")
        )
        w = normality_warning(resid, "The residuals") if sse > 1e-12 * sst else None
        if w:
            warnings.append(w)
    else:
        error_kind = "none (Lenth)"
    anova.append({"source": "Total", "df": design.y.size - 1, "ss": sst})
    factorial_rows = [r for r in rows[1 : len(terms) + 1]]
    significant = [r["term"] for r in factorial_rows if r["significant"]]
    curvature = rows[-1] if n_center else None
    if curvature is not None and curvature["significant"]:
        warnings.append(
            f"Curvature is significant (p = {curvature['p_value']:.4g}): a first-order model with "
            "interactions may not describe the response; consider axial runs (a response surface)."
        )
    if curvature is not None and not math.isfinite(curvature["p_value"]):
        warnings.append("Curvature cannot be tested: no degrees of freedom are left for error.")
    design_info = _describe(design, shape, k, n_center, replicates)
    if shape["resolution"] == 3:
        warnings.append("Resolution III: main effects are aliased with two-factor interactions.")
    if not shape["regular"]:
        warnings.append(
            "The runs are not a regular fraction: some effects are partially aliased (correlated), so the "
            "estimates are not independent."
        )
    if test_type == "fractional_factorial" and shape["full"]:
        warnings.append(f"The design is a complete 2^{k} factorial, not a fraction.")
    alias_structure = [_alias_text(m, alias[m], k) for m in terms]
    if shape["regular"] and shape["defining_words"]:
        design_info["defining_relation"] = "I = " + " = ".join(
            ("" if s > 0 else "−") + _word(m, k)
            for m, s in sorted(shape["defining_words"], key=lambda t: (_order(t[0]), t[0]))
        )
    charts = _charts(design, terms, names, factorial_rows, y_col, df_resid, alpha, lenth, k)
    r2 = model_ss / sst if sst > 0 else None
    adj_r2 = 1 - mse / (sst / (design.y.size - 1)) if df_resid > 0 and sst > 0 else None
    model_f = model_row.get("f")
    return result(
        test_type,
        "doe",
        summary={
            "statistic": model_f,
            "p_value": model_row.get("p_value"),
            "effect_size": r2,
            "effect_size_name": "r_squared",
            "r_squared": r2,
            "adjusted_r_squared": adj_r2,
            "effects": {r["term"]: r["effect"] for r in factorial_rows},
            "coefficients": {r["term"]: r["coefficient"] for r in rows},
            "significant_effects": significant,
            "method": method,
            "lenth_pse": lenth["pse"] if lenth else None,
            "margin_of_error": lenth["me"] if lenth else None,
            "simultaneous_margin_of_error": lenth["sme"] if lenth else None,
            "s": math.sqrt(mse) if df_resid > 0 else None,
            "error_df": df_resid,
            "design": design_info["type"],
            "resolution": design_info["resolution"],
        },
        details={
            "design": design_info,
            "coding": design.mapping,
            "factor_letters": {LETTERS[j]: f for j, f in enumerate(design.factors)},
            "effects_table": rows,
            "anova_table": anova,
            "error": error_kind,
            "alias_structure": alias_structure,
            "lenth": lenth,
            "sum_of_squares": "adjusted (type III)",
        },
        charts=charts,
        context={
            "significant_effects": significant,
            "largest_effect": max(factorial_rows, key=lambda r: abs(r["effect"]))["term"],
            "design": design_info["type"],
            "resolution": design_info["resolution"],
            "curvature_significant": bool(curvature["significant"])
            if curvature and curvature["significant"] is not None
            else None,
            "significance_method": method,
        },
        warnings=warnings,
    )


def _describe(
    design: Design, shape: dict[str, Any], k: int, n_center: int, replicates: int | None
) -> dict[str, Any]:
    if shape["full"]:
        kind = f"full factorial 2^{k}"
    elif shape["regular"]:
        kind = f"regular fractional factorial 2^({k}-{shape['fraction_p']})"
        if shape["resolution"]:
            kind += f", resolution {ROMAN.get(shape['resolution'], shape['resolution'])}"
    else:
        kind = f"irregular two-level design ({shape['distinct_runs']} distinct runs of {2**k})"
    return {
        "type": kind,
        "factors": k,
        "runs": int(design.y.size),
        "factorial_runs": int((~design.center).sum()),
        "distinct_runs": shape["distinct_runs"],
        "center_points": n_center,
        "replicates": replicates,
        "full": shape["full"],
        "regular": shape["regular"],
        "resolution": ROMAN.get(shape["resolution"]) if shape["resolution"] else None,
        "defining_relation": None,
    }


def _charts(
    design: Design,
    terms: list[int],
    names: dict[int, str],
    rows: list[dict[str, Any]],
    y_col: str,
    df_resid: int,
    alpha: float,
    lenth: dict[str, float] | None,
    k: int,
) -> list[dict[str, Any]]:
    ordered = sorted(rows, key=lambda r: abs(r["effect"]))
    if lenth is None:
        values = [abs(r["t"]) for r in ordered]
        ref, ref_name, axis = float(stats.t.ppf(1 - alpha / 2, df_resid)), f"t critical (α = {alpha})", "|t|"
    else:
        values = [abs(r["effect"]) for r in ordered]
        ref, ref_name, axis = lenth["me"], "Lenth margin of error", "|Effect|"
    n_terms = len(ordered)
    pareto = figure(
        [
            {"type": "bar", "orientation": "h", "x": values, "y": [r["term"] for r in ordered], "name": axis},
            {
                "type": "scatter",
                "mode": "lines",
                "name": f"{ref_name} = {ref:.4g}",
                "x": [ref, ref],
                "y": [ordered[0]["term"], ordered[-1]["term"]],
                "line": {"dash": "dash", "color": "red"},
            },
        ],
        f"Pareto chart of the {'standardized ' if lenth is None else ''}effects ({y_col})",
        axis,
        "Term",
    )
    pareto["layout"]["height"] = max(300, 40 + 25 * n_terms)
    fact = ~design.center
    yf = design.y[fact]
    grand = accurate_mean(yf)
    main_traces: list[dict[str, Any]] = []
    for j, f in enumerate(design.factors):
        col = design.coded[fact, j]
        main_traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": f,
                "x": [f"{f}: {design.mapping[f]['low']}", f"{f}: {design.mapping[f]['high']}"],
                "y": [accurate_mean(yf[col < 0]), accurate_mean(yf[col > 0])],
            }
        )
    main_traces.append(
        {
            "type": "scatter",
            "mode": "lines",
            "name": "Mean",
            "x": [main_traces[0]["x"][0], main_traces[-1]["x"][1]],
            "y": [grand, grand],
            "line": {"dash": "dash"},
        }
    )
    main = figure(main_traces, f"Main effects plot for {y_col}", "", f"Mean of {y_col}")
    # Normal probability plot of the effects
    eff = np.array([r["effect"] for r in rows])
    order = np.argsort(eff)
    q = stats.norm.ppf((np.arange(1, eff.size + 1) - 0.5) / eff.size)
    normal = figure(
        [
            {
                "type": "scatter",
                "mode": "markers+text",
                "name": "Effects",
                "x": eff[order].tolist(),
                "y": q.tolist(),
                "text": [rows[i]["term"] for i in order.tolist()],
                "textposition": "top right",
            }
        ],
        f"Normal plot of the effects ({y_col})",
        "Effect",
        "Normal score",
    )
    charts = [pareto, main, normal]
    pairs = sorted(
        (m for m in terms if _order(m) == 2),
        key=lambda m: -abs(next(r["effect"] for r in rows if r["term"] == names[m])),
    )[:6]
    for m in pairs:
        a, b = (j for j in range(k) if m >> j & 1)
        fa, fb = design.factors[a], design.factors[b]
        xa, xb = design.coded[fact, a], design.coded[fact, b]
        charts.append(
            figure(
                [
                    {
                        "type": "scatter",
                        "mode": "lines+markers",
                        "name": f"{fb} = {design.mapping[fb][side]}",
                        "x": [design.mapping[fa]["low"], design.mapping[fa]["high"]],
                        "y": [
                            accurate_mean(yf[(xa < 0) & (sel)]) if ((xa < 0) & sel).any() else None,
                            accurate_mean(yf[(xa > 0) & (sel)]) if ((xa > 0) & sel).any() else None,
                        ],
                    }
                    for side, sel in (("low", xb < 0), ("high", xb > 0))
                ],
                f"Interaction plot {fa} × {fb} ({y_col})",
                fa,
                f"Mean of {y_col}",
            )
        )
    return charts


def full_factorial(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    return analyse(df, config, "full_factorial")


def fractional_factorial(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    return analyse(df, config, "fractional_factorial")


def doe_analysis(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    return analyse(df, config, "doe_analysis")
