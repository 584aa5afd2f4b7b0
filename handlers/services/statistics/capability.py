"""Process capability for normal data (Minitab's methods).

σ within: subgroup size 1 → average moving range / d2(2); subgroups → pooled standard deviation / c4(d + 1)
(d = Σ(nᵢ − 1)), Minitab's defaults. σ overall: the sample standard deviation of all the data (Minitab's
default since version 15, no unbiasing constant). Cp = (USL − LSL)/6σw, Cpk = min(USL − μ, μ − LSL)/3σw,
Pp and Ppk the same with σ overall. Expected ppm from normal tails; Z.bench = Φ⁻¹(1 − P(out));
sigma level = Z.bench (overall) + 1.5 (the conventional long-term shift).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy import special, stats

from handlers.services.statistics._common import (
    StatsError,
    accurate_mean,
    need,
    normality_warning,
    numeric,
    require_n,
    result,
    sample_var,
    sum_sq_dev,
)
from handlers.services.statistics.spc import d2, subgroups


def c4(m: int) -> float:
    """E[s]/σ for m observations."""
    return math.sqrt(2 / (m - 1)) * math.exp(special.gammaln(m / 2) - special.gammaln((m - 1) / 2))


def _index(lsl: float | None, usl: float | None, mean: float, sigma: float) -> dict[str, float | None]:
    upper = (usl - mean) / (3 * sigma) if usl is not None else None
    lower = (mean - lsl) / (3 * sigma) if lsl is not None else None
    both = (usl - lsl) / (6 * sigma) if usl is not None and lsl is not None else None
    k = min(v for v in (upper, lower) if v is not None)
    return {"p": both, "pu": upper, "pl": lower, "pk": k}


def _ppm(lsl: float | None, usl: float | None, mean: float, sigma: float) -> dict[str, float]:
    below = float(stats.norm.cdf((lsl - mean) / sigma)) if lsl is not None else 0.0
    above = float(stats.norm.sf((usl - mean) / sigma)) if usl is not None else 0.0
    return {"ppm_below_lsl": below * 1e6, "ppm_above_usl": above * 1e6, "ppm_total": (below + above) * 1e6}


def capability_normal(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col = need(config, "y_column")
    lsl = config.get("lsl")
    usl = config.get("usl")
    if lsl is None and usl is None:
        raise StatsError("A capability study needs lsl or usl.", "lsl")
    if lsl is not None and usl is not None and lsl >= usl:
        raise StatsError("lsl must be below usl.", "lsl")
    sized = config.get("subgroup_column") or config.get("subgroup_size")
    if sized:
        gs = [g for g in subgroups(df, config, y_col) if g.size >= 1]
        x = np.concatenate(gs) if gs else np.array([])
        require_n(x.size, 2, y_col, "y_column")
        dof = sum(g.size - 1 for g in gs)
        if dof < 1:
            raise StatsError(
                "The subgroups have no within-subgroup variation to estimate.", "subgroup_column"
            )
        sp = math.sqrt(math.fsum(sum_sq_dev(g) for g in gs if g.size > 1) / dof)
        sigma_w = sp / c4(dof + 1)
        method = "pooled standard deviation / c4(d+1)"
    else:
        raw = numeric(df, y_col)
        x = raw[~np.isnan(raw)]
        require_n(x.size, 2, y_col, "y_column")
        sigma_w = accurate_mean(np.abs(np.diff(x))) / d2(2)
        method = "average moving range / d2(2)"
    mean = accurate_mean(x)
    sigma_o = math.sqrt(sample_var(x))
    if sigma_w <= 0 or sigma_o <= 0:
        raise StatsError(f"{y_col} has no variation; capability indices are undefined.", "y_column")
    target = config.get("target")
    w = _index(lsl, usl, mean, sigma_w)
    o = _index(lsl, usl, mean, sigma_o)
    ppm_w = _ppm(lsl, usl, mean, sigma_w)
    ppm_o = _ppm(lsl, usl, mean, sigma_o)
    observed = (
        float(
            ((x < lsl) if lsl is not None else np.zeros(x.size, bool)).sum()
            + ((x > usl) if usl is not None else np.zeros(x.size, bool)).sum()
        )
        / x.size
        * 1e6
    )

    def zbench(ppm: float) -> float:
        p = ppm / 1e6
        return float(stats.norm.isf(p)) if p > 0 else math.inf

    z_w, z_o = zbench(ppm_w["ppm_total"]), zbench(ppm_o["ppm_total"])
    cpm = None
    if target is not None and lsl is not None and usl is not None:
        tau = math.sqrt(sigma_o**2 + (mean - target) ** 2)
        cpm = (usl - lsl) / (6 * tau)
    warnings = []
    nw = normality_warning(x, y_col)
    if nw:
        warnings.append(nw + " Consider capability_nonnormal.")
    if x.size < 100:
        warnings.append(
            f"Only {x.size} observations; capability indices have wide confidence intervals below about 100."
        )
    cpk = w["pk"]
    ppk = o["pk"]
    hist_x = x.tolist()
    grid = np.linspace(
        min(x.min(), lsl if lsl is not None else x.min()) - sigma_o,
        max(x.max(), usl if usl is not None else x.max()) + sigma_o,
        100,
    )
    layout_shapes = [
        {
            "type": "line",
            "x0": v,
            "x1": v,
            "yref": "paper",
            "y0": 0,
            "y1": 1,
            "line": {"dash": "dash", "color": "red"},
            "name": name,
        }
        for name, v in (("LSL", lsl), ("USL", usl), ("Target", target))
        if v is not None
    ]
    chart = {
        "data": [
            {"type": "histogram", "x": hist_x, "histnorm": "probability density", "name": y_col},
            {
                "type": "scatter",
                "mode": "lines",
                "x": grid.tolist(),
                "y": stats.norm.pdf(grid, mean, sigma_w).tolist(),
                "name": "Within",
            },
            {
                "type": "scatter",
                "mode": "lines",
                "x": grid.tolist(),
                "y": stats.norm.pdf(grid, mean, sigma_o).tolist(),
                "name": "Overall",
                "line": {"dash": "dot"},
            },
        ],
        "layout": {
            "title": {"text": f"Process capability of {y_col}"},
            "shapes": layout_shapes,
            "xaxis": {"title": {"text": y_col}},
        },
    }
    return result(
        "capability_normal",
        "capability",
        summary={
            "statistic": cpk,
            "p_value": None,
            "effect_size": None,
            "n": int(x.size),
            "mean": mean,
            "sigma_within": sigma_w,
            "sigma_overall": sigma_o,
            "cp": w["p"],
            "cpu": w["pu"],
            "cpl": w["pl"],
            "cpk": cpk,
            "pp": o["p"],
            "ppu": o["pu"],
            "ppl": o["pl"],
            "ppk": ppk,
            "cpm": cpm,
            "ppm_within": ppm_w["ppm_total"],
            "ppm_overall": ppm_o["ppm_total"],
            "ppm_observed": observed,
            "z_bench_within": z_w,
            "z_bench_overall": z_o,
            "sigma_level": z_o + 1.5,
            "lsl": lsl,
            "usl": usl,
            "target": target,
        },
        details={"within_method": method, "expected_within": ppm_w, "expected_overall": ppm_o},
        charts=[chart],
        context={"capable": cpk is not None and cpk >= 1.33, "cpk": cpk, "ppk": ppk},
        warnings=warnings,
    )


_DISTRIBUTIONS = {
    "lognormal": stats.lognorm,
    "weibull": stats.weibull_min,
    "exponential": stats.expon,
    "gamma": stats.gamma,
}
P_LOW, P_HIGH = float(stats.norm.cdf(-3)), float(stats.norm.cdf(3))  # 0.00135 and 0.99865


def _fit(name: str, x: np.ndarray) -> Any:
    """The maximum-likelihood fit (threshold fixed at 0: Minitab's 2-parameter families; 1 for exponential)."""
    dist = _DISTRIBUTIONS[name]
    params = dist.fit(x, floc=0)
    return dist(*params)


def _ad_statistic(frozen: Any, x: np.ndarray) -> float:
    z = np.sort(x)
    n = z.size
    i = np.arange(1, n + 1)
    logcdf = np.clip(frozen.logcdf(z), -745, 0)
    logsf = np.clip(frozen.logsf(z[::-1]), -745, 0)
    return float(-n - np.sum((2 * i - 1) * (logcdf + logsf)) / n)


def capability_nonnormal(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    """Capability from a fitted non-normal distribution (Minitab's percentile method, overall only):
    Pp = (USL − LSL)/(X₀.₉₉₈₆₅ − X₀.₀₀₁₃₅), PPU = (USL − X₀.₅)/(X₀.₉₉₈₆₅ − X₀.₅), PPL = (X₀.₅ − LSL)/(X₀.₅ − X₀.₀₀₁₃₅),
    Ppk = min(PPU, PPL); expected ppm from the fitted distribution. ``distribution`` auto picks the
    family with the smallest Anderson-Darling statistic."""
    y_col = need(config, "y_column")
    lsl = config.get("lsl")
    usl = config.get("usl")
    if lsl is None and usl is None:
        raise StatsError("A capability study needs lsl or usl.", "lsl")
    if lsl is not None and usl is not None and lsl >= usl:
        raise StatsError("lsl must be below usl.", "lsl")
    raw = numeric(df, y_col)
    x = raw[~np.isnan(raw)]
    require_n(x.size, 10, y_col, "y_column")
    if (x <= 0).any():
        raise StatsError(
            f"{y_col} has values ≤ 0; the lognormal, Weibull, exponential and gamma fits need positive data.",
            "y_column",
        )
    if np.ptp(x) == 0:
        raise StatsError(f"{y_col} has no variation; capability indices are undefined.", "y_column")
    wanted = str(config.get("distribution") or "auto")
    candidates = list(_DISTRIBUTIONS) if wanted == "auto" else [wanted]
    if any(c not in _DISTRIBUTIONS for c in candidates):
        raise StatsError(f"Unknown distribution {wanted!r}.", "distribution")
    fits: dict[str, dict[str, Any]] = {}
    for name in candidates:
        with np.errstate(all="ignore"):
            frozen = _fit(name, x)
            fits[name] = {"frozen": frozen, "ad": _ad_statistic(frozen, x)}
    best = min(fits, key=lambda k: (fits[k]["ad"], k))
    frozen = fits[best]["frozen"]
    x_low, x_med, x_high = (float(v) for v in frozen.ppf([P_LOW, 0.5, P_HIGH]))
    pp = (usl - lsl) / (x_high - x_low) if usl is not None and lsl is not None else None
    ppu = (usl - x_med) / (x_high - x_med) if usl is not None else None
    ppl = (x_med - lsl) / (x_med - x_low) if lsl is not None else None
    ppk = min(v for v in (ppu, ppl) if v is not None)
    below = float(frozen.cdf(lsl)) if lsl is not None else 0.0
    above = float(frozen.sf(usl)) if usl is not None else 0.0
    ppm = (below + above) * 1e6
    observed = (
        float((((x < lsl) if lsl is not None else False) | ((x > usl) if usl is not None else False)).sum())
        / x.size
        * 1e6
    )
    z_bench = float(stats.norm.isf(ppm / 1e6)) if ppm > 0 else math.inf
    warnings = []
    if x.size < 100:
        warnings.append(
            f"Only {x.size} observations; capability indices have wide confidence intervals below about 100."
        )
    grid = np.linspace(float(x.min()) * 0.9, float(x.max()) * 1.1, 100)
    shapes = [
        {
            "type": "line",
            "x0": v,
            "x1": v,
            "yref": "paper",
            "y0": 0,
            "y1": 1,
            "line": {"dash": "dash", "color": "red"},
            "name": n,
        }
        for n, v in (("LSL", lsl), ("USL", usl))
        if v is not None
    ]
    return result(
        "capability_nonnormal",
        "capability",
        summary={
            "statistic": ppk,
            "p_value": None,
            "effect_size": None,
            "n": int(x.size),
            "distribution": best,
            "pp": pp,
            "ppu": ppu,
            "ppl": ppl,
            "ppk": ppk,
            "ppm_overall": ppm,
            "ppm_observed": observed,
            "z_bench_overall": z_bench,
            "sigma_level": z_bench + 1.5,
            "percentiles": {"p0_00135": x_low, "median": x_med, "p0_99865": x_high},
            "lsl": lsl,
            "usl": usl,
        },
        details={
            "fits": [
                {
                    "distribution": k,
                    "anderson_darling": v["ad"],
                    "parameters": [float(p) for p in v["frozen"].args]
                    + [float(v["frozen"].kwds.get("loc", 0)), float(v["frozen"].kwds.get("scale", 1))],
                }
                for k, v in fits.items()
            ],
            "method": "percentile (ISO 22514-2 / Minitab non-normal capability), overall only",
        },
        charts=[
            {
                "data": [
                    {"type": "histogram", "x": x.tolist(), "histnorm": "probability density", "name": y_col},
                    {
                        "type": "scatter",
                        "mode": "lines",
                        "x": grid.tolist(),
                        "y": frozen.pdf(grid).tolist(),
                        "name": f"{best} fit",
                    },
                ],
                "layout": {"title": {"text": f"Process capability of {y_col} ({best})"}, "shapes": shapes},
            }
        ],
        context={"capable": ppk >= 1.33, "ppk": ppk, "distribution": best},
        warnings=warnings,
    )
