"""Control charts: I-MR, X̄-R, p, np, c, u, with Nelson's tests 1–4 (Minitab's tests 1–4).

Constants: d2 and d3 of the range of n standard normals (Montgomery, Introduction to Statistical
Quality Control, Appendix VI; the same values Minitab tabulates). A2 = 3/(d2·√n), D3 = max(0, 1 − 3·d3/d2),
D4 = 1 + 3·d3/d2.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from handlers.services.statistics._common import (
    FloatArray,
    StatsError,
    accurate_mean,
    cfg,
    hline,
    labels,
    need,
    numeric,
    require_n,
    result,
)

# d2(n) = E[R]/σ and d3(n) = sd(R)/σ for the range R of n standard normals, computed by numerical
# integration (d2 = ∫ 1 − Φ(x)ⁿ − (1 − Φ(x))ⁿ dx; E[R²] = 2∬_{x<y} P(min < x, max > y)) to 6 decimals;
# the 3-decimal tables of Montgomery (Appendix VI) and Minitab are these values rounded.
D2 = {
    2: 1.128379, 3: 1.692569, 4: 2.058751, 5: 2.325929, 6: 2.534413, 7: 2.704357, 8: 2.847201,
    9: 2.970026, 10: 3.077505, 11: 3.172873, 12: 3.258455, 13: 3.335980, 14: 3.406763, 15: 3.471827,
    16: 3.531983, 17: 3.587884, 18: 3.640064, 19: 3.688963, 20: 3.734950, 21: 3.778336, 22: 3.819385,
    23: 3.858323, 24: 3.895348, 25: 3.930629,
}  # fmt: skip
D3_SIGMA = {
    2: 0.852502, 3: 0.888368, 4: 0.879808, 5: 0.864082, 6: 0.848040, 7: 0.833205, 8: 0.819831,
    9: 0.807834, 10: 0.797051, 11: 0.787315, 12: 0.778478, 13: 0.770416, 14: 0.763023, 15: 0.756211,
    16: 0.749908, 17: 0.744052, 18: 0.738591, 19: 0.733481, 20: 0.728686, 21: 0.724173, 22: 0.719915,
    23: 0.715887, 24: 0.712068, 25: 0.708441,
}  # fmt: skip


def d2(n: int) -> float:
    return D2[n]


def a2(n: int) -> float:
    return 3 / (D2[n] * math.sqrt(n))


def d3_limit(n: int) -> float:
    """D3, the lower R-chart factor."""
    return max(0.0, 1 - 3 * D3_SIGMA[n] / D2[n])


def d4_limit(n: int) -> float:
    """D4, the upper R-chart factor."""
    return 1 + 3 * D3_SIGMA[n] / D2[n]


def run_rules(
    x: FloatArray, center: float, sigma: FloatArray | float, apply_run_rules: bool = True
) -> list[dict[str, Any]]:
    """Nelson tests 1–4 (Minitab's defaults): 1 point beyond 3σ; 9 in a row on one side of the center
    line; 6 in a row all increasing or all decreasing; 14 in a row alternating up and down.
    Each violation names the test and the (1-based) index of the point that completes it."""
    sig = np.broadcast_to(np.asarray(sigma, dtype=np.float64), x.shape)
    out: list[dict[str, Any]] = []
    for i in range(x.size):
        if abs(x[i] - center) > 3 * sig[i] + 1e-12 * max(1.0, abs(center)):
            out.append(
                {"rule": 1, "point": i + 1, "description": "1 point more than 3 sigma from the center line"}
            )
    if not apply_run_rules:
        return out
    side = np.sign(x - center)
    run = 0
    for i in range(x.size):
        run = run + 1 if i > 0 and side[i] != 0 and side[i] == side[i - 1] else (1 if side[i] != 0 else 0)
        if run >= 9:
            out.append(
                {
                    "rule": 2,
                    "point": i + 1,
                    "description": "9 points in a row on the same side of the center line",
                }
            )
    diff = np.sign(np.diff(x))
    run = 0
    for i in range(diff.size):
        run = run + 1 if i > 0 and diff[i] != 0 and diff[i] == diff[i - 1] else (1 if diff[i] != 0 else 0)
        if run >= 5:  # 5 steps in the same direction = 6 points
            out.append(
                {
                    "rule": 3,
                    "point": i + 2,
                    "description": "6 points in a row all increasing or all decreasing",
                }
            )
    run = 0
    for i in range(diff.size):
        run = (
            run + 1
            if i > 0 and diff[i] != 0 and diff[i - 1] != 0 and diff[i] == -diff[i - 1]
            else (1 if diff[i] != 0 else 0)
        )
        if run >= 13:  # 13 alternating steps = 14 points
            out.append(
                {"rule": 4, "point": i + 2, "description": "14 points in a row alternating up and down"}
            )
    out.sort(key=lambda v: (v["point"], v["rule"]))
    return out


def _ordered(df: Any, config: dict[str, Any], cols: list[str]) -> list[np.ndarray]:
    """The columns in time_column order (file order otherwise); stable."""
    arrays = [numeric(df, c) for c in cols]
    t_col = config.get("time_column")
    if t_col:
        raw = np.asarray(df[t_col].to_numpy())
        if raw.dtype.kind in "iufM":
            order = np.argsort(raw, kind="stable")
        else:
            lab = labels(df, t_col)
            order = np.array(
                sorted(range(lab.size), key=lambda i: (lab[i] is None, lab[i] or "")), dtype=np.int64
            )
        arrays = [a[order] for a in arrays]
    return arrays


def _chart(
    title: str,
    values: FloatArray,
    center: float,
    lcl: FloatArray | float,
    ucl: FloatArray | float,
    violations: list[dict[str, Any]],
    y_title: str,
) -> dict[str, Any]:
    n = values.size
    xs = list(range(1, n + 1))
    flagged = sorted({v["point"] for v in violations})
    data: list[dict[str, Any]] = [
        {"type": "scatter", "mode": "lines+markers", "x": xs, "y": values.tolist(), "name": y_title},
        hline(center, "CL", n, "solid"),
    ]
    for name, lim in (("UCL", ucl), ("LCL", lcl)):
        if np.ndim(lim) == 0:
            data.append(hline(float(lim), name, n))
        else:
            data.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "line": {"shape": "hvh", "dash": "dash"},
                    "x": xs,
                    "y": np.asarray(lim).tolist(),
                    "name": name,
                }
            )
    if flagged:
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "marker": {"color": "red", "size": 10},
                "x": flagged,
                "y": [float(values[p - 1]) for p in flagged],
                "name": "Out of control",
            }
        )
    return {
        "data": data,
        "layout": {
            "title": {"text": title},
            "xaxis": {"title": {"text": "Observation"}},
            "yaxis": {"title": {"text": y_title}},
        },
    }


def _stability_warning(violations: list[dict[str, Any]], chart: str) -> list[str]:
    if not violations:
        return []
    pts = sorted({v["point"] for v in violations})
    return [
        f"The {chart} shows {len(pts)} out-of-control point(s) (tests {sorted({v['rule'] for v in violations})}): the process is not stable."
    ]


def i_mr_chart(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col = need(config, "y_column")
    (raw,) = _ordered(df, config, [y_col])
    x = raw[~np.isnan(raw)]
    require_n(x.size, 2, y_col, "y_column")
    rules = bool(cfg(config, "apply_run_rules", True))
    mr = np.abs(np.diff(x))
    mr_bar = accurate_mean(mr)
    sigma = mr_bar / d2(2)
    center = accurate_mean(x)
    ucl, lcl = center + 3 * sigma, center - 3 * sigma
    mr_ucl = d4_limit(2) * mr_bar
    v_i = run_rules(x, center, sigma, rules)
    v_mr = [v for v in run_rules(mr, mr_bar, (mr_ucl - mr_bar) / 3, False) if mr[v["point"] - 1] > mr_bar]
    for v in v_mr:
        v["point"] += 1  # MR i belongs to observation i + 1
    warnings = _stability_warning(v_i, "I chart") + _stability_warning(v_mr, "MR chart")
    if x.size < 20:
        warnings.append(f"Only {x.size} observations; control limits from fewer than 20 are unreliable.")
    return result(
        "i_mr_chart",
        "spc",
        summary={
            "center": center,
            "ucl": ucl,
            "lcl": lcl,
            "sigma_within": sigma,
            "mr_bar": mr_bar,
            "mr_ucl": mr_ucl,
            "mr_lcl": 0.0,
            "out_of_control": len({v["point"] for v in v_i}),
            "in_control": not v_i and not v_mr,
            "statistic": None,
            "p_value": None,
            "effect_size": None,
        },
        details={"i_chart": {"violations": v_i}, "mr_chart": {"violations": v_mr}, "n": int(x.size)},
        charts=[
            _chart(f"I chart of {y_col}", x, center, lcl, ucl, v_i, y_col),
            {
                **_chart(
                    f"Moving range chart of {y_col}",
                    mr,
                    mr_bar,
                    0.0,
                    mr_ucl,
                    [{**v, "point": v["point"] - 1} for v in v_mr],
                    "MR",
                )
            },
        ],
        context={"in_control": not v_i and not v_mr},
        warnings=warnings,
    )


def subgroups(df: Any, config: dict[str, Any], y_col: str) -> list[FloatArray]:
    """The subgroups: by subgroup_column (in order of first appearance after time ordering) or
    consecutive rows of subgroup_size; empty cells dropped."""
    sg_col = config.get("subgroup_column")
    if sg_col:
        y = numeric(df, y_col)
        lab = labels(df, sg_col)
        t_col = config.get("time_column")
        idx = np.arange(y.size)
        if t_col:
            raw = np.asarray(df[t_col].to_numpy())
            if raw.dtype.kind in "iufM":
                idx = np.argsort(raw, kind="stable")
        groups: dict[str, list[float]] = {}
        for i in idx:
            if lab[i] is None or math.isnan(y[i]):
                continue
            groups.setdefault(lab[i], []).append(float(y[i]))
        return [np.asarray(v) for v in groups.values()]
    size = config.get("subgroup_size")
    if not size:
        raise StatsError("The configuration needs subgroup_column or subgroup_size.", "subgroup_size")
    (y,) = _ordered(df, config, [y_col])
    y = y[~np.isnan(y)]
    k = y.size // int(size)
    return [y[i * size : (i + 1) * size] for i in range(k)]


def rbar_sigma(groups: list[FloatArray]) -> float:
    """σ within from subgroup ranges (Minitab's Rbar method; R̄/d2 when the sizes are equal)."""
    num = 0.0
    den = 0.0
    for g in groups:
        n = g.size
        f = D2[n] ** 2 / D3_SIGMA[n] ** 2
        num += f * float(np.ptp(g)) / D2[n]
        den += f
    return num / den


def xbar_r_chart(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    y_col = need(config, "y_column")
    gs = [g for g in subgroups(df, config, y_col) if g.size >= 2]
    require_n(len(gs), 2, "The subgroups (of 2+ observations)", "subgroup_column")
    if max(g.size for g in gs) > 25:
        raise StatsError("Subgroups larger than 25 are not supported by the X̄-R chart.", "subgroup_column")
    rules = bool(cfg(config, "apply_run_rules", True))
    sizes = np.array([g.size for g in gs])
    means = np.array([accurate_mean(g) for g in gs])
    ranges = np.array([float(np.ptp(g)) for g in gs])
    grand = accurate_mean(np.concatenate(gs))
    sigma = rbar_sigma(gs)
    x_half = 3 * sigma / np.sqrt(sizes)
    r_center = np.array([D2[n] * sigma for n in sizes])
    r_ucl = np.array([(D2[n] + 3 * D3_SIGMA[n]) * sigma for n in sizes])
    r_lcl = np.array([max(0.0, (D2[n] - 3 * D3_SIGMA[n]) * sigma) for n in sizes])
    equal = bool((sizes == sizes[0]).all())
    r_bar = accurate_mean(ranges)
    v_x = run_rules(means, grand, x_half / 3, rules)
    v_r = [
        {"rule": 1, "point": i + 1, "description": "1 point beyond the R chart limits"}
        for i in range(ranges.size)
        if ranges[i] > r_ucl[i] or ranges[i] < r_lcl[i]
    ]
    summary: dict[str, Any] = {
        "grand_mean": grand,
        "r_bar": r_bar,
        "sigma_within": sigma,
        "subgroups": len(gs),
        "subgroup_size": int(sizes[0]) if equal else None,
        "in_control": not v_x and not v_r,
        "out_of_control": len({v["point"] for v in v_x}),
        "statistic": None,
        "p_value": None,
        "effect_size": None,
    }
    if equal:
        n = int(sizes[0])
        summary |= {
            "ucl": grand + a2(n) * r_bar,
            "lcl": grand - a2(n) * r_bar,
            "r_ucl": d4_limit(n) * r_bar,
            "r_lcl": d3_limit(n) * r_bar,
            "a2": a2(n),
            "d3": d3_limit(n),
            "d4": d4_limit(n),
            "d2": D2[n],
        }
    warnings = _stability_warning(v_x, "X̄ chart") + _stability_warning(v_r, "R chart")
    if len(gs) < 20:
        warnings.append(
            f"Only {len(gs)} subgroups; control limits from fewer than 20 (to 25) subgroups are unreliable."
        )
    return result(
        "xbar_r_chart",
        "spc",
        summary=summary,
        details={
            "subgroups": [
                {"n": int(s), "mean": float(m), "range": float(r)}
                for s, m, r in zip(sizes, means, ranges, strict=True)
            ],
            "xbar_chart": {"violations": v_x},
            "r_chart": {"violations": v_r},
        },
        charts=[
            _chart(
                f"X̄ chart of {y_col}",
                means,
                grand,
                grand - x_half if not equal else float(grand - x_half[0]),
                grand + x_half if not equal else float(grand + x_half[0]),
                v_x,
                "Subgroup mean",
            ),
            _chart(
                f"R chart of {y_col}",
                ranges,
                float(r_center[0]) if equal else r_bar,
                float(r_lcl[0]) if equal else r_lcl,
                float(r_ucl[0]) if equal else r_ucl,
                v_r,
                "Range",
            ),
        ],
        context={"in_control": not v_x and not v_r},
        warnings=warnings,
    )


def _attribute(
    test_type: str,
    title: str,
    values: FloatArray,
    center: float,
    sigma: FloatArray,
    rules: bool,
    y_title: str,
    summary: dict[str, Any],
) -> dict[str, Any]:
    lcl = np.maximum(center - 3 * sigma, 0.0)
    ucl = center + 3 * sigma
    if test_type == "p_chart":
        ucl = np.minimum(ucl, 1.0)
    v = run_rules(values, center, sigma, rules)
    # a zero-width lower limit clipped at 0 cannot be crossed from below
    v = [
        x
        for x in v
        if x["rule"] != 1
        or values[x["point"] - 1] > ucl[x["point"] - 1]
        or values[x["point"] - 1] < lcl[x["point"] - 1]
    ]
    const = bool(np.allclose(sigma, sigma[0]))
    warnings = _stability_warning(v, title)
    if values.size < 20:
        warnings.append(f"Only {values.size} samples; control limits from fewer than 20 are unreliable.")
    summary = {
        "center": center,
        "ucl": float(ucl[0]) if const else None,
        "lcl": float(lcl[0]) if const else None,
        "samples": int(values.size),
        "out_of_control": len({x["point"] for x in v}),
        "in_control": not v,
        "statistic": None,
        "p_value": None,
        "effect_size": None,
        **summary,
    }
    return result(
        test_type,
        "spc",
        summary=summary,
        details={
            "points": [
                {"value": float(a), "lcl": float(b), "ucl": float(c)}
                for a, b, c in zip(values, lcl, ucl, strict=True)
            ],
            "violations": v,
        },
        charts=[
            _chart(
                title,
                values,
                center,
                float(lcl[0]) if const else lcl,
                float(ucl[0]) if const else ucl,
                v,
                y_title,
            )
        ],
        context={"in_control": not v},
        warnings=warnings,
    )


def _counts(df: Any, config: dict[str, Any], size_key: str | None) -> tuple[FloatArray, FloatArray | None]:
    d_col = need(config, "defects_column")
    cols = [d_col] + ([need(config, size_key)] if size_key else [])
    arrays = _ordered(df, config, cols)
    ok = np.ones(arrays[0].size, dtype=bool)
    for a in arrays:
        ok &= ~np.isnan(a)
    arrays = [a[ok] for a in arrays]
    require_n(int(ok.sum()), 2, "The samples", "defects_column")
    if (arrays[0] < 0).any():
        raise StatsError(f"{d_col} has negative counts.", "defects_column")
    if size_key:
        if (arrays[1] <= 0).any():
            raise StatsError(f"{cols[1]} must be positive.", size_key)
        return arrays[0], arrays[1]
    return arrays[0], None


def p_chart(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    d, n = _counts(df, config, "sample_size_column")
    assert n is not None
    if (d > n).any():
        raise StatsError("A sample has more defectives than its size.", "defects_column")
    p_bar = math.fsum(d.tolist()) / math.fsum(n.tolist())
    sigma = np.sqrt(p_bar * (1 - p_bar) / n)
    return _attribute(
        "p_chart",
        "P chart",
        d / n,
        p_bar,
        sigma,
        bool(cfg(config, "apply_run_rules", True)),
        "Proportion defective",
        {"p_bar": p_bar},
    )


def np_chart(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    d, n = _counts(df, config, "sample_size_column")
    assert n is not None
    if not np.all(n == n[0]):
        raise StatsError("An np chart needs a constant sample size; use a p chart.", "sample_size_column")
    if (d > n).any():
        raise StatsError("A sample has more defectives than its size.", "defects_column")
    p_bar = math.fsum(d.tolist()) / math.fsum(n.tolist())
    size = float(n[0])
    sigma = np.full(d.size, math.sqrt(size * p_bar * (1 - p_bar)))
    return _attribute(
        "np_chart",
        "NP chart",
        d,
        size * p_bar,
        sigma,
        bool(cfg(config, "apply_run_rules", True)),
        "Defectives",
        {"p_bar": p_bar, "sample_size": size},
    )


def c_chart(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    c, _ = _counts(df, config, None)
    c_bar = accurate_mean(c)
    sigma = np.full(c.size, math.sqrt(c_bar))
    return _attribute(
        "c_chart",
        "C chart",
        c,
        c_bar,
        sigma,
        bool(cfg(config, "apply_run_rules", True)),
        "Defects",
        {"c_bar": c_bar},
    )


def u_chart(df: Any, config: dict[str, Any]) -> dict[str, Any]:
    c, units = _counts(df, config, "units_column")
    assert units is not None
    u_bar = math.fsum(c.tolist()) / math.fsum(units.tolist())
    sigma = np.sqrt(u_bar / units)
    return _attribute(
        "u_chart",
        "U chart",
        c / units,
        u_bar,
        sigma,
        bool(cfg(config, "apply_run_rules", True)),
        "Defects per unit",
        {"u_bar": u_bar},
    )
