"""Correlation and regression: correlation, simple_regression, multiple_regression (with VIF)."""

from __future__ import annotations

import math
import warnings as warnings_module
from typing import Any

import numpy as np
from scipy import stats

from handlers.services.statistics._common import (
    FloatArray,
    StatsError,
    accurate_mean,
    cfg,
    figure,
    need,
    normality_warning,
    numeric,
    require_n,
    result,
    small_sample_warning,
    sum_sq_dev,
)


def _complete(df: Any, cols: list[str]) -> tuple[list[FloatArray], int]:
    arrays = [numeric(df, c) for c in cols]
    ok = np.ones(arrays[0].size, dtype=bool)
    for a in arrays:
        ok &= ~np.isnan(a)
    return [a[ok] for a in arrays], int((~ok).sum())


def correlation(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col = need(config, "y_column")
    xs = list(need(config, "x_columns"))
    method = str(cfg(config, "correlation_method", "pearson"))
    method = getattr(method, "value", method)
    conf = float(cfg(config, "confidence_level", 0.95))
    alpha = float(cfg(config, "alpha", 0.05))
    rows = []
    charts = []
    warnings: list[str] = []
    for x_col in xs:
        (y, x), dropped = _complete(df, [y_col, x_col])
        require_n(y.size, 3, f"{y_col} with {x_col}", "x_columns")
        if np.ptp(x) == 0 or np.ptp(y) == 0:
            raise StatsError(f"{x_col} or {y_col} is constant; the correlation is undefined.", "x_columns")
        if method == "spearman":
            r_, p_ = stats.spearmanr(x, y)
        elif method == "kendall":
            r_, p_ = stats.kendalltau(x, y)
        else:
            r_, p_ = stats.pearsonr(x, y)
        r, p = float(r_), float(p_)
        n = y.size
        ci: list[float | None] = [None, None]
        if method == "pearson" and n > 3 and abs(r) < 1:
            z = math.atanh(r)
            h = float(stats.norm.ppf(0.5 + conf / 2)) / math.sqrt(n - 3)
            ci = [math.tanh(z - h), math.tanh(z + h)]
        rows.append({"x_column": x_col, "r": r, "p_value": p, "n": n, "ci": ci, "significant": p < alpha})
        if dropped:
            warnings.append(f"{dropped} rows with an empty {y_col} or {x_col} were dropped.")
        charts.append(
            figure(
                [{"type": "scatter", "mode": "markers", "x": x.tolist(), "y": y.tolist(), "name": x_col}],
                f"{y_col} vs {x_col}",
                x_col,
                y_col,
            )
        )
    first = rows[0]
    return result(
        "correlation",
        "correlation",
        summary={
            "statistic": first["r"],
            "p_value": first["p_value"],
            "effect_size": first["r"],
            "effect_size_name": method,
            "method": method,
            "n": first["n"],
            "ci": first["ci"],
        },
        details={"correlations": rows},
        charts=charts,
        context={"method": method},
        warnings=warnings,
    )


def ols(y: FloatArray, x_cols: list[FloatArray]) -> dict[str, Any]:
    """Least squares with an intercept, on centered data (Norris-accurate), with the ANOVA and SEs."""
    n = y.size
    p = len(x_cols)
    ym = accurate_mean(y)
    xm = np.array([accurate_mean(x) for x in x_cols])
    xc = np.column_stack([x - m for x, m in zip(x_cols, xm, strict=True)])
    yc = y - ym
    q, r = np.linalg.qr(xc)
    if np.min(np.abs(np.diag(r))) < 1e-12 * np.max(np.abs(np.diag(r))):
        raise StatsError("The predictors are collinear (one is a linear combination of others).", "x_columns")
    beta = np.linalg.solve(r, q.T @ yc)
    # Refine once (iterative refinement of the least-squares solution).
    resid = yc - xc @ beta
    beta = beta + np.linalg.solve(r, q.T @ resid)
    resid = yc - xc @ beta
    intercept = ym - float(xm @ beta)
    sse = math.fsum((resid * resid).tolist())
    sst = sum_sq_dev(y, ym)
    ssr = sst - sse
    dfe = n - p - 1
    mse = sse / dfe
    rinv = np.linalg.inv(r)
    cov = mse * (rinv @ rinv.T)
    se = np.sqrt(np.diag(cov))
    # Var(intercept) = mse/n + xm' Cov(beta)/mse xm * mse
    se_int = math.sqrt(mse / n + float(xm @ cov @ xm))
    f = (ssr / p) / mse if mse > 0 else math.inf
    t = beta / se
    return {
        "n": n,
        "intercept": intercept,
        "intercept_se": se_int,
        "coefficients": beta,
        "se": se,
        "t": t,
        "p": 2 * stats.t.sf(np.abs(t), dfe),
        "intercept_p": float(2 * stats.t.sf(abs(intercept / se_int), dfe)),
        "ssr": ssr,
        "sse": sse,
        "sst": sst,
        "df_reg": p,
        "df_resid": dfe,
        "mse": mse,
        "f": f,
        "f_p": float(stats.f.sf(f, p, dfe)),
        "r_squared": ssr / sst,
        "adj_r_squared": 1 - (sse / dfe) / (sst / (n - 1)),
        "residual_std": math.sqrt(mse),
        "residuals": resid,
        "fitted": y - resid,
    }


def _regression(df: Any, config: dict[str, Any], test_type: str, multiple: bool) -> dict[str, Any]:
    y_col = need(config, "y_column")
    xs = list(need(config, "x_columns"))
    if not multiple:
        xs = xs[:1]
    elif len(xs) < 2:
        raise StatsError("multiple_regression needs at least two x_columns.", "x_columns")
    arrays, dropped = _complete(df, [y_col, *xs])
    y, xa = arrays[0], arrays[1:]
    require_n(y.size, len(xs) + 3, "The complete rows", "y_column")
    fit = ols(y, xa)
    alpha = float(cfg(config, "alpha", 0.05))
    coefs = [
        {
            "term": "Intercept",
            "coefficient": fit["intercept"],
            "se": fit["intercept_se"],
            "t": fit["intercept"] / fit["intercept_se"],
            "p_value": fit["intercept_p"],
        }
    ]
    for i, name in enumerate(xs):
        coefs.append(
            {
                "term": name,
                "coefficient": float(fit["coefficients"][i]),
                "se": float(fit["se"][i]),
                "t": float(fit["t"][i]),
                "p_value": float(fit["p"][i]),
            }
        )
    warnings: list[str] = []
    if dropped:
        warnings.append(f"{dropped} rows with an empty value were dropped.")
    w = normality_warning(fit["residuals"], "The residuals")
    if w:
        warnings.append(w)
    w = small_sample_warning(y.size, "The regression", 10 * len(xs) + 10)
    if w:
        warnings.append(w)
    details: dict[str, Any] = {
        "coefficients": coefs,
        "anova_table": [
            {
                "source": "Regression",
                "df": fit["df_reg"],
                "ss": fit["ssr"],
                "ms": fit["ssr"] / fit["df_reg"],
                "f": fit["f"],
                "p_value": fit["f_p"],
            },
            {"source": "Error", "df": fit["df_resid"], "ss": fit["sse"], "ms": fit["mse"]},
            {"source": "Total", "df": fit["n"] - 1, "ss": fit["sst"]},
        ],
    }
    if multiple:
        vifs = []
        for i, name in enumerate(xs):
            others = [xa[j] for j in range(len(xs)) if j != i]
            r2 = ols(xa[i], others)["r_squared"]
            vif = 1 / (1 - r2) if r2 < 1 else math.inf
            vifs.append({"term": name, "vif": vif})
            if vif > 10:
                warnings.append(f"{name} has VIF {vif:.1f} > 10: strong multicollinearity.")
            elif vif > 5:
                warnings.append(f"{name} has VIF {vif:.1f} > 5: moderate multicollinearity.")
        details["vif"] = vifs
    fitted = fit["fitted"]
    charts = [
        figure(
            [
                {
                    "type": "scatter",
                    "mode": "markers",
                    "x": fitted.tolist(),
                    "y": fit["residuals"].tolist(),
                    "name": "residual",
                }
            ],
            "Residuals vs fitted",
            "Fitted",
            "Residual",
        )
    ]
    if not multiple:
        order = np.argsort(xa[0])
        charts.insert(
            0,
            figure(
                [
                    {
                        "type": "scatter",
                        "mode": "markers",
                        "x": xa[0].tolist(),
                        "y": y.tolist(),
                        "name": "data",
                    },
                    {
                        "type": "scatter",
                        "mode": "lines",
                        "x": xa[0][order].tolist(),
                        "y": fitted[order].tolist(),
                        "name": "fit",
                    },
                ],
                f"{y_col} vs {xs[0]}",
                xs[0],
                y_col,
            ),
        )
    return result(
        test_type,
        "regression",
        summary={
            "statistic": fit["f"],
            "p_value": fit["f_p"],
            "effect_size": fit["r_squared"],
            "effect_size_name": "r_squared",
            "r_squared": fit["r_squared"],
            "adj_r_squared": fit["adj_r_squared"],
            "residual_std": fit["residual_std"],
            "n": fit["n"],
            "intercept": fit["intercept"],
            "coefficients": {name: float(fit["coefficients"][i]) for i, name in enumerate(xs)},
        },
        details=details,
        charts=charts,
        context={
            "significant": fit["f_p"] < alpha,
            "equation": " + ".join(
                [f"{fit['intercept']:.6g}"]
                + [f"{float(fit['coefficients'][i]):.6g}·{n}" for i, n in enumerate(xs)]
            ),
        },
        warnings=warnings,
    )


def simple_regression(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    return _regression(df, config, "simple_regression", multiple=False)


def multiple_regression(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    return _regression(df, config, "multiple_regression", multiple=True)


def logistic_regression(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    """Binary logistic regression (statsmodels Logit, maximum likelihood) of y_column on x_columns.
    The event is the second of y's two values in sorted order (1, true, yes…)."""
    import statsmodels.api as sm

    from handlers.services.statistics._common import labels

    y_col = need(config, "y_column")
    xs = list(need(config, "x_columns"))
    raw = labels(df, y_col)
    xa = [numeric(df, c) for c in xs]
    ok = np.array([v is not None for v in raw], dtype=bool)
    for a in xa:
        ok &= ~np.isnan(a)
    levels = sorted({str(v) for v in raw[ok]})
    if len(levels) != 2:
        raise StatsError(
            f"{y_col} must have exactly two values for a logistic regression; it has {len(levels)}.",
            "y_column",
        )
    event = levels[1]
    y = np.array([1.0 if v == event else 0.0 for v in raw[ok]])
    require_n(int(y.size), len(xs) + 10, "The complete rows", "y_column")
    x = sm.add_constant(np.column_stack([a[ok] for a in xa]), has_constant="add")
    with warnings_module.catch_warnings(record=True) as caught:
        warnings_module.simplefilter("always")
        try:
            fit = sm.Logit(y, x).fit(disp=0, maxiter=200)
        except (np.linalg.LinAlgError, ValueError) as exc:  # singular design, perfect separation
            raise StatsError(
                f"The logistic model cannot be fitted: {str(exc).splitlines()[0][:300]}", "x_columns"
            ) from None
    if any("separation" in str(w.message).lower() for w in caught):
        raise StatsError(
            "The outcome is perfectly separated by the predictors: the coefficients are infinite.",
            "x_columns",
        )
    conf = float(cfg(config, "confidence_level", 0.95))
    ci = fit.conf_int(alpha=1 - conf)
    terms = ["Intercept", *xs]
    coefs = [
        {
            "term": t,
            "coefficient": float(fit.params[i]),
            "se": float(fit.bse[i]),
            "z": float(fit.tvalues[i]),
            "p_value": float(fit.pvalues[i]),
            "odds_ratio": float(np.exp(fit.params[i])) if i else None,
            "ci": [float(ci[i][0]), float(ci[i][1])],
        }
        for i, t in enumerate(terms)
    ]
    warnings = []
    events = int(y.sum())
    if min(events, y.size - events) < 10 * len(xs):
        warnings.append(
            f"Only {min(events, y.size - events)} observations in the rarer outcome; at least {10 * len(xs)} (10 per predictor) are recommended."
        )
    if not fit.mle_retvals.get("converged", True):
        warnings.append("The maximum-likelihood fit did not converge.")
    prob = fit.predict(x)
    accuracy = float(((prob >= 0.5) == (y == 1)).mean())
    return result(
        "logistic_regression",
        "regression",
        summary={
            "statistic": float(fit.llr),
            "p_value": float(fit.llr_pvalue),
            "effect_size": float(fit.prsquared),
            "effect_size_name": "mcfadden_r_squared",
            "log_likelihood": float(fit.llf),
            "n": int(y.size),
            "event": event,
            "accuracy": accuracy,
            "odds_ratios": {t: c["odds_ratio"] for t, c in zip(terms[1:], coefs[1:], strict=True)},
        },
        details={"coefficients": coefs, "events": events, "non_events": int(y.size - events)},
        charts=[
            figure(
                [{"type": "histogram", "x": prob.tolist(), "name": "P(event)"}],
                f"Predicted probability of {y_col} = {event}",
                "P(event)",
                "Count",
            )
        ],
        context={"significant": float(fit.llr_pvalue) < float(cfg(config, "alpha", 0.05)), "event": event},
        warnings=warnings,
    )
