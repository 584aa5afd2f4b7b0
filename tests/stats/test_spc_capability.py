"""Control charts and capability against Montgomery's constants and hand-worked examples."""

from __future__ import annotations

import math

import numpy as np
import polars as pl
import pytest

from handlers.services.statistics import run
from handlers.services.statistics.capability import c4
from handlers.services.statistics.spc import a2, d2, d3_limit, d4_limit, run_rules

# Montgomery, Introduction to Statistical Quality Control, Appendix VI (n: A2, d2, D3, D4)
MONTGOMERY = {
    2: (1.880, 1.128, 0.0, 3.267),
    3: (1.023, 1.693, 0.0, 2.574),
    4: (0.729, 2.059, 0.0, 2.282),
    5: (0.577, 2.326, 0.0, 2.114),
    6: (0.483, 2.534, 0.0, 2.004),
    7: (0.419, 2.704, 0.076, 1.924),
    8: (0.373, 2.847, 0.136, 1.864),
    9: (0.337, 2.970, 0.184, 1.816),
    10: (0.308, 3.078, 0.223, 1.777),
}
# c4 (same appendix)
MONTGOMERY_C4 = {2: 0.7979, 3: 0.8862, 4: 0.9213, 5: 0.9400, 10: 0.9727, 25: 0.9896}


@pytest.mark.parametrize("n", sorted(MONTGOMERY))
def test_control_chart_constants_match_montgomery(n: int) -> None:
    # The table's last digit: d2 is printed correctly rounded; A2, D3, D4 were derived from the
    # rounded d2/d3 (e.g. D4(3) = 1 + 3·0.888/1.693 = 2.574 while the exact value is 2.5746), so they
    # may differ by one unit in the third decimal.
    table_a2, table_d2, table_d3, table_d4 = MONTGOMERY[n]
    assert round(d2(n), 3) == table_d2
    assert abs(a2(n) - table_a2) <= 0.0011
    assert abs(d3_limit(n) - table_d3) <= 0.0011
    assert abs(d4_limit(n) - table_d4) <= 0.0011


def test_c4_matches_montgomery() -> None:
    for n, value in MONTGOMERY_C4.items():
        assert round(c4(n), 4) == value


IMR = [10.0, 12.0, 11.0, 13.0, 12.0, 11.0, 10.0, 12.0, 11.0, 12.0]


def test_i_mr_chart_by_hand() -> None:
    res = run("i_mr_chart", pl.DataFrame({"y": IMR}), {"y_column": "y"})
    s = res["summary"]
    # mean 114/10 = 11.4; moving ranges 2,1,2,1,1,1,2,1,1 → MR̄ = 12/9; limits x̄ ± 2.660·MR̄ (E2 = 3/d2)
    mr_bar = 12 / 9
    assert math.isclose(s["center"], 11.4) and math.isclose(s["mr_bar"], mr_bar)
    assert math.isclose(s["ucl"], 11.4 + 2.660 * mr_bar, abs_tol=0.0015 * mr_bar)  # E2 printed to 3 decimals
    assert math.isclose(s["lcl"], 11.4 - 2.660 * mr_bar, abs_tol=0.0015 * mr_bar)
    assert math.isclose(s["mr_ucl"], 3.267 * mr_bar, abs_tol=0.0011 * mr_bar)
    assert math.isclose(s["sigma_within"], mr_bar / 1.128, rel_tol=5e-4)
    assert s["in_control"] is True
    assert any("fewer than 20" in w for w in res["warnings"])
    assert len(res["charts"]) == 2 and res["charts"][0]["data"][0]["y"] == IMR


def test_i_mr_chart_orders_by_time_column() -> None:
    df = pl.DataFrame({"y": [12.0, 10.0, 11.0], "t": [3, 1, 2]})
    s = run("i_mr_chart", df, {"y_column": "y", "time_column": "t"})["summary"]
    assert math.isclose(s["mr_bar"], 1.0)  # 10, 11, 12 → MR 1, 1 (file order would give 2, 1)


def test_run_rules_nelson_1_to_4() -> None:
    spike = np.array([0.0, 0.5, -0.5, 3.5, 0.0])
    assert [(v["rule"], v["point"]) for v in run_rules(spike, 0.0, 1.0)] == [(1, 4)]
    same_side = np.array([-0.1] + [0.2] * 9)
    assert [(v["rule"], v["point"]) for v in run_rules(same_side, 0.0, 1.0)] == [(2, 10)]
    trend = np.array([0.0, -0.5, -0.4, -0.3, -0.2, -0.1, 0.1])
    hits = [(v["rule"], v["point"]) for v in run_rules(trend, 0.0, 1.0)]
    assert (3, 7) in hits and (3, 6) not in hits  # points 2–7 (−0.5 … 0.1) are the 6 increasing ones
    alternating = np.array([1, -1] * 7, dtype=float) * 0.5
    hits = [(v["rule"], v["point"]) for v in run_rules(alternating, 0.0, 1.0)]
    assert (4, 14) in hits and all(p >= 14 for r, p in hits if r == 4)
    assert run_rules(same_side, 0.0, 1.0, apply_run_rules=False) == []


def test_xbar_r_chart_by_hand() -> None:
    y = [1.0, 2, 3, 4, 5, 2, 3, 4, 5, 6, 3, 3, 3, 3, 8]
    res = run("xbar_r_chart", pl.DataFrame({"y": y}), {"y_column": "y", "subgroup_size": 5})
    s = res["summary"]
    # means 3, 4, 4 → x̿ = 11/3; ranges 4, 4, 5 → R̄ = 13/3; A2(5) = 0.577, D4(5) = 2.114, D3(5) = 0
    assert math.isclose(s["grand_mean"], 11 / 3) and math.isclose(s["r_bar"], 13 / 3)
    assert math.isclose(s["ucl"], 11 / 3 + 0.577 * 13 / 3, abs_tol=0.0011 * 13 / 3)  # table rounding
    assert math.isclose(s["lcl"], 11 / 3 - 0.577 * 13 / 3, abs_tol=0.0011 * 13 / 3)
    assert math.isclose(s["r_ucl"], 2.114 * 13 / 3, abs_tol=0.0011 * 13 / 3) and s["r_lcl"] == 0.0
    assert math.isclose(s["sigma_within"], 13 / 3 / 2.326, rel_tol=1e-3)
    same = run(
        "xbar_r_chart",
        pl.DataFrame({"y": y, "sg": [i // 5 for i in range(15)]}),
        {"y_column": "y", "subgroup_column": "sg"},
    )
    assert math.isclose(same["summary"]["ucl"], s["ucl"])


def test_attribute_charts_by_hand() -> None:
    df = pl.DataFrame({"d": [2, 3, 5], "n": [100, 100, 200]})
    p = run("p_chart", df, {"defects_column": "d", "sample_size_column": "n"})
    # p̄ = 10/400; UCL = p̄ + 3√(p̄(1 − p̄)/n) per sample
    pbar = 10 / 400
    ucls = [pt["ucl"] for pt in p["details"]["points"]]
    assert math.isclose(ucls[0], pbar + 3 * math.sqrt(pbar * (1 - pbar) / 100))
    assert math.isclose(ucls[2], pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200))
    assert p["summary"]["ucl"] is None  # limits vary with n
    npc = run(
        "np_chart",
        pl.DataFrame({"d": [2, 3, 5], "n": [100, 100, 100]}),
        {"defects_column": "d", "sample_size_column": "n"},
    )
    nbar = 10 / 3
    assert math.isclose(npc["summary"]["ucl"], nbar + 3 * math.sqrt(nbar * (1 - 1 / 30)))
    assert npc["summary"]["lcl"] == 0.0
    c = run("c_chart", pl.DataFrame({"d": [4, 6, 5]}), {"defects_column": "d"})
    assert math.isclose(c["summary"]["ucl"], 5 + 3 * math.sqrt(5)) and c["summary"]["lcl"] == 0.0
    u = run("u_chart", pl.DataFrame({"d": [4, 6], "k": [2, 4]}), {"defects_column": "d", "units_column": "k"})
    ubar = 10 / 6
    assert math.isclose(u["details"]["points"][0]["ucl"], ubar + 3 * math.sqrt(ubar / 2))
    spike = run("c_chart", pl.DataFrame({"d": [2, 3, 2, 3, 2, 30]}), {"defects_column": "d"})
    assert spike["summary"]["in_control"] is False
    assert any("not stable" in w for w in spike["warnings"])


def test_capability_normal_individuals_by_hand() -> None:
    res = run("capability_normal", pl.DataFrame({"y": IMR}), {"y_column": "y", "lsl": 8, "usl": 14})
    s = res["summary"]
    sigma_w = (12 / 9) / 1.128379  # MR̄ / d2(2)
    sigma_o = math.sqrt(8.4 / 9)  # Σ(x − 11.4)² = 8.4
    assert math.isclose(s["sigma_within"], sigma_w, rel_tol=1e-6)
    assert math.isclose(s["sigma_overall"], sigma_o, rel_tol=1e-9)
    assert math.isclose(s["cp"], 6 / (6 * sigma_w), rel_tol=1e-6)
    assert math.isclose(s["cpk"], 2.6 / (3 * sigma_w), rel_tol=1e-6)  # USL side is nearer: 14 − 11.4
    assert math.isclose(s["pp"], 1 / sigma_o, rel_tol=1e-9)
    assert math.isclose(s["ppk"], 2.6 / (3 * sigma_o), rel_tol=1e-9)
    ppm = (normal_tail(2.6 / sigma_o) + normal_tail(3.4 / sigma_o)) * 1e6
    assert math.isclose(s["ppm_overall"], ppm, rel_tol=1e-6)
    assert s["ppm_observed"] == 0.0
    assert res["details"]["within_method"].startswith("average moving range")


def normal_tail(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2))


def test_capability_normal_subgroups_pooled_sd_over_c4() -> None:
    df = pl.DataFrame({"y": [1.0, 2, 3, 2, 4, 6], "sg": ["a", "a", "a", "b", "b", "b"]})
    s = run("capability_normal", df, {"y_column": "y", "subgroup_column": "sg", "usl": 10})["summary"]
    # SS within 2 + 8 = 10 on d = 4 → Sp = √2.5; c4(5) = 0.9400; one-sided: Cpk = Cpu, Cp undefined
    assert math.isclose(s["sigma_within"], math.sqrt(2.5) / 0.9400, rel_tol=1e-4)
    assert s["cp"] is None and s["cpl"] is None
    assert math.isclose(s["cpk"], (10 - 3) / (3 * s["sigma_within"]))


LOGNORMAL_DATA = [1.2, 0.8, 2.5, 1.9, 3.1, 1.1, 0.6, 4.2, 1.5, 2.2, 0.9, 1.7, 5.8, 1.3, 2.8]


def test_capability_nonnormal_lognormal_percentile_method_by_hand() -> None:
    cfg = {"y_column": "y", "lsl": 0.2, "usl": 12, "distribution": "lognormal"}
    res = run("capability_nonnormal", pl.DataFrame({"y": LOGNORMAL_DATA}), cfg)
    s = res["summary"]
    # Lognormal MLE: μ = mean of ln x, σ = population sd of ln x; X_p = exp(μ + z_p·σ), z = ±3 for 0.135%
    logs = [math.log(v) for v in LOGNORMAL_DATA]
    mu = sum(logs) / len(logs)
    sigma = math.sqrt(sum((v - mu) ** 2 for v in logs) / len(logs))
    lo, med, hi = math.exp(mu - 3 * sigma), math.exp(mu), math.exp(mu + 3 * sigma)
    assert s["distribution"] == "lognormal"
    assert math.isclose(s["percentiles"]["median"], med, rel_tol=1e-5)
    assert math.isclose(s["pp"], (12 - 0.2) / (hi - lo), rel_tol=1e-4)
    assert math.isclose(s["ppu"], (12 - med) / (hi - med), rel_tol=1e-4)
    assert math.isclose(s["ppl"], (med - 0.2) / (med - lo), rel_tol=1e-4)
    assert math.isclose(s["ppk"], min(s["ppu"], s["ppl"]))
    ppm = (normal_tail((mu - math.log(0.2)) / sigma) + normal_tail((math.log(12) - mu) / sigma)) * 1e6
    assert math.isclose(s["ppm_overall"], ppm, rel_tol=1e-3)


def test_capability_nonnormal_exponential_and_auto() -> None:
    data = [0.5, 1.0, 1.5, 2.0, 2.5, 0.2, 3.0, 0.7, 1.1, 4.5, 0.3, 1.8]
    s = run(
        "capability_nonnormal",
        pl.DataFrame({"y": data}),
        {"y_column": "y", "usl": 10, "distribution": "exponential"},
    )["summary"]
    # Exponential MLE: scale = mean; X_p = −scale·ln(1 − p); one-sided: Ppk = PPU
    scale = sum(data) / len(data)
    med, hi = scale * math.log(2), -scale * math.log(1 - 0.99865010196837)
    assert math.isclose(s["ppk"], (10 - med) / (hi - med), rel_tol=1e-5)
    assert math.isclose(s["ppm_overall"], math.exp(-10 / scale) * 1e6, rel_tol=1e-5)
    assert s["pp"] is None and s["ppl"] is None
    auto = run("capability_nonnormal", pl.DataFrame({"y": LOGNORMAL_DATA}), {"y_column": "y", "usl": 12})
    fits = {f["distribution"]: f["anderson_darling"] for f in auto["details"]["fits"]}
    assert set(fits) == {"lognormal", "weibull", "exponential", "gamma"}
    assert auto["summary"]["distribution"] == min(fits, key=lambda k: fits[k])


def test_capability_nonnormal_needs_positive_data() -> None:
    from handlers.services.statistics import StatsError

    with pytest.raises(StatsError, match="positive data"):
        run(
            "capability_nonnormal", pl.DataFrame({"y": [-1.0, *LOGNORMAL_DATA]}), {"y_column": "y", "usl": 12}
        )
